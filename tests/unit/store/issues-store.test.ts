import { describe, expect, it } from 'vitest';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { placementFit, placementMessage, presetOf } from '../../../shared/layout/issue';
import { headlineLines } from '../../../shared/layout/typography';
import { ArticleContentSchema } from '../../../shared/model/article';
import { readFileSync } from 'node:fs';
import { servicesPerTest } from '../../helpers/services';

const REPORT = ArticleContentSchema.parse(
  (
    JSON.parse(readFileSync(join(__dirname, '../../fixtures/house-format/reference-reports.json'), 'utf8')) as unknown[]
  )[0],
);

describe('issue plans', () => {
  const app = servicesPerTest();
  const call = app.call;

  it('saves an issue in a file of its own, lists issues newest first, and removes one', async () => {
    const article = (await call('articles.create', REPORT)) as { ok: true; value: { id: string } };
    const plan = {
      date: '2020-03-20',
      number: 12,
      totalNumber: 3456,
      paper: '中原报',
      pages: [
        {
          number: 2,
          name: '中原新闻',
          editor: '王五',
          presetId: 'duikai',
          placements: [{ articleId: article.value.id, span: 3, lines: 80, tier: '头条' as const }],
        },
      ],
    };
    const saved = (await call('issues.save', plan)) as { ok: true; value: { id: string } };
    expect(saved.ok).toBe(true);
    await call('issues.save', { ...plan, date: '2020-03-21', number: 13 });
    const list = (await call('issues.list')) as { ok: true; value: Array<{ number: number }> };
    expect(list.value.map((i) => i.number)).toEqual([13, 12]);
    expect(await readdir(join(app.dir, 'issues'))).toHaveLength(2);
    expect(await call('issues.get', { id: saved.value.id })).toMatchObject({ ok: true, value: plan });
    expect(await call('issues.delete', { id: saved.value.id })).toEqual({ ok: true, value: { removed: true } });
    expect(await call('issues.get', { id: saved.value.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses a path as an id, the same 版次 twice, and sets a damaged plan aside', async () => {
    expect(await call('issues.get', { id: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    const twice = {
      date: '2020-03-20',
      number: 1,
      totalNumber: 1,
      paper: '中原报',
      pages: [1, 1].map((n) => ({ number: n, name: '', editor: '', presetId: 'a4', placements: [] })),
    };
    expect(await call('issues.save', twice)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('版次重复') },
    });
    await call('issues.save', { ...twice, pages: [] });
    // A plan damaged while the app was closed is found when the plans are next read.
    await app.restart(async () => {
      await writeFile(join(app.dir, 'issues', 'abcdefgh12345678.json'), '{"schemaVersion":1,"issue":');
    });
    const list = (await call('issues.list')) as { ok: true; value: unknown[] };
    expect(list.value).toHaveLength(1);
    expect((await readdir(join(app.dir, 'issues'))).some((n) => n.endsWith('.damaged'))).toBe(true);
  });

  it('copyfits a placed report: 13 characters a column line, below a headline stack measured at its tier', () => {
    const duikai = presetOf({ presetId: 'duikai' });
    const tight = placementFit(REPORT, { span: 2, lines: 30, tier: '头条' }, duikai);
    const head = headlineLines(REPORT, 2, '头条', duikai);
    expect(head).toBeGreaterThan(headlineLines(REPORT, 2, '简讯', duikai));
    expect(tight.linesAvailable).toBe(2 * (30 - head));
    expect(placementMessage(tight, { number: 2 })).toBe(
      `本稿在第2版超出 ${tight.overLines} 行，约 ${tight.overLines * 13} 字`,
    );
    const roomy = placementFit(REPORT, { span: 4, lines: 200, tier: '简讯' }, duikai);
    expect(roomy.overLines).toBeLessThan(0);
    expect(presetOf({ presetId: 'nope' }).id).toBe('duikai');
  });
});
