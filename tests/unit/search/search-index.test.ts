import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleStore } from '../../../electron/store/article-store';
import { SearchIndex } from '../../../electron/store/search/search-index';
import { runSearch, type SearchServices } from '../../../electron/services/search';
import { IssuesStore } from '../../../electron/store/issues-store';
import { savedSearchesStore } from '../../../electron/store/saved-searches-store';
import { renderHouseText } from '../../../shared/format/house-text';
import { emptyContent, plainTextToBody } from '../../../shared/model/article-content';
import type { Article } from '../../../shared/model/article';
import { NO_FILTERS, type SearchFilters } from '../../../shared/search/filters';
import { foldText } from '../../../shared/search/fold';
import { planMerge } from '../../../shared/search/merge-policy';
import { bundleHelper } from '../../helpers/bundle';
import { syntheticCopy } from '../../helpers/synthetic-copy';
import { tempDir } from '../../helpers/temp-dir';

let dir = '';
let cleanup: () => Promise<void>;
let store: ArticleStore;
let index: SearchIndex;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  store = await ArticleStore.open({ dataDir: dir });
});

afterEach(async () => {
  await index?.close();
  await store?.close();
  await cleanup();
});

/** Articles made from synthetic copy: the text's first line is the title, the rest the body. */
async function makeArticles(n: number, seed = 3): Promise<Article[]> {
  const copy = syntheticCopy(seed);
  const contents = Array.from({ length: n }, () => {
    const { doc, text } = copy.report(400);
    const [title, ...rest] = text.split('\n\n');
    return {
      ...emptyContent(),
      title: title!,
      dateline: { source: '本报讯', date: doc.date!, timeOfDay: '上午' as const },
      body: plainTextToBody(rest.join('\n').replace(/^本报讯 \d+月\d+日上午，/, '')),
      byline: { ...emptyContent().byline, reporters: doc.reporters },
    };
  });
  return store.createMany(contents);
}

function services(): SearchServices {
  return { index, store, issues: new IssuesStore(dir), saved: savedSearchesStore(dir) };
}

async function ids(query: string, filters: SearchFilters = { ...NO_FILTERS, trash: 'include' }): Promise<string[]> {
  const result = await runSearch(services(), {
    query,
    filters,
    order: 'relevance',
    offset: 0,
    limit: 200,
    facets: false,
  });
  expect(result.message).toBeNull();
  expect(result.hits.length).toBe(Math.min(200, result.total));
  return result.hits.map((h) => h.id).sort();
}

/** What a plain substring scan of every article's house text finds. */
async function brute(query: string): Promise<string[]> {
  const q = foldText(query);
  const found: string[] = [];
  for (const entry of await store.allEntries()) {
    const text = foldText(renderHouseText(await store.get(entry.id)));
    if (text.split('\n').some((line) => line.includes(q))) found.push(entry.id);
  }
  return found.sort();
}

/** Every article's house text, read once (for many brute-force checks). */
async function texts(): Promise<Array<{ id: string; lines: string[] }>> {
  const all = [];
  for (const entry of await store.allEntries())
    all.push({ id: entry.id, lines: foldText(renderHouseText(await store.get(entry.id))).split('\n') });
  return all;
}

