import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openServices } from '../../../electron/services/services';
import { BUILT_IN_TEMPLATES } from '../../../electron/services/templates';
import { dispatch } from '../../../shared/ipc/dispatch';
import { ARTICLE_KINDS } from '../../../shared/model/article';
import { emptyContent, plainTextToBody } from '../../../shared/model/article-content';
import { contentPlaceholders } from '../../../shared/format/placeholders';
import { tempDir } from '../../helpers/temp-dir';

async function withServices(
  run: (call: (channel: string, input?: unknown) => Promise<never>, dir: string) => Promise<void>,
) {
  const { dir, cleanup } = await tempDir();
  const services = await openServices({ version: 't', dataDir: dir, runtime: 'host' });
  const call = async (channel: string, input?: unknown) => {
    const result = await dispatch(services.handlers, channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as never;
  };
  try {
    await run(call, dir);
  } finally {
    await services.close();
    await cleanup();
  }
}

describe('templates', () => {
  it('has the five built-in templates, each with its kind and placeholders to fill', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.name)).toEqual(['会议报道', '调研报道', '活动报道', '简讯', '图片新闻']);
    for (const t of BUILT_IN_TEMPLATES) {
      expect(ARTICLE_KINDS).toContain(t.content.kind);
      expect(contentPlaceholders(t.content).length).toBeGreaterThan(0);
    }
    expect(BUILT_IN_TEMPLATES[0]!.content.body[0]!.children[0]!.text).toBe(
      '【主持人职务】【主持人】主持召开【会议名称】。【参会领导】参加会议。',
    );
  });

  it('saves, lists and deletes the newsroom’s own templates; built-in ones stay', () =>
    withServices(async (call) => {
      const content = { ...emptyContent(), title: '【街道】开展志愿服务', kind: '活动报道' as const };
      const { id } = (await call('templates.save', { name: '志愿服务', content })) as { id: string };
      const list = (await call('templates.list')) as Array<{ id: string; name: string; builtIn: boolean }>;
      expect(list.map((t) => t.name)).toEqual(['会议报道', '调研报道', '活动报道', '简讯', '图片新闻', '志愿服务']);
      await expect(call('templates.save', { name: '简讯', content })).rejects.toThrow(/内置模板的名称/);
      await expect(call('templates.delete', { id: 'builtin:brief' })).rejects.toThrow(/内置模板不能删除/);
      expect(await call('templates.delete', { id })).toEqual({ removed: true });
      expect(((await call('templates.list')) as unknown[]).length).toBe(5);
    }));

  it('a damaged templates file leaves the built-in templates and says so', () =>
    withServices(async (call, dir) => {
      await writeFile(join(dir, 'templates.json'), '{"schemaVersion":1,"templ');
      expect(((await call('templates.list')) as unknown[]).length).toBe(5);
      expect(((await call('app.info')) as { notices: string[] }).notices.join('')).toContain('模板文件已损坏');
    }));

  it('export is refused while placeholders are left, with the list of them', () =>
    withServices(async (call) => {
      const article = (await call('articles.create', {
        ...emptyContent(),
        title: '中原区召开会议',
        body: plainTextToBody('【主持人】主持会议。'),
        placeholders: ['【主持人】'],
      })) as { id: string; revision: number };
      await expect(call('articles.exportText', { id: article.id })).rejects.toThrow(
        /FORBIDDEN: 稿件中还有 1 处模板占位符未填写（【主持人】）/,
      );
      await call('articles.save', {
        id: article.id,
        baseRevision: 1,
        content: { ...emptyContent(), title: '中原区召开会议', body: plainTextToBody('乔耸主持会议。') },
      });
      expect(await call('articles.exportText', { id: article.id })).toMatchObject({
        text: expect.stringContaining('乔耸主持会议。'),
      });
    }));

  it('text in 【】 that no template put there is text: imported copy exports', () =>
    withServices(async (call) => {
      const article = (await call('articles.create', {
        ...emptyContent(),
        title: '中原区召开会议',
        body: plainTextToBody('【编者按】本报今起开设专栏。\n【打印】乔耸主持会议。'),
      })) as { id: string };
      expect(await call('articles.exportText', { id: article.id })).toMatchObject({
        text: expect.stringContaining('【编者按】本报今起开设专栏。'),
      });
    }));

  it('a template’s labels go with it, also for the newsroom’s own templates', () =>
    withServices(async (call) => {
      await call('templates.save', { name: '志愿服务', content: { ...emptyContent(), title: '【街道】开展志愿服务' } });
      const list = (await call('templates.list')) as Array<{ name: string; content: { placeholders: string[] } }>;
      expect(list.find((t) => t.name === '会议报道')!.content.placeholders).toContain('【主持人】');
      expect(list.find((t) => t.name === '志愿服务')!.content.placeholders).toEqual(['【街道】']);
    }));
});
