import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, readdir, writeFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleStore } from '../../../electron/store/article-store';
import { plainTextToBody, emptyContent } from '../../../shared/model/article-content';
import type { ArticleContent } from '../../../shared/model/article';
import { tempDir } from '../../helpers/temp-dir';

function content(title: string, body: string, date: string | null = '2020-03-18'): ArticleContent {
  return {
    ...emptyContent(),
    title,
    body: plainTextToBody(body),
    dateline: date ? { source: '本报讯', date, timeOfDay: '上午' } : null,
  };
}

let dir: string;
let cleanup: () => Promise<void>;
let store: ArticleStore;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  store = await ArticleStore.open({ dataDir: dir, foldDelayMs: 60_000 });
});

afterEach(async () => {
  await store.close();
  await cleanup();
});

describe('ArticleStore', () => {
  it('creates, saves and lists an article by its dateline month', async () => {
    const a = await store.create(content('中原区召开部署会议', '乔耸主持召开会议。'));
    expect(a.revision).toBe(1);
    expect(a.status).toBe('draft');
    const saved = await store.save(a.id, 1, content('中原区召开统筹推进会议', '乔耸主持召开会议。区领导参加会议。'));
    expect(saved.revision).toBe(2);
    expect(saved.wordCount).toBe('中原区召开统筹推进会议乔耸主持召开会议。区领导参加会议。'.length);
    const list = await store.listMonth('2020-03');
    expect(list.map((e) => [e.title, e.revision])).toEqual([['中原区召开统筹推进会议', 2]]);
    expect(store.months()).toEqual([{ month: '2020-03', count: 1 }]);
  });

  it('keeps every revision in the article log', async () => {
    const a = await store.create(content('标题一', '正文一'));
    await store.save(a.id, 1, content('标题二', '正文二'));
    await store.save(a.id, 2, content('标题三', '正文三'));
    const revisions = await store.revisions(a.id);
    expect(revisions.map((r) => [r.revision, r.title])).toEqual([
      [1, '标题一'],
      [2, '标题二'],
      [3, '标题三'],
    ]);
  });

  it('refuses a save against a stale revision and keeps the stored text', async () => {
    const a = await store.create(content('标题', '第一稿'));
    await store.save(a.id, 1, content('标题', '编辑甲的修改'));
    await expect(store.save(a.id, 1, content('标题', '编辑乙的修改'))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('第 2 次修订'),
    });
    const stored = await store.get(a.id);
    expect(stored.body[0]?.children[0]?.text).toBe('编辑甲的修改');
    expect(stored.revision).toBe(2);
  });

  it('moves an article between months when its date changes', async () => {
    const a = await store.create(content('稿件', '正文', '2020-03-18'));
    await store.save(a.id, 1, content('稿件', '正文', '2020-04-02'));
    expect(await store.listMonth('2020-03')).toEqual([]);
    expect((await store.listMonth('2020-04')).map((e) => e.id)).toEqual([a.id]);
    await store.flush();
    expect(await store.listMonth('2020-03')).toEqual([]);
    expect((await store.listMonth('2020-04')).map((e) => e.id)).toEqual([a.id]);
    expect(store.months()).toEqual([{ month: '2020-04', count: 1 }]);
  });

  it('deletes to the 回收站, restores, and empties it for good', async () => {
    const a = await store.create(content('要删除的稿件', '正文'));
    const b = await store.create(content('保留的稿件', '正文'));
    await store.moveToTrash(a.id);
    expect((await store.listMonth('2020-03')).map((e) => e.id)).toEqual([b.id]);
    expect((await store.listTrash()).map((e) => e.id)).toEqual([a.id]);
    await store.restore(a.id);
    expect((await store.listMonth('2020-03')).map((e) => e.id).sort()).toEqual([a.id, b.id].sort());
    await store.moveToTrash(a.id);
    expect(await store.emptyTrash()).toBe(1);
    expect(await store.listTrash()).toEqual([]);
    await expect(store.get(a.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(stat(store.paths.articleFile(a.id))).rejects.toThrow();
    await expect(stat(store.paths.revisionsFile(a.id))).rejects.toThrow();
  });

  it('refuses edits to an article in the 回收站', async () => {
    const a = await store.create(content('稿件', '正文'));
    const trashed = await store.moveToTrash(a.id);
    await expect(store.save(a.id, trashed.revision, content('稿件', '改'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('survives a reopen, with and without folding the journal', async () => {
    const a = await store.create(content('第一篇', '正文'));
    await store.flush();
    const b = await store.create(content('第二篇', '正文', null));
    await store.save(a.id, 1, content('第一篇改', '正文'));
    // Simulate a crash: drop the store without close(), then open again.
    const lockFile = store.paths.lock;
    await writeFile(lockFile, JSON.stringify({ pid: 999_999_999 }));
    const reopened = await ArticleStore.open({ dataDir: dir, foldDelayMs: 60_000 });
    expect((await reopened.listMonth('2020-03')).map((e) => e.title)).toEqual(['第一篇改']);
    expect((await reopened.listMonth('undated')).map((e) => e.id)).toEqual([b.id]);
    await reopened.close();
  });

  it('a save touches one article file, its log and the journal, not the month files', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push((await store.create(content(`稿件${i}`, '正文'))).id);
    await store.flush();
    const monthFile = store.paths.bucketFile('2020-03');
    const before = await stat(monthFile);
    await store.save(ids[3]!, 1, content('改过的标题', '正文'));
    const after = await stat(monthFile);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    const journal = await readFile(store.paths.journal, 'utf8');
    const lines = journal
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    // The counts line written by the fold, then the one change of this save.
    expect(lines.map((l) => ('counts' in l ? 'counts' : l.id))).toEqual(['counts', ids[3]]);
  });

  it('a second writer on the same folder is refused with a Chinese message', async () => {
    await expect(ArticleStore.open({ dataDir: dir })).rejects.toMatchObject({
      code: 'LOCKED',
      message: expect.stringContaining('另一个采编台进程'),
    });
  });

  it('read-only opening sees the same articles without taking the lock', async () => {
    const a = await store.create(content('只读可见', '正文'));
    const reader = await ArticleStore.open({ dataDir: dir, readOnly: true });
    expect((await reader.listMonth('2020-03')).map((e) => e.id)).toEqual([a.id]);
    await expect(reader.create(content('x', 'y'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await reader.close();
  });

  it('spreads article files over shard folders', async () => {
    for (let i = 0; i < 30; i++) await store.create(content(`稿件${i}`, '正文'));
    const shards = await readdir(join(dir, 'articles'));
    expect(shards.length).toBeGreaterThan(5);
  });
});

describe('folding the catalog journal in steps', () => {
  let dir2: string;
  let cleanup2: () => Promise<void>;
  beforeEach(async () => {
    ({ dir: dir2, cleanup: cleanup2 } = await tempDir());
  });
  afterEach(() => cleanup2());

  it('lets saves run between fold steps and lists stay right during and after', async () => {
    const s = await ArticleStore.open({ dataDir: dir2, foldDelayMs: 60_000 });
    const ids: string[] = [];
    for (let m = 1; m <= 12; m++) {
      ids.push((await s.create(content(`稿件${m}`, '正文', `2019-${String(m).padStart(2, '0')}-10`))).id);
    }
    await s.flush();
    // Move every article to 2020, touching 24 month files: the fold takes several steps.
    for (let m = 1; m <= 12; m++)
      await s.save(ids[m - 1]!, 1, content(`稿件${m}`, '正文', `2020-${String(m).padStart(2, '0')}-10`));
    const folding = s.flush();
    // Queued behind the first fold step: moves article 1 again while the fold is under way.
    const moved = s.save(ids[0]!, 2, content('稿件1改', '正文', '2021-05-01'));
    await Promise.all([folding, moved]);
    expect((await s.listMonth('2020-01')).map((e) => e.id)).toEqual([]);
    expect((await s.listMonth('2021-05')).map((e) => e.title)).toEqual(['稿件1改']);
    expect((await s.listMonth('2019-03')).map((e) => e.id)).toEqual([]);
    expect((await s.listMonth('2020-03')).map((e) => e.id)).toEqual([ids[2]]);
    expect(s.months().find((m) => m.month === '2020-01')).toBeUndefined();
    // The save made during the fold is still journaled and survives a crash (no close).
    await writeFile(s.paths.lock, JSON.stringify({ pid: 999_999_999 }));
    const journal = await readFile(s.paths.journal, 'utf8');
    expect(
      journal
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
        .filter((l) => !('counts' in l))
        .map((l) => l.id),
    ).toEqual([ids[0]]);
    const reopened = await ArticleStore.open({ dataDir: dir2 });
    expect((await reopened.listMonth('2021-05')).map((e) => e.title)).toEqual(['稿件1改']);
    expect((await reopened.listMonth('2020-01')).map((e) => e.id)).toEqual([]);
    expect(reopened.months()).toHaveLength(12);
    await reopened.close();
  });
});
