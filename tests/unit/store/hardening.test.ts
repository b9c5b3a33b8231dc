import { describe, expect, it } from 'vitest';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { ArticleStore } from '../../../electron/store/article-store';
import { dated as content, withStore } from '../../helpers/store-fixtures';

async function listedIds(store: ArticleStore): Promise<string[]> {
  const ids: string[] = [];
  for (const { month } of store.months()) ids.push(...(await store.listMonth(month)).map((e) => e.id));
  return ids.sort();
}

describe('ids that are not ids never reach the file system', () => {
  it.each([
    '../../people',
    '../../trusted-senders',
    '../../../x/settings',
    'ab/../../cd',
    '',
    'A'.repeat(20),
    'aaaaaaaaaaaaaaaa.',
  ])('%j is refused as INVALID_INPUT by every article operation', (bad) =>
    withStore(async (dir) => {
      const store = await ArticleStore.open({ dataDir: dir });
      for (const op of [
        () => store.get(bad),
        () => store.save(bad, 1, content('x')),
        () => store.moveToTrash(bad),
        () => store.restore(bad),
        () => store.revisions(bad),
      ])
        await expect(op()).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      await store.close();
    }),
  );
});

describe('what a crash or a damaged file leaves is never shown as if it were whole', () => {
  it('an article file holding another article is detected and restored from its own log', () =>
    withStore(async (dir) => {
      let store = await ArticleStore.open({ dataDir: dir });
      const a = await store.create(content('甲稿'));
      const b = await store.create(content('乙稿'));
      await store.close();
      await copyFile(store.paths.articleFile(b.id), store.paths.articleFile(a.id));
      store = await ArticleStore.open({ dataDir: dir });
      expect((await store.get(a.id)).title).toBe('甲稿');
      expect(store.notices.join('')).toMatch(/《甲稿》的文件已损坏/);
      expect((await store.get(b.id)).title).toBe('乙稿');
      await store.close();
    }));

  it('an article whose file and log are both damaged is taken off the lists, with a notice', () =>
    withStore(async (dir) => {
      let store = await ArticleStore.open({ dataDir: dir });
      const a = await store.create(content('坏稿'));
      const b = await store.create(content('好稿'));
      await store.flush();
      await store.close();
      await writeFile(store.paths.articleFile(a.id), '{"schemaVersion":2,"arti');
      await writeFile(store.paths.revisionsFile(a.id), 'garbage\n');
      store = await ArticleStore.open({ dataDir: dir });
      expect(await listedIds(store)).toEqual([a.id, b.id].sort());
      await expect(store.get(a.id)).rejects.toMatchObject({ code: 'DAMAGED' });
      await store.flush();
      expect(await listedIds(store)).toEqual([b.id]);
      await store.close();
      store = await ArticleStore.open({ dataDir: dir });
      expect(await listedIds(store)).toEqual([b.id]);
      await expect(store.get(a.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await store.close();
    }));

  it.each(['an unfinished save', 'an unfinished create'])(
    'a read-only open after a crash lists what a writer would: never %s',
    (what) =>
      withStore(async (dir) => {
        let store = await ArticleStore.open({ dataDir: dir, foldDelayMs: 60_000 });
        const a = await store.create(content('原标题'));
        await store.flush();
        await store.close();
        // Writes are serial, so only the journal's last line can be a save that died before
        // its article file was renamed into place: a new revision of a, or a new article.
        const entry = { ...(await readCatalogEntry(store, a.id)), title: '未完成的保存', revision: 2 };
        const ghost = 'zzzzzzzzz0123456789';
        const op =
          what === 'an unfinished save'
            ? { id: a.id, from: '2020-03', to: '2020-03', entry }
            : { id: ghost, from: null, to: '2020-03', entry: { ...entry, id: ghost, revision: 1 } };
        await writeFile(store.paths.journal, `${JSON.stringify(op)}\n`);
        const reader = await ArticleStore.open({ dataDir: dir, readOnly: true });
        const listed = await reader.listMonth('2020-03');
        expect(listed.map((e) => [e.id, e.title, e.revision])).toEqual([[a.id, '原标题', 1]]);
        for (const e of listed) expect((await reader.get(e.id)).title).toBe(e.title);
        await reader.close();
        store = await ArticleStore.open({ dataDir: dir });
        expect((await store.listMonth('2020-03')).map((e) => e.title)).toEqual(['原标题']);
        await store.close();
      }),
  );

  it('an import cut off by a crash is rolled back whole on the next open, and hidden from read-only views', () =>
    withStore(async (dir) => {
      let store = await ArticleStore.open({ dataDir: dir });
      const kept = await store.create(content('之前的稿件'));
      const batch = await store.createMany([content('导入一'), content('导入二'), content('导入三')]);
      await store.close();
      // As if the process died after two of three: the batch file is still there.
      await writeFile(
        store.paths.pendingBatch,
        JSON.stringify({ ids: [...batch.map((a) => a.id), 'zzzzzzzzz9999999999'] }),
      );
      const reader = await ArticleStore.open({ dataDir: dir, readOnly: true });
      expect(await listedIds(reader)).toEqual([kept.id]);
      await expect(reader.get(batch[0]!.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await reader.close();
      store = await ArticleStore.open({ dataDir: dir });
      expect(store.notices.join('')).toMatch(/上次导入在中途中断，已撤销那次导入的 3 篇稿件/);
      expect(await listedIds(store)).toEqual([kept.id]);
      for (const a of batch) await expect(store.get(a.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await store.close();
      store = await ArticleStore.open({ dataDir: dir });
      expect(store.notices).toEqual([]);
      expect(await listedIds(store)).toEqual([kept.id]);
      await store.close();
    }));

  it('a finished import leaves no batch file behind', () =>
    withStore(async (dir) => {
      const store = await ArticleStore.open({ dataDir: dir });
      await store.createMany([content('导入一'), content('导入二')]);
      await expect(readFile(store.paths.pendingBatch)).rejects.toMatchObject({ code: 'ENOENT' });
      await store.close();
    }));
});

async function readCatalogEntry(store: ArticleStore, id: string) {
  const bucket = JSON.parse(await readFile(store.paths.bucketFile('2020-03'), 'utf8')) as {
    entries: Record<string, object>;
  };
  return bucket.entries[id]!;
}
