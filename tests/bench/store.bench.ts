// npm run bench:store — the article store at 1k, 10k and 100k articles against a
// naive single-file lowdb database, measured in the same run. Prints a table and,
// last, `BENCH {json}`. BENCH_SIZES=1000,10000 runs fewer sizes.
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { mkdtemp, rm, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArticleStore } from '../../electron/store/article-store';
import type { Article } from '../../shared/model/article';
import { plainTextToBody } from '../../shared/model/article-content';
import { makeArticle, reportText, rng, seedArchive } from './synthetic';
import { percentile, timed } from './measure';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const SAVES = Number(process.env.BENCH_SAVES ?? 300);
const label = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));

async function diskBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await diskBytes(path) : (await stat(path)).size;
  }
  return total;
}

interface Row {
  size: number;
  seedS: number;
  openMs: number;
  savesP50: number;
  savesP95: number;
  savesP99: number;
  foldMs: number;
  listMonthMs: number;
  diskMb: number;
  naiveOpenMs: number;
  naiveSaveP50: number;
  naiveSaveP95: number;
  naiveSaves: number;
  naiveListMonthMs: number;
  naiveDiskMb: number;
}

async function measure(size: number): Promise<Row> {
  const dir = await mkdtemp(join(tmpdir(), `copydesk-bench-${label(size)}-`));
  try {
    const [seedMs, ids] = await timed(() => seedArchive(join(dir, 'ours'), size));

    // Open: from nothing to the first list on screen (the newest month).
    const [openMs, store] = await timed(async () => {
      const s = await ArticleStore.open({ dataDir: join(dir, 'ours'), foldDelayMs: 3_600_000 });
      const newest = s.months()[0]!.month;
      await s.listMonth(newest);
      return s;
    });
    if (store.months().reduce((sum, m) => sum + m.count, 0) !== size)
      throw new Error('seeded archive does not list every article');

    // Saves of random existing articles.
    const random = rng(7);
    const saves: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      const id = ids[random(ids.length)]!;
      const current = await store.get(id);
      const content = { ...current, body: plainTextToBody(reportText(random)) };
      const [ms] = await timed(() => store.save(id, current.revision, content));
      saves.push(ms);
    }
    const [foldMs] = await timed(() => store.flush());

    await store.close();

    // Listing one month that is not loaded yet, after a reopen (median over several months).
    const reopened = await ArticleStore.open({ dataDir: join(dir, 'ours') });
    const months = reopened.months().map((m) => m.month);
    const listTimes: number[] = [];
    for (let i = 1; i <= Math.min(7, months.length - 1); i++) {
      const [ms] = await timed(() => reopened.listMonth(months[i]!));
      listTimes.push(ms);
    }
    await reopened.close();
    const diskMb = (await diskBytes(join(dir, 'ours'))) / 1e6;

    // The naive baseline: one lowdb JSON file holding every article (current text only).
    const naiveFile = join(dir, 'naive.json');
    const naiveRandom = rng(42);
    const articles: Article[] = [];
    for (let i = 0; i < size; i++) articles.push(makeArticle(naiveRandom, 1)[0]!);
    await new Low<{ articles: Article[] }>(new JSONFile(naiveFile), { articles }).write();
    articles.length = 0;
    const [naiveOpenMs, db] = await timed(async () => {
      const d = new Low<{ articles: Article[] }>(new JSONFile(naiveFile), { articles: [] });
      await d.read();
      d.data.articles.filter((a) => a.dateline?.date.startsWith('2025-12'));
      return d;
    });
    const naiveSaves = size >= 100_000 ? 5 : size >= 10_000 ? 20 : 60;
    const naiveTimes: number[] = [];
    for (let i = 0; i < naiveSaves; i++) {
      const index = random(db.data.articles.length);
      const [ms] = await timed(async () => {
        db.data.articles[index] = { ...db.data.articles[index]!, body: plainTextToBody(reportText(random)) };
        await db.write();
      });
      naiveTimes.push(ms);
    }
    const [naiveListMonthMs] = await timed(async () =>
      db.data.articles
        .filter((a) => a.dateline?.date.startsWith('2021-06'))
        .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1)),
    );
    const naiveDiskMb = (await stat(naiveFile)).size / 1e6;

    return {
      size,
      seedS: seedMs / 1000,
      openMs,
      savesP50: percentile(saves, 50),
      savesP95: percentile(saves, 95),
      savesP99: percentile(saves, 99),
      foldMs,
      listMonthMs: percentile(listTimes, 50),
      diskMb,
      naiveOpenMs,
      naiveSaveP50: percentile(naiveTimes, 50),
      naiveSaveP95: percentile(naiveTimes, 95),
      naiveSaves,
      naiveListMonthMs,
      naiveDiskMb,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const f = (n: number, digits = 1) => n.toFixed(digits);
const rows: Row[] = [];
for (const size of SIZES) {
  console.log(`… measuring ${label(size)} articles`);
  rows.push(await measure(size));
}

console.log(`\n稿件库基准（每个规模 ${SAVES} 次保存；对照组为单文件 lowdb 数据库，仅含当前正文）\n`);
console.log(
  [
    'size',
    'open ms',
    'save p50',
    'save p95',
    'save p99',
    'fold ms',
    'list month ms',
    'disk MB',
    '| naive open ms',
    'naive save p50',
    'naive save p95 (n)',
    'naive list ms',
    'naive disk MB',
  ].join('\t'),
);
for (const r of rows) {
  console.log(
    [
      label(r.size),
      f(r.openMs),
      f(r.savesP50, 2),
      f(r.savesP95, 2),
      f(r.savesP99, 2),
      f(r.foldMs),
      f(r.listMonthMs, 2),
      f(r.diskMb, 0),
      `| ${f(r.naiveOpenMs)}`,
      f(r.naiveSaveP50),
      `${f(r.naiveSaveP95)} (${r.naiveSaves})`,
      f(r.naiveListMonthMs, 2),
      f(r.naiveDiskMb, 0),
    ].join('\t'),
  );
}

const bench: Record<string, number> = {};
for (const r of rows) {
  const k = label(r.size);
  Object.assign(bench, {
    [`open_ms_${k}`]: +f(r.openMs, 2),
    [`save_p50_ms_${k}`]: +f(r.savesP50, 3),
    [`save_p95_ms_${k}`]: +f(r.savesP95, 3),
    [`save_p99_ms_${k}`]: +f(r.savesP99, 3),
    [`fold_ms_${k}`]: +f(r.foldMs, 2),
    [`list_month_ms_${k}`]: +f(r.listMonthMs, 3),
    [`disk_mb_${k}`]: +f(r.diskMb, 1),
    [`seed_s_${k}`]: +f(r.seedS, 1),
    [`naive_open_ms_${k}`]: +f(r.naiveOpenMs, 1),
    [`naive_save_p50_ms_${k}`]: +f(r.naiveSaveP50, 2),
    [`naive_save_p95_ms_${k}`]: +f(r.naiveSaveP95, 2),
    [`naive_list_month_ms_${k}`]: +f(r.naiveListMonthMs, 2),
    [`naive_disk_mb_${k}`]: +f(r.naiveDiskMb, 1),
    [`naive_over_ours_save_p95_${k}`]: +f(r.naiveSaveP95 / r.savesP95, 1),
  });
}
const first = rows[0]!;
const last = rows.at(-1)!;
bench[`save_p95_growth_${label(last.size)}_over_${label(first.size)}`] = +f(last.savesP95 / first.savesP95, 2);
console.log(`BENCH ${JSON.stringify(bench)}`);
