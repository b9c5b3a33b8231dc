import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './root';
import { parseReports, type ParsedReport } from '../../shared/format/parse-reports';

/** Where the real-copy corpus lives (tests/fixtures/real-copy, catalogued in its README). */
export const REAL_COPY_DIR = join(ROOT, 'tests/fixtures/real-copy');

/** What a fixture's report must parse to; fields left out are not checked. */
export interface ExpectedReport {
  kicker?: string | null;
  title: string | null;
  subtitle?: string | null;
  source?: string | null;
  /** `null` when the report has no dateline at all. */
  dateline?: null;
  month: number | null;
  day: number | null;
  timeOfDay: string | null;
  reporters: string[];
  correspondents: string[];
  photographers?: string[];
  layout?: string;
  paragraphs?: number;
}

/** Every fixture of the corpus: its file name, text and expected reports. */
export function realCopyCases(): Array<{ name: string; text: string; expected: ExpectedReport[] }> {
  const expected = JSON.parse(readFileSync(join(REAL_COPY_DIR, 'expected.json'), 'utf8')) as Record<
    string,
    ExpectedReport[]
  >;
  const files = readdirSync(REAL_COPY_DIR).filter((f) => f.endsWith('.txt'));
  for (const f of files) if (!expected[f]) throw new Error(`${f} has no expectations in expected.json`);
  return files.map((name) => ({
    name,
    text: readFileSync(join(REAL_COPY_DIR, name), 'utf8'),
    expected: expected[name]!,
  }));
}

/** Full-width marks and their ASCII forms, as copy typed on a Latin keyboard has them. */
const HALF: Readonly<Record<string, string>> = {
  '，': ',',
  '：': ':',
  '；': ';',
  '（': '(',
  '）': ')',
  '！': '!',
  '？': '?',
};

/** The same copy in half-width (ASCII) punctuation: ，：；（）！？ → , : ; ( ) ! ?. */
export function toHalfWidth(text: string): string {
  return text.replace(/[，：；（）！？]/gu, (c) => HALF[c]!);
}

/** The fields compared for accuracy, per report. */
export const FIELDS = ['found', 'title', 'date', 'timeOfDay', 'reporters', 'correspondents', 'photographers'] as const;

/** One field's comparison. */
export type Field = (typeof FIELDS)[number];

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Compares what the parser found with what was expected, report by report in
 * order: per field, how many were right, and the differences for reading. A
 * report missing (fewer found) counts wrong in every field; extra reports
 * count against `found`.
 */
export function scoreCase(
  text: string,
  expected: readonly ExpectedReport[],
  half = false,
): { right: Record<Field, number>; total: Record<Field, number>; diffs: string[]; reports: ParsedReport[] } {
  const { reports } = parseReports(text);
  const right = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const total = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const diffs: string[] = [];
  const norm = (s: string | null | undefined) => (s === null || s === undefined ? s : half ? toHalfWidth(s) : s);
  expected.forEach((e, i) => {
    const r = reports[i];
    const checks: Array<[Field, boolean, unknown, unknown]> = [
      ['found', r !== undefined, true, r !== undefined],
      ['title', r !== undefined && r.title === norm(e.title), norm(e.title), r?.title],
      [
        'date',
        r !== undefined && (r.dateline?.month ?? null) === e.month && (r.dateline?.day ?? null) === e.day,
        `${e.month}/${e.day}`,
        `${r?.dateline?.month ?? null}/${r?.dateline?.day ?? null}`,
      ],
      [
        'timeOfDay',
        r !== undefined && (r.dateline?.timeOfDay ?? null) === e.timeOfDay,
        e.timeOfDay,
        r?.dateline?.timeOfDay,
      ],
      ['reporters', r !== undefined && same(r.byline.reporters, e.reporters), e.reporters, r?.byline.reporters],
      [
        'correspondents',
        r !== undefined && same(r.byline.correspondents, e.correspondents),
        e.correspondents,
        r?.byline.correspondents,
      ],
    ];
    if (e.photographers)
      checks.push([
        'photographers',
        r !== undefined && same(r.byline.photographers, e.photographers),
        e.photographers,
        r?.byline.photographers,
      ]);
    for (const [field, ok, want, got] of checks) {
      total[field]++;
      if (ok) right[field]++;
      else diffs.push(`report ${i + 1} ${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    }
  });
  if (reports.length > expected.length) {
    total.found += reports.length - expected.length;
    diffs.push(
      `${reports.length - expected.length} extra report(s): ${reports
        .slice(expected.length)
        .map((r) => r.title)
        .join(' / ')}`,
    );
  }
  return { right, total, diffs, reports };
}
