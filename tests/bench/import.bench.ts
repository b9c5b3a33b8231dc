// npm run bench:import — the report parser's field accuracy on the real-copy
// corpus (tests/fixtures/real-copy: report found, title, date, time of day,
// reporters, correspondents, photographers, counted per report, in full-width
// and in half-width punctuation), and its throughput on generated dumps of
// about 10 MB: the reference page's six reports again and again, with page
// furniture, lines broken by PDF extraction and each byline form; and the
// corpus's fixtures again and again, each parsed as its own document. Baseline in the same run: splitting the same
// text into trimmed lines and testing each for a dateline (the least any
// parser must do). Last line: BENCH {json}.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReports } from '../../shared/format/parse-reports';
import { FIELDS, realCopyCases, scoreCase, toHalfWidth, type Field } from '../helpers/real-copy';

const TARGET_MB = Number(process.env.BENCH_IMPORT_MB ?? 10);
const RUNS = 5;
// npm scripts run from the project folder.
const PAGE = readFileSync(join(process.cwd(), 'tests/fixtures/reference/house-format-page.txt'), 'utf8');

/** A page dump of about `mb` MB: pages with a 版次 header, the six reports, jump lines; dates vary. */
function dump(mb: number): { text: string; pages: number } {
  const parts: string[] = [];
  let bytes = 0;
  let pages = 0;
  const encoder = new TextEncoder();
  while (bytes < mb * 1024 * 1024) {
    pages++;
    const day = (pages % 28) + 1;
    const page = `第${String((pages % 8) + 1).padStart(2, '0')}版:区街新闻\n2020年3月${day}日 星期五\n${PAGE.replace(/3月1[5-9]日/g, `3月${day}日`)}\n下转${(pages % 8) + 2}版\n`;
    parts.push(page);
    bytes += encoder.encode(page).length;
  }
  return { text: parts.join('\n'), pages };
}

function baseline(text: string): number {
  let leads = 0;
  for (const line of text.split(/\r\n|\r|\n/)) if (/^本(?:报|网)讯/u.test(line.trim())) leads++;
  return leads;
}

function time<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = run();
  return { ms: performance.now() - started, value };
}

const { text, pages } = dump(TARGET_MB);
const mb = new TextEncoder().encode(text).length / 1024 / 1024;
parseReports(PAGE); // warm up
const parses = Array.from({ length: RUNS }, () => time(() => parseReports(text)));
const scans = Array.from({ length: RUNS }, () => time(() => baseline(text)));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const parseMs = median(parses.map((p) => p.ms));
const scanMs = median(scans.map((s) => s.ms));
const reports = parses[0]!.value.reports.length;
if (reports !== pages * 6) throw new Error(`expected ${pages * 6} reports, parsed ${reports}`);

// The corpus's copy again and again, each fixture parsed as the document it is: run together, a web
// page's list of other stories (新闻推荐) would drop everything after it, and the figure would time dropping.
const cases = realCopyCases();
const texts: string[] = [];
for (let bytes = 0; bytes * 3 < TARGET_MB * 1024 * 1024;)
  for (const c of cases) {
    texts.push(c.text);
    bytes += c.text.length;
  }
const corpusMb = new TextEncoder().encode(texts.join('')).length / 1024 / 1024;
const corpusMs = median(Array.from({ length: RUNS }, () => time(() => texts.forEach((t) => parseReports(t))).ms));
const corpusScanMs = median(Array.from({ length: RUNS }, () => time(() => texts.forEach((t) => baseline(t))).ms));

// Field accuracy on the corpus, full-width and half-width.
const right = Object.fromEntries(FIELDS.map((k) => [k, 0])) as Record<Field, number>;
const total = Object.fromEntries(FIELDS.map((k) => [k, 0])) as Record<Field, number>;
const diffs: string[] = [];
for (const c of cases)
  for (const half of [false, true]) {
    const scored = scoreCase(half ? toHalfWidth(c.text) : c.text, c.expected, half);
    for (const k of FIELDS) {
      right[k] += scored.right[k];
      total[k] += scored.total[k];
    }
    diffs.push(...scored.diffs.map((d) => `${c.name}${half ? ' (half-width)' : ''}: ${d}`));
  }
const accuracy = (k: Field) => (total[k] === 0 ? 1 : right[k] / total[k]);
const allRight = FIELDS.reduce((n, k) => n + right[k], 0);
const allTotal = FIELDS.reduce((n, k) => n + total[k], 0);

const f = (n: number, d = 1) => n.toFixed(d);
console.log(
  `real-copy corpus: ${cases.length} files, ${cases.reduce((n, c) => n + c.expected.length, 0)} reports, full- and half-width`,
);
console.log('field            right / total   accuracy');
for (const k of FIELDS)
  console.log(
    `${k.padEnd(16)} ${String(right[k]).padStart(5)} / ${String(total[k]).padEnd(7)} ${f(accuracy(k) * 100, 1)}%`,
  );
console.log(
  `${'all fields'.padEnd(16)} ${String(allRight).padStart(5)} / ${String(allTotal).padEnd(7)} ${f((allRight / allTotal) * 100, 1)}%`,
);
for (const d of diffs.slice(0, 20)) console.log(`  ${d}`);
console.log('');
console.log('size MB  pages  reports  parse ms (median of 5)  parse MB/s | baseline ms  baseline MB/s  parse/baseline');
console.log(
  `${f(mb, 2).padEnd(8)} ${String(pages).padEnd(6)} ${String(reports).padEnd(8)} ${f(parseMs).padEnd(23)} ${f(mb / (parseMs / 1000), 2).padEnd(11)}| ${f(scanMs).padEnd(12)} ${f(mb / (scanMs / 1000), 2).padEnd(14)}${f(parseMs / scanMs, 2)}`,
);
console.log(
  `${'corpus copy'.padEnd(8)} ${f(corpusMb, 2)} MB: parse ${f(corpusMs)} ms, ${f(corpusMb / (corpusMs / 1000), 2)} MB/s | baseline ${f(corpusScanMs)} ms, ${f(corpusMb / (corpusScanMs / 1000), 2)} MB/s`,
);
console.log(
  `BENCH ${JSON.stringify({
    field_accuracy: Object.fromEntries(FIELDS.map((k) => [k, +f(accuracy(k), 4)])),
    field_accuracy_all: +f(allRight / allTotal, 4),
    corpus_reports: cases.reduce((n, c) => n + c.expected.length, 0) * 2,
    corpus_parse_mb_per_s: +f(corpusMb / (corpusMs / 1000), 2),
    input_mb: +f(mb, 2),
    reports,
    parse_ms: +f(parseMs),
    parse_mb_per_s: +f(mb / (parseMs / 1000), 2),
    baseline_mb_per_s: +f(mb / (scanMs / 1000), 2),
    parse_over_baseline_time: +f(parseMs / scanMs, 2),
  })}`,
);
