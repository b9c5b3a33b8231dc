// npm run bench:search — 稿件库检索 at 1k, 10k and 100k synthetic articles of
// about 1,500 characters (Zipf word and character frequencies: tests/helpers/
// synthetic-copy.ts), against a brute-force substring scan of the same texts
// held in memory, measured in the same run. Prints a table and, last,
// `BENCH {json}`. BENCH_SIZES=1000,10000 runs fewer sizes.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArticleStore } from '../../electron/store/article-store';
import { SearchIndex } from '../../electron/store/search/search-index';
import { IssuesStore } from '../../electron/store/issues-store';
import { savedSearchesStore } from '../../electron/store/saved-searches-store';
import { runSearch, type SearchServices } from '../../electron/services/search';
import { renderHouseText } from '../../shared/format/house-text';
import { emptyContent, plainTextToBody } from '../../shared/model/article-content';
import { NO_FILTERS } from '../../shared/search/filters';
import { foldText } from '../../shared/search/fold';
import { syntheticCopy } from '../helpers/synthetic-copy';
import { seedArchive } from './synthetic';
import { percentile, timed } from './measure';
// @ts-expect-error the build script is plain ESM JavaScript
import { ensureBuilt, NODE_TARGETS, ROOT } from '../../electron/tools/build.mjs';

// A rebuild builds its segments in the worker thread, as the app does.
await ensureBuilt({ node: ['searchWorker'], renderer: false });
const buildWorker = join(ROOT as string, (NODE_TARGETS as Record<string, { out: string }>).searchWorker!.out);

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const label = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));

interface Row {
  size: number;
  buildS: number;
  mergeS: number;
  loadMs: number;
  heapMb: number;
  q2: number;
  q36: number;
  and3: number;
  brute: number;
  updateP95: number;
  saveP95: number;
}

