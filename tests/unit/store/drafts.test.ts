import { describe, expect, it } from 'vitest';
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DraftStore } from '../../../electron/store/drafts';
import { openServices } from '../../../electron/services/services';
import { dispatch } from '../../../shared/ipc/dispatch';
import { emptyContent, plainTextToBody } from '../../../shared/model/article-content';
import { tempDir } from '../../helpers/temp-dir';

const content = (text: string) => ({ ...emptyContent(), title: '稿件', body: plainTextToBody(text) });

describe('crash journal (drafts)', () => {
  it('keeps, returns and discards an article draft', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const drafts = new DraftStore(dir);
      expect(await drafts.get('a0000000000000000')).toBeNull();
      await drafts.put({ id: 'a0000000000000000', baseRevision: 3, content: content('未保存'), savedAt: 't' });
      expect(await drafts.get('a0000000000000000')).toMatchObject({ baseRevision: 3, content: content('未保存') });
      await drafts.discardIfSaved('a0000000000000000', content('别的内容'));
      expect(await drafts.get('a0000000000000000')).not.toBeNull();
      await drafts.discardIfSaved('a0000000000000000', content('未保存'));
      expect(await drafts.get('a0000000000000000')).toBeNull();
      // A draft kept before a save began is older than what that save wrote: dropped too.
      await drafts.put({
        id: 'a0000000000000000',
        baseRevision: 3,
        content: content('较早的内容'),
        savedAt: '2026-11-28T10:00:00.000Z',
      });
      await drafts.discardIfSaved('a0000000000000000', content('保存的内容'), '2026-11-28T09:59:59.000Z');
      expect(await drafts.get('a0000000000000000')).not.toBeNull();
      await drafts.discardIfSaved('a0000000000000000', content('保存的内容'), '2026-11-28T10:00:01.000Z');
      expect(await drafts.get('a0000000000000000')).toBeNull();
    } finally {
      await cleanup();
    }
  });

  it('a damaged draft is dropped, not offered', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      await mkdir(join(dir, 'drafts'));
      await writeFile(join(dir, 'drafts', 'a0000000000000000.json'), '{"id":"a00');
      expect(await new DraftStore(dir).get('a0000000000000000')).toBeNull();
    } finally {
      await cleanup();
    }
  });

  it('a save removes the draft it saved or an older one, but keeps a newer one', async () => {
    const { dir, cleanup } = await tempDir();
    const services = await openServices({ version: 't', dataDir: dir, runtime: 'host' });
    try {
      const call = async (channel: string, input: unknown) => {
        const result = await dispatch(services.handlers, channel, input);
        if (!result.ok) throw new Error(result.error.message);
        return result.value as never;
      };
      const article: { id: string } = await call('articles.create', content('初稿'));
      await call('drafts.put', { id: article.id, baseRevision: 1, content: content('第二稿') });
      await call('articles.save', { id: article.id, baseRevision: 1, content: content('第二稿') });
      expect(await call('drafts.get', { id: article.id })).toBeNull();
      // A draft kept before a save began: the save has what it had (the editor reads the document when it saves).
      await call('drafts.put', { id: article.id, baseRevision: 2, content: content('第三') });
      await new Promise((resolve) => setTimeout(resolve, 5));
      await call('articles.save', { id: article.id, baseRevision: 2, content: content('第三稿') });
      expect(await call('drafts.get', { id: article.id })).toBeNull();
      // A draft kept after the save began holds newer typing: kept.
      const saving = call('articles.save', { id: article.id, baseRevision: 3, content: content('第四稿') });
      await new Promise((resolve) => setTimeout(resolve, 5));
      await call('drafts.put', { id: article.id, baseRevision: 3, content: content('第四稿，还在打') });
      await saving;
      expect(await call('drafts.get', { id: article.id })).toMatchObject({ content: content('第四稿，还在打') });
      await expect(
        call('drafts.put', { id: 'zzzzzzzzzzzzzzzzzz', baseRevision: 1, content: content('x') }),
      ).rejects.toThrow(/找不到/);
    } finally {
      await services.close();
      await cleanup();
    }
  });
});
