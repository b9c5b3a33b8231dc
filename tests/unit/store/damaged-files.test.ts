import { describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile, truncate } from 'node:fs/promises';
import { ArticleStore } from '../../../electron/store/article-store';
import { dated as content, withStore } from '../../helpers/store-fixtures';

describe('damaged files', () => {
  it('a truncated article file is moved aside and restored from the last good revision', () =>
    withStore(async (dir) => {
      let store = await ArticleStore.open({ dataDir: dir });
      const a = await store.create(content('第一版'));
      await store.save(a.id, 1, content('第二版'));
      const other = await store.create(content('另一篇'));
      await store.close();
      const file = store.paths.articleFile(a.id);
      const otherBefore = await readFile(store.paths.articleFile(other.id), 'utf8');
      await truncate(file, 40);

      store = await ArticleStore.open({ dataDir: dir });
      const restored = await store.get(a.id);
      expect(restored.title).toBe('第二版');
      expect(restored.revision).toBe(2);
      expect(store.notices.join('')).toMatch(/《第二版》的文件已损坏，已从最近的完好副本（第 2 次修订）恢复/);
      expect(await readdir(store.paths.damagedDir)).toHaveLength(1);
      expect(await readFile(store.paths.articleFile(other.id), 'utf8')).toBe(otherBefore);
      // The repaired article can be saved again.
      await store.save(a.id, 2, content('第三版'));
      await store.close();
    }));

  it('an article with no good copy is reported as DAMAGED and the archive still opens', () =>
    withStore(async (dir) => {
      let store = await ArticleStore.open({ dataDir: dir });
      const a = await store.create(content('坏稿'));
      const b = await store.create(content('好稿'));
      await store.close();
      await writeFile(store.paths.articleFile(a.id), '{"schemaVersion":2,"arti');
      await writeFile(store.paths.revisionsFile(a.id), 'garbage\n');
      store = await ArticleStore.open({ dataDir: dir });
      await expect(store.get(a.id)).rejects.toMatchObject({
        code: 'DAMAGED',
        message: expect.stringContaining('没有可用的备份'),
      });
      expect((await store.get(b.id)).title).toBe('好稿');
      await store.close();
    }));

  it('a damaged month file is moved aside and the catalog rebuilt from the articles', () =>
    withStore(async (dir) => {
      let store = await ArticleStore.open({ dataDir: dir });
      const a = await store.create(content('三月稿'));
      const b = await store.create(content('四月稿', '2020-04-01'));
      await store.close();
      await writeFile(store.paths.bucketFile('2020-03'), '{"schemaVersion":2,"entr');
      store = await ArticleStore.open({ dataDir: dir });
      expect((await store.listMonth('2020-03')).map((e) => e.id)).toEqual([a.id]);
      expect((await store.listMonth('2020-04')).map((e) => e.id)).toEqual([b.id]);
      expect(store.notices.join('')).toMatch(/稿件目录文件已损坏/);
      await store.close();
    }));

  it('a damaged catalog index rebuilds the catalog at open', () =>
    withStore(async (dir) => {
      let store = await ArticleStore.open({ dataDir: dir });
      await store.create(content('稿件'));
      await store.close();
      await writeFile(store.paths.catalogIndex, '');
      store = await ArticleStore.open({ dataDir: dir });
      expect(store.months()).toEqual([{ month: '2020-03', count: 1 }]);
      await store.close();
    }));

  it('a damaged meta file is restored from its backup', () =>
    withStore(async (dir) => {
      let store = await ArticleStore.open({ dataDir: dir });
      const a = await store.create(content('稿件'));
      await store.close();
      await writeFile(store.paths.meta, 'not json');
      store = await ArticleStore.open({ dataDir: dir });
      expect((await store.get(a.id)).title).toBe('稿件');
      expect(store.notices.join('')).toMatch(/说明文件已损坏/);
      await store.close();
      const meta = JSON.parse(await readFile(store.paths.meta, 'utf8'));
      expect(meta.schemaVersion).toBeGreaterThan(0);
    }));

  it('a torn journal tail (an unfinished append) is dropped', () =>
    withStore(async (dir) => {
      let store = await ArticleStore.open({ dataDir: dir, foldDelayMs: 60_000 });
      const a = await store.create(content('稿件'));
      await store.save(a.id, 1, content('稿件二'));
      // Crash without close: journal not folded; then a torn half line.
      await writeFile(store.paths.lock, JSON.stringify({ pid: 999_999_999 }));
      const journal = await readFile(store.paths.journal, 'utf8');
      await writeFile(store.paths.journal, journal + '{"id":"zz');
      store = await ArticleStore.open({ dataDir: dir });
      expect((await store.listMonth('2020-03')).map((e) => [e.title, e.revision])).toEqual([['稿件二', 2]]);
      expect(await readFile(store.paths.journal, 'utf8')).toBe(journal);
      await store.close();
    }));

  it('start-up corrects a journal line whose save never reached the article file', () =>
    withStore(async (dir) => {
      let store = await ArticleStore.open({ dataDir: dir, foldDelayMs: 60_000 });
      const a = await store.create(content('原标题'));
      await store.flush();
      await store.close();
      // A save that wrote its journal intent and then died.
      const entry = {
        id: a.id,
        title: '未完成的保存',
        status: 'draft',
        date: '2020-03-18',
        authors: [],
        page: null,
        wordCount: 1,
        revision: 2,
        updatedAt: 'x',
        deletedAt: null,
      };
      await writeFile(store.paths.journal, `${JSON.stringify({ id: a.id, from: '2020-03', to: '2020-03', entry })}\n`);
      store = await ArticleStore.open({ dataDir: dir });
      expect((await store.listMonth('2020-03')).map((e) => [e.title, e.revision])).toEqual([['原标题', 1]]);
      await store.close();
    }));
});

describe('failed writes', () => {
  it('a save that fails part-way (disk full) is refused and leaves the article and catalog as they were', () =>
    withStore(async (dir) => {
      const store = await ArticleStore.open({ dataDir: dir, foldDelayMs: 60_000 });
      const a = await store.create(content('原稿'));
      // Make the revision log unwritable: a folder where the file should be.
      const { rm, mkdir } = await import('node:fs/promises');
      await rm(store.paths.revisionsFile(a.id));
      await mkdir(store.paths.revisionsFile(a.id));
      await expect(store.save(a.id, 1, content('新稿'))).rejects.toThrow();
      expect((await store.get(a.id)).title).toBe('原稿');
      expect((await store.listMonth('2020-03')).map((e) => [e.title, e.revision])).toEqual([['原稿', 1]]);
      const dirEntries = await readdir(store.paths.articleFile(a.id).replace(/[^/]+$/, ''));
      expect(dirEntries.filter((n) => n.endsWith('.tmp'))).toEqual([]);
      await store.close();
    }));

  it('a revision line torn by a crash does not hide the lines after it', () =>
    withStore(async (dir) => {
      const store = await ArticleStore.open({ dataDir: dir });
      const a = await store.create(content('一'));
      const log = store.paths.revisionsFile(a.id);
      await writeFile(log, (await readFile(log, 'utf8')) + '{"schemaVersion":2,"arti');
      // The next save appends right after the fragment.
      await store.save(a.id, 1, content('二'));
      expect((await store.revisions(a.id)).map((r) => r.title)).toEqual(['一', '二']);
      await store.close();
    }));
});