async function measure(size: number): Promise<Row> {
  const dir = await mkdtemp(join(tmpdir(), `copydesk-search-bench-${label(size)}-`));
  try {
    // The archive.
    const copy = syntheticCopy(size);
    await seedArchive(dir, size, 7, () => {
      const { doc, text } = copy.report(1500);
      const [title, ...rest] = text.split('\n\n');
      return {
        title: title!,
        dateline: { source: '本报讯', date: doc.date!, timeOfDay: '上午' },
        byline: { ...emptyContent().byline, reporters: doc.reporters, correspondents: doc.correspondents },
        body: plainTextToBody(
          rest
            .slice(0, -1)
            .join('\n')
            .replace(/^本报讯 \d+月\d+日上午，/, ''),
        ),
      };
    });
    let store = await ArticleStore.open({ dataDir: dir });
    // The texts as the index sees them, for the brute-force scan: read from the archive now, kept in a
    // file while the index is built (300 MB of strings held meanwhile slowed the build by half through
    // the garbage collector), loaded again for the scan.
    const bruteFile = join(dir, 'brute-force-texts.json');
    {
      const texts: string[] = [];
      for (const entry of await store.allEntries()) texts.push(foldText(renderHouseText(await store.get(entry.id))));
      await writeFile(bruteFile, JSON.stringify(texts));
    }
    global.gc?.();

    // Full build: an archive never indexed, until every article is searchable (the index reports
    // complete); then the merge of the build's segments into one, which runs after it in the
    // background (searches answer meanwhile), timed apart.
    let buildMs = 0;
    const [totalMs] = await timed(async () => {
      const started = performance.now();
      const index = await SearchIndex.open(store, { readOnly: false, buildWorker });
      const watch = setInterval(() => {
        if (!buildMs && index.status().complete) buildMs = performance.now() - started;
      }, 20);
      await index.whenComplete();
      clearInterval(watch);
      buildMs ||= performance.now() - started;
      await index.close();
    });
    const mergeMs = totalMs - buildMs;
    await store.close();
    global.gc?.();

    // Load: a cleanly closed index opening, ready to answer.
    store = await ArticleStore.open({ dataDir: dir });
    global.gc?.();
    const before = process.memoryUsage();
    let marks = 0;
    const started: number[] = [];
    const update: number[] = [];
    store.subscribe(() => started.push(performance.now()));
    const [loadMs, index] = await timed(() => SearchIndex.open(store, { readOnly: false }));
    store.subscribe(() => update.push(performance.now() - started[marks++]!));
    global.gc?.();
    const after = process.memoryUsage();
    // What opening the index added to the heap and to buffers outside it.
    const heapMb = (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / 1e6;
    let brute = JSON.parse(await readFile(bruteFile, 'utf8')) as string[];
    const services: SearchServices = { index, store, issues: new IssuesStore(dir), saved: savedSearchesStore(dir) };
    const search = (query: string) =>
      runSearch(services, { query, filters: NO_FILTERS, order: 'relevance', offset: 0, limit: 20, facets: false });

    // Queries drawn from the texts (so frequent pairs come up as often as they occur), plus the 20 most frequent pairs.
    const pairCounts = new Map<string, number>();
    for (const text of brute.slice(0, 500))
      for (let i = 0; i + 2 <= text.length; i++) {
        const pair = text.slice(i, i + 2);
        if (!/\s/.test(pair)) pairCounts.set(pair, (pairCounts.get(pair) ?? 0) + 1);
      }
    const frequent = [...pairCounts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 20)
      .map(([p]) => p);
    const from = (n: number, length: () => number) =>
      Array.from({ length: n }, () => copy.queryFrom(brute[Math.floor(copy.random() * brute.length)]!, length())!);
    const q2 = [...frequent, ...from(130, () => 2)];
    const q36 = from(150, () => 3 + Math.floor(copy.random() * 4));
    const and3 = Array.from({ length: 100 }, () => {
      const text = brute[Math.floor(copy.random() * brute.length)]!;
      return [0, 1, 2].map(() => copy.queryFrom(text, 2 + Math.floor(copy.random() * 3))).join(' ');
    });
    // The texts are let go while the index answers and loaded again for the scan: 300 MB of strings in
    // the heap, which the app never holds, made each full garbage collection stop a query for 15-20 ms.
    brute = [];
    global.gc?.();
    for (const q of q2.slice(0, 20)) await search(q); // warm-up
    const times = async (queries: string[]) => {
      const out: number[] = [];
      for (const q of queries) out.push((await timed(() => search(q)))[0]);
      return out;
    };
    const q2Times = await times(q2);
    const q36Times = await times(q36);
    const and3Times = await times(and3);
    brute = JSON.parse(await readFile(bruteFile, 'utf8')) as string[];
    const bruteTimes: number[] = [];
    for (const q of q2.slice(0, 40)) {
      const [ms] = await timed(() => {
        let total = 0;
        const first: number[] = [];
        for (let i = 0; i < brute.length; i++)
          if (brute[i]!.includes(q)) {
            total++;
            if (first.length < 20) first.push(i);
          }
        return total + first.length;
      });
      bruteTimes.push(ms);
    }

    // Saves with the index attached: the index's own work in each, from the listener before it to the one after.
    const ids = (await store.allEntries()).slice(0, 200).map((e) => e.id);
    const saves: number[] = [];
    for (const id of ids) {
      const current = await store.get(id);
      const [ms] = await timed(() => store.save(id, current.revision, { ...current, title: `${current.title}改` }));
      saves.push(ms);
    }
    await index.close();
    await store.close();
    return {
      size,
      buildS: buildMs / 1000,
      mergeS: mergeMs / 1000,
      loadMs,
      heapMb,
      q2: percentile(q2Times, 95),
      q36: percentile(q36Times, 95),
      and3: percentile(and3Times, 95),
      brute: percentile(bruteTimes, 95),
      updateP95: percentile(update, 95),
      saveP95: percentile(saves, 95),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const rows: Row[] = [];
for (const size of SIZES) {
  rows.push(await measure(size));
  const r = rows.at(-1)!;
  console.error(`${label(size)} done: build ${r.buildS.toFixed(1)} s`);
}
const f = (n: number, d = 1) => n.toFixed(d).padStart(8);
console.log(
  'archive  build s  merge s  load ms  heap MB  q2 p95  q3-6 p95  and3 p95  brute p95  ratio  update p95  save p95',
);
for (const r of rows)
  console.log(
    `${label(r.size).padEnd(7)}${f(r.buildS)}${f(r.mergeS)}${f(r.loadMs)}${f(r.heapMb)}${f(r.q2, 2)}${f(r.q36, 2)}  ${f(r.and3, 2)}  ${f(r.brute, 1)}  ${f(r.brute / Math.max(r.q2, r.q36), 0)}  ${f(r.updateP95, 2)}  ${f(r.saveP95, 1)}`,
  );
const bench: Record<string, number> = {};
for (const r of rows) {
  const k = label(r.size);
  Object.assign(bench, {
    [`query2_p95_ms_${k}`]: +r.q2.toFixed(2),
    [`query_p95_ms_${k}`]: +r.q36.toFixed(2),
    [`and3_p95_ms_${k}`]: +r.and3.toFixed(2),
    [`brute_p95_ms_${k}`]: +r.brute.toFixed(1),
    [`brute_ratio_${k}`]: +(r.brute / Math.max(r.q2, r.q36)).toFixed(1),
    [`build_s_${k}`]: +r.buildS.toFixed(1),
    [`merge_s_${k}`]: +r.mergeS.toFixed(1),
    [`load_ms_${k}`]: +r.loadMs.toFixed(0),
    [`heap_mb_${k}`]: +r.heapMb.toFixed(0),
    [`update_p95_ms_${k}`]: +r.updateP95.toFixed(3),
    [`save_p95_ms_${k}`]: +r.saveP95.toFixed(1),
  });
}
const last = rows.at(-1)!;
bench.update_p95_ms = +last.updateP95.toFixed(3);
console.log(`BENCH ${JSON.stringify(bench)}`);