describe('the search index on an archive', () => {
  it('indexes an archive it has never seen in the background, then answers exactly as a scan', async () => {
    const articles = await makeArticles(120);
    index = await SearchIndex.open(store, { readOnly: false, flushDocs: 50 });
    expect(index.status().complete).toBe(false);
    await index.whenComplete();
    expect(index.status()).toMatchObject({ complete: true, done: 120, total: 120 });
    const copy = syntheticCopy(99);
    const all = await texts();
    for (let i = 0; i < 60; i++) {
      const q = copy.queryFrom(renderHouseText(articles[i % articles.length]!), 1 + (i % 6));
      if (!q) continue;
      const expected = all.filter((t) => t.lines.some((l) => l.includes(foldText(q)))).map((t) => t.id);
      expect(await ids(q), q).toEqual(expected.sort());
    }
  });

  it('finds a save at once, forgets the old text, and keeps both across a clean restart', async () => {
    const [a] = await makeArticles(3);
    index = await SearchIndex.open(store, { readOnly: false });
    await index.whenComplete();
    const saved = await store.save(a!.id, a!.revision, { ...a!, title: '甲乙丙丁推进会召开' });
    expect(await ids('甲乙丙丁')).toEqual([saved.id]);
    expect(await ids(a!.title)).not.toContain(a!.id);
    await index.close();
    await store.close();
    store = await ArticleStore.open({ dataDir: dir });
    index = await SearchIndex.open(store, { readOnly: false });
    expect(index.status().complete).toBe(true); // closed cleanly: nothing to reconcile
    expect(await ids('甲乙丙丁')).toEqual([saved.id]);
    expect(JSON.parse(await readFile(join(dir, 'search', 'state.json'), 'utf8'))).toMatchObject({ clean: false });
  });

  it('writes the log as segments, merges small ones, and drops articles deleted for good', async () => {
    const articles = await makeArticles(30);
    index = await SearchIndex.open(store, { readOnly: false, flushDocs: 4, idleMs: 60_000 });
    await index.whenComplete();
    for (const a of articles.slice(0, 24)) await store.save(a.id, a.revision, { ...a, title: `${a.title}更新` });
    await index.flush();
    const files = (await readdir(join(dir, 'search'))).filter((f) => f.endsWith('.cdsx'));
    expect(files.length).toBeGreaterThan(0);
    expect(files.length).toBeLessThanOrEqual(6);
    await store.moveToTrash(articles[0]!.id);
    expect(await ids('更新', { ...NO_FILTERS, trash: 'exclude' })).not.toContain(articles[0]!.id);
    expect(await ids('更新', { ...NO_FILTERS, trash: 'only' })).toEqual([articles[0]!.id]);
    await store.emptyTrash();
    expect(await ids('更新')).not.toContain(articles[0]!.id);
    await index.flush();
    expect(await ids('更新')).toEqual(await brute('更新'));
  });

  it("joins a rebuild's segments into one, and tiers of segments as saves go on, answering as a scan", async () => {
    const articles = await makeArticles(90);
    index = await SearchIndex.open(store, { readOnly: false, flushDocs: 6, idleMs: 60_000, tierDocs: 8 });
    await index.whenComplete();
    // Eleven segments of 8 articles were built, then merged by joining their postings; the last 2 wait in the log.
    expect(index.engine.segments.map((s) => s.columns.ids.length)).toEqual([88]);
    expect(index.engine.liveCount).toBe(2);
    expect((await readdir(join(dir, 'search'))).filter((f) => f.endsWith('.cdsx'))).toHaveLength(1);
    const copy = syntheticCopy(5);
    const check = async () => {
      const all = await texts();
      for (let i = 0; i < 40; i++) {
        const q = copy.queryFrom(renderHouseText(articles[i % articles.length]!), 1 + (i % 6));
        if (!q) continue;
        const expected = all.filter((t) => t.lines.some((l) => l.includes(foldText(q)))).map((t) => t.id);
        expect(await ids(q), q).toEqual(expected.sort());
      }
      expect(await ids('更新')).toEqual(await brute('更新'));
    };
    // Saves make segments of 6; four of them at a tier are joined, dropping the old versions they replace.
    for (const a of articles.slice(0, 48)) {
      const current = await store.get(a.id);
      await store.save(a.id, current.revision, { ...current, title: `${current.title}更新` });
    }
    await store.moveToTrash(articles[50]!.id);
    await store.emptyTrash();
    await index.flush();
    // Nothing more to merge: no tier holds four segments, at most four small ones wait.
    const sizes = index.engine.segments.map((s) => ({
      docs: s.columns.ids.length,
      alive: index.engine.aliveDocs(s).length,
    }));
    expect(planMerge(sizes, 8)).toBeNull();
    expect(sizes.filter((s) => s.alive < 4).length).toBeLessThanOrEqual(4);
    // Only joining a tier makes a segment of more than 8 besides the rebuild's.
    expect(Math.max(...sizes.slice(1).map((s) => s.docs))).toBeGreaterThan(8);
    await check();
    await index.close();
    await store.close();
    store = await ArticleStore.open({ dataDir: dir });
    index = await SearchIndex.open(store, { readOnly: false, tierDocs: 8 });
    expect(index.status().complete).toBe(true);
    await check();
  });

  it("builds a rebuild's segments in the worker thread when it has one, answering as a scan", async () => {
    const workerFile = await bundleHelper('search-worker');
    const articles = await makeArticles(70, 11);
    index = await SearchIndex.open(store, { readOnly: false, flushDocs: 6, tierDocs: 8, buildWorker: workerFile });
    await index.whenComplete();
    expect(index.engine.segments.map((s) => s.columns.ids.length)).toEqual([64]);
    const all = await texts();
    const copy = syntheticCopy(12);
    for (let i = 0; i < 40; i++) {
      const q = copy.queryFrom(renderHouseText(articles[i % articles.length]!), 1 + (i % 6));
      if (!q) continue;
      const expected = all.filter((t) => t.lines.some((l) => l.includes(foldText(q)))).map((t) => t.id);
      expect(await ids(q), q).toEqual(expected.sort());
    }
  }, 60_000);

  it('sets a damaged segment aside with a notice and rebuilds what it held', async () => {
    await makeArticles(80);
    index = await SearchIndex.open(store, { readOnly: false, flushDocs: 10 });
    await index.whenComplete();
    await index.close();
    const [segment] = (await readdir(join(dir, 'search'))).filter((f) => f.endsWith('.cdsx'));
    const file = join(dir, 'search', segment!);
    const bytes = await readFile(file);
    bytes[5000] = bytes[5000]! ^ 0xff;
    await writeFile(file, bytes);
    index = await SearchIndex.open(store, { readOnly: false });
    expect(index.notices.join('')).toContain('检索索引文件已损坏');
    await index.whenComplete();
    expect(await ids('的')).toEqual(await brute('的'));
    expect((await readdir(join(dir, 'damaged'))).some((f) => f.includes(segment!))).toBe(true);
  });

  it('lets a read-only reader (the CLI) see what the open app saved', async () => {
    const [a] = await makeArticles(5);
    index = await SearchIndex.open(store, { readOnly: false });
    await index.whenComplete();
    await store.save(a!.id, a!.revision, { ...a!, title: '子丑寅卯巡河记' });
    const reader = await ArticleStore.open({ dataDir: dir, readOnly: true });
    const readerIndex = await SearchIndex.open(reader, { readOnly: true });
    await readerIndex.whenComplete();
    const page = await readerIndex.engine.search([{ text: '子丑寅卯', exclude: false }], {
      filters: NO_FILTERS,
      order: 'relevance',
      offset: 0,
      limit: 10,
      placed: null,
      now: new Date(),
    });
    expect(page.hits.map((h) => h.doc.id)).toEqual([a!.id]);
    await readerIndex.close();
    await reader.close();
  });

  it('answers bad queries with a message or a sensible reading, never a crash', async () => {
    await makeArticles(10);
    index = await SearchIndex.open(store, { readOnly: false });
    await index.whenComplete();
    const run = (query: string) =>
      runSearch(services(), { query, filters: NO_FILTERS, order: 'relevance', offset: 0, limit: 20, facets: true });
    expect((await run('')).message).toContain('请输入');
    expect((await run('   ')).message).toContain('请输入');
    expect((await run('-的')).message).toContain('排除');
    expect((await run('字'.repeat(10_000))).message).toContain('太长');
    const unpaired = await run('"区委 书记');
    expect(unpaired.message).toBeNull();
    expect(unpaired.notes.join('')).toContain('引号不成对');
    expect((await run('\u0000的\u0007')).total).toBe((await run('的')).total);
    const reversed = await runSearch(services(), {
      query: '的',
      filters: { ...NO_FILTERS, from: '2026-01-01', to: '2025-01-01' },
      order: 'date',
      offset: 0,
      limit: 20,
      facets: false,
    });
    expect(reversed.message).toContain('起始日期晚于结束日期');
  });
});
