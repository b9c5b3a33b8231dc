import { isRealDate } from '../model/date';
import {
  PERSON_CATEGORIES,
  PersonInputSchema,
  overlapProblem,
  type Person,
  type PersonCategory,
  type PersonInput,
  type TitlePeriod,
} from './model';

/** The columns of a directory CSV file, in order. */
export const DIRECTORY_CSV_COLUMNS = ['姓名', '类别', '职务', '单位', '排序', '起始日期', '截止日期'] as const;

/** A problem with one line of an imported CSV file. */
export interface CsvLineError {
  /** 1-based line number in the file, as Excel and WPS show it. */
  line: number;
  message: string;
}

/** The result of reading a directory CSV: the people, or the errors (never both). */
export type DirectoryCsvResult = { ok: true; people: PersonInput[] } | { ok: false; errors: CsvLineError[] };

/** Most rows a directory file may have. */
export const MAX_DIRECTORY_ROWS = 20_000;

/** CSV text split into rows of fields, with what made the text unreadable as CSV (line numbers as Excel and WPS show them). */
export interface CsvRows {
  rows: Array<{ line: number; fields: string[] }>;
  errors: CsvLineError[];
}

/**
 * Splits CSV text into rows of fields (RFC 4180 quoting), each with the line
 * it starts on. A quoted field that is never closed, or a closing quote
 * followed by more text in the same field, is an error: read on, such a quote
 * swallows every row after it into one cell, and the import would report
 * success with most of the file gone.
 */
export function parseCsvRows(text: string): CsvRows {
  const rows: Array<{ line: number; fields: string[] }> = [];
  const errors: CsvLineError[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let closed = false;
  let quoteLine = 1;
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = () => {
    fields.push(field);
    if (fields.some((f) => f.trim() !== '')) rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
    closed = false;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        closed = true;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field.trim() === '' && !closed) {
      quoted = true;
      quoteLine = line;
      field = '';
    } else if (c === ',') {
      fields.push(field);
      field = '';
      closed = false;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      if (closed && c.trim() !== '' && !errors.some((e) => e.line === line))
        errors.push({ line, message: '引号不成对：一格的右引号后面还有文字（格中的引号应写成两个 ""）' });
      field += c;
    }
    i++;
  }
  if (quoted)
    errors.push({
      line: quoteLine,
      message: '引号没有闭合：从这里起到文件末尾都会被读成一格，请检查这一行的引号',
    });
  if (field !== '' || fields.length > 0) endRow();
  return { rows, errors };
}

/**
 * A date cell as YYYY-MM-DD, from what spreadsheets write: 2020-03-18,
 * 2020/3/18, 2020.3.18, 2020年3月18日. Empty is null; anything else is an error.
 */
export function parseCsvDate(cell: string): { ok: true; value: string | null } | { ok: false } {
  const text = cell.trim();
  if (text === '') return { ok: true, value: null };
  const m = /^(\d{4})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})\s*日?$/.exec(text);
  if (!m) return { ok: false };
  const value = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isRealDate(value) ? { ok: true, value } : { ok: false };
}

/** A spreadsheet may take a cell starting with = + - @ as a formula; such cells are written with a leading '. */
function protectCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function unprotectCell(value: string): string {
  return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}

/** The key that identifies a person across rows and imports: name and organisation. */
export function personKey(person: Pick<PersonInput, 'name' | 'organisation'>): string {
  return `${person.name}\u0000${person.organisation}`;
}

/**
 * Reads a directory CSV (columns 姓名,类别,职务,单位,排序,起始日期,截止日期 in
 * any order, found by the header row), one row per person and period. Rows
 * of the same 姓名 and 单位 are one person. Every bad row is reported with its
 * line number, and then no person is returned: an import is all or nothing.
 */
export function parseDirectoryCsv(text: string): DirectoryCsvResult {
  const { rows, errors: syntax } = parseCsvRows(text.replace(/^\uFEFF/, ''));
  if (syntax.length > 0) return { ok: false, errors: syntax };
  if (rows.length === 0) return { ok: false, errors: [{ line: 1, message: '文件是空的，没有人员' }] };
  const header = rows[0]!;
  const columns = header.fields.map((f) => f.trim());
  const at = Object.fromEntries(DIRECTORY_CSV_COLUMNS.map((name) => [name, columns.indexOf(name)])) as Record<
    (typeof DIRECTORY_CSV_COLUMNS)[number],
    number
  >;
  const missing = (['姓名', '类别'] as const).filter((c) => at[c] < 0);
  if (missing.length > 0) {
    return {
      ok: false,
      errors: [
        {
          line: header.line,
          message: `第一行应为表头（${DIRECTORY_CSV_COLUMNS.join(',')}），缺少“${missing.join('”“')}”列`,
        },
      ],
    };
  }
  if (rows.length - 1 > MAX_DIRECTORY_ROWS) {
    return {
      ok: false,
      errors: [{ line: 1, message: `行数太多（${rows.length - 1} 行），最多 ${MAX_DIRECTORY_ROWS} 行` }],
    };
  }
  const errors: CsvLineError[] = [];
  const people = new Map<string, { input: PersonInput; lines: number[] }>();
  for (const { line, fields } of rows.slice(1)) {
    const cell = (column: (typeof DIRECTORY_CSV_COLUMNS)[number]) =>
      at[column] >= 0 ? unprotectCell((fields[at[column]] ?? '').trim()) : '';
    const problems: string[] = [];
    const name = cell('姓名').replace(/\s+/g, '');
    const category = cell('类别');
    if (!PERSON_CATEGORIES.includes(category as PersonCategory))
      problems.push(`类别“${category}”无效（应为 ${PERSON_CATEGORIES.join('、')}）`);
    const rankText = cell('排序');
    const rank = rankText === '' ? null : /^\d{1,5}$/.test(rankText) ? Number(rankText) : NaN;
    if (rank !== null && !(Number.isInteger(rank) && rank >= 0 && rank <= 99_999))
      problems.push(`排序“${rankText}”应为不大于 99999 的整数`);
    const from = parseCsvDate(cell('起始日期'));
    const to = parseCsvDate(cell('截止日期'));
    if (!from.ok) problems.push(`起始日期“${cell('起始日期')}”无效（应写成 2020-03-18）`);
    if (!to.ok) problems.push(`截止日期“${cell('截止日期')}”无效（应写成 2020-03-18）`);
    const title = cell('职务');
    const organisation = cell('单位');
    const period: TitlePeriod | null =
      from.ok && to.ok && (title !== '' || rank !== null || from.value !== null || to.value !== null)
        ? { title, rank, from: from.value, to: to.value }
        : null;
    const key = personKey({ name, organisation });
    const known = people.get(key);
    const input: PersonInput = known
      ? { ...known.input, periods: period ? [...known.input.periods, period] : known.input.periods }
      : { name, category: category as PersonCategory, organisation, periods: period ? [period] : [] };
    if (known && known.input.category !== category && problems.length === 0)
      problems.push(`类别“${category}”与第 ${known.lines[0]} 行同一人的“${known.input.category}”不一致`);
    if (problems.length === 0) {
      const parsed = PersonInputSchema.safeParse(input);
      if (!parsed.success) {
        const overlap = overlapProblem(input.periods);
        problems.push(
          overlap
            ? `${overlap}（与第 ${known?.lines.join('、')} 行）`
            : parsed.error.issues.map((issue) => issue.message).join('；'),
        );
      }
    }
    if (problems.length > 0) {
      errors.push({ line, message: `${name || '（无姓名）'}：${problems.join('；')}` });
      continue;
    }
    people.set(key, { input, lines: [...(known?.lines ?? []), line] });
  }
  if (errors.length > 0) return { ok: false, errors };
  if (people.size === 0) return { ok: false, errors: [{ line: 2, message: '表头之后没有人员' }] };
  return { ok: true, people: [...people.values()].map((p) => p.input) };
}

/** The directory as CSV for Excel or WPS: UTF-8 with a byte-order mark, CRLF line ends, one row per person and period. */
export function directoryToCsv(people: readonly Person[]): string {
  const lines = [DIRECTORY_CSV_COLUMNS.join(',')];
  for (const person of people) {
    const periods = [...person.periods].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
    const rows = periods.length > 0 ? periods : [null];
    for (const period of rows) {
      lines.push(
        [
          person.name,
          person.category,
          period?.title ?? '',
          person.organisation,
          period?.rank === null || period === null ? '' : String(period.rank),
          period?.from ?? '',
          period?.to ?? '',
        ]
          .map(protectCell)
          .join(','),
      );
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * The Chinese message for a failed CSV import: every bad line (the first 30),
 * and that nothing was imported. `file` and `item` name what was imported
 * (人员表 / 人员, 词表 / 词语).
 */
export function csvErrorsMessage(errors: readonly CsvLineError[], file = '人员表', item = '人员'): string {
  const shown = errors.slice(0, 30).map((e) => `第 ${e.line} 行：${e.message}`);
  const more = errors.length > 30 ? [`……另有 ${errors.length - 30} 处问题`] : [];
  return [`${file}有 ${errors.length} 处问题，未导入任何${item}：`, ...shown, ...more].join('\n');
}
