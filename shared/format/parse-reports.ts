import type { BodyBlock, Byline } from '../model/article';
import { emptyBylineNames, isEmptyByline, mergeBylineNames, parseBylineText, type BylineNames } from './byline-text';

/** A run of text in a source line, with bold kept (Word files). */
export interface SourceLeaf {
  text: string;
  bold?: boolean;
}

/** One line (paragraph) of the source: plain text, or a Word paragraph with its runs and whether it was a heading. */
export interface SourceLine {
  text: string;
  leaves?: SourceLeaf[];
  heading?: boolean;
}

/** A dateline as found in a lead: `本报讯 3月18日上午，` and its variants. */
export interface ParsedDateline {
  /** 本报讯, 本网讯, or the whole 电 formula (本报北京3月18日电). */
  source: string;
  year: number | null;
  month: number | null;
  day: number | null;
  /** 上午, 下午, … when written. */
  timeOfDay: string | null;
  /** A relative day (近日, 昨日, 日前, …) written instead of a date. */
  relative: string | null;
  /** The lead's text up to and including the dateline's comma, exactly as in the source. */
  prefix: string;
}

/** A report recognised in the source. */
export interface ParsedReport {
  kicker: string | null;
  title: string;
  subtitle: string | null;
  dateline: ParsedDateline | null;
  /** Body paragraphs after joining broken lines; the lead without its dateline prefix; no byline. */
  paragraphs: BodyBlock[];
  byline: Byline;
  /** The source lines (0-based, end exclusive) the report was read from, for showing beside it. */
  lines: { start: number; end: number };
}

/** What the parser found in a source. */
export interface ParseResult {
  reports: ParsedReport[];
  /** The page's own date (from a header such as `2020年3月20日 星期五`), if any. */
  pageDate: { year: number; month: number; day: number } | null;
  /** Page furniture dropped: 版次 headers, jump lines, 责任编辑 lines. */
  dropped: string[];
}

/** The message shown when no report can be recognised. */
export const NO_REPORT_MESSAGE =
  '没有识别出稿件：找不到电头（如“本报讯 3月18日上午，”），也没有“标题 + 正文”的结构。请检查内容，或直接新建稿件后粘贴正文。';

/** Marks that end a sentence or a paragraph: a line ending otherwise was broken in the middle. */
const PARAGRAPH_END = /[。！？!?…；;：:”’」』）)》】]$/u;

/** Marks that show a line is not a headline (headlines end without them). */
const NOT_HEADLINE_END = /[。，、；：,;:]$/u;

const FURNITURE: RegExp[] = [
  /^第?\s*[0-9０-９]{1,3}\s*版\s*(?:[:：].*)?$/u, // 第06版:区街新闻
  /^[（(]?\s*(?:上接|下转|转|接)第?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版\s*[）)]?$/u, // 下转六版
  /^(?:责任编辑|责编|美编|校对|编辑|版式设计|组版)\s*[:：]/u, // 责任编辑：…
];

const PAGE_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s*农历.*)?$/u;

const LEAD_SOURCE = /^(?:本报讯|本网讯|本台讯|本刊讯|(?:本报|本网)[\p{Script=Han}0-9]{0,12}?电)/u;
const RELATIVE_DAYS = /^(?:近日|日前|昨日|昨天|今日|今天|近期|连日来|前不久|当天|当日|本周|上周|上月|近来)/u;
const TIMES = /^(?:凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|晚间|夜间)/u;

/** The characters of a headline line, normalised only for whitespace. */
function squash(text: string): string {
  return text.replace(/[\s\u3000]+/gu, ' ').trim();
}

/**
 * Reads the dateline at the start of a lead, or null when the line is not a
 * lead. Returns the byline named inside it too (`本报讯（记者 X 通讯员 Y）`,
 * `本报讯 记者 X 报道`).
 */
export function parseLead(line: string): { dateline: ParsedDateline; byline: BylineNames | null } | null {
  const source = LEAD_SOURCE.exec(line);
  if (!source) return null;
  let at = source[0].length;
  const rest = () => line.slice(at);
  const take = (re: RegExp) => {
    const m = re.exec(rest());
    if (m) at += m[0].length;
    return m;
  };
  let byline: BylineNames | null = null;
  take(/^[\s\u3000]*/u);
  const paren = take(/^[（(]([^（）()]{1,40})[）)]/u);
  if (paren) byline = parseBylineText(paren[1]!);
  take(/^[\s\u3000]*/u);
  const reported =
    /^((?:记者|通讯员)[\s\u3000]*[\p{Script=Han}][\p{Script=Han}\s\u3000]{0,20}?)[\s\u3000]*报道[\s\u3000]*[:：]?/u.exec(
      rest(),
    );
  if (reported) {
    const names = parseBylineText(reported[1]!);
    if (names) {
      byline = mergeBylineNames(byline ?? emptyBylineNames(), names);
      at += reported[0].length;
      take(/^[\s\u3000]*/u);
    }
  }
  const inSource = /(\d{1,2})月(\d{1,2})日/u.exec(source[0]);
  // Without a date or a comma, the prefix is the source and what stands in brackets after it.
  const beforeDate = at;
  const year = take(/^(\d{4})年/u);
  const date = take(/^(\d{1,2})月(\d{1,2})日/u);
  const relative = date ? null : take(RELATIVE_DAYS);
  const time = take(TIMES);
  take(/^[\s\u3000]*/u);
  const comma = take(/^[，,]/u);
  const end = comma || date || relative ? at : beforeDate;
  const dateParts = date ?? inSource;
  return {
    dateline: {
      source: source[0],
      year: year ? Number(year[1]) : null,
      month: dateParts ? Number(dateParts[1]) : null,
      day: dateParts ? Number(dateParts[2]) : null,
      timeOfDay: time ? time[0] : null,
      relative: relative ? relative[0] : null,
      prefix: line.slice(0, end),
    },
    byline,
  };
}

/** Splits a title line into title and subtitle at the first space after a real title (six characters or more). */
export function splitTitleLine(line: string): { title: string; subtitle: string | null } {
  const text = squash(line);
  let from = 0;
  for (;;) {
    const space = text.indexOf(' ', from);
    if (space < 0) return { title: text, subtitle: null };
    if (space >= 6) return { title: text.slice(0, space), subtitle: text.slice(space + 1) };
    from = space + 1;
  }
}

/** Kicker, title and subtitle from the headline lines above a lead (one to three). */
function headline(lines: readonly string[]): Pick<ParsedReport, 'kicker' | 'title' | 'subtitle'> {
  if (lines.length === 0) return { kicker: null, title: '', subtitle: null };
  if (lines.length === 1) return { kicker: null, ...splitTitleLine(lines[0]!) };
  if (lines.length === 2) {
    // A second line opening with a dash is a subtitle; otherwise the first line is a kicker.
    if (/^[—-]/u.test(lines[1]!)) return { kicker: null, title: squash(lines[0]!), subtitle: squash(lines[1]!) };
    return { kicker: squash(lines[0]!), ...splitTitleLine(lines[1]!) };
  }
  return { kicker: squash(lines[0]!), title: squash(lines[1]!), subtitle: squash(lines[2]!) };
}

interface Line {
  index: number;
  text: string;
  leaves: SourceLeaf[];
  heading: boolean;
  kind: 'lead' | 'byline' | 'caption' | 'text';
  byline: BylineNames | null;
}

function leavesOf(line: SourceLine, text: string): SourceLeaf[] {
  if (!line.leaves || line.leaves.length === 0) return [{ text }];
  // Trim the runs the way the text was trimmed.
  const out = line.leaves.map((l) => ({ ...l }));
  out[0]!.text = out[0]!.text.replace(/^[\s\u3000]+/u, '');
  out[out.length - 1]!.text = out[out.length - 1]!.text.replace(/[\s\u3000]+$/u, '');
  return out.filter((l) => l.text !== '');
}

/** A body block from runs of text, neighbouring runs with the same weight merged. */
function block(type: 'paragraph' | 'subheading', leaves: readonly SourceLeaf[]): BodyBlock {
  const children: Array<{ text: string; bold?: boolean }> = [];
  for (const leaf of leaves) {
    if (leaf.text === '') continue;
    const last = children.at(-1);
    if (last && Boolean(last.bold) === Boolean(leaf.bold)) last.text += leaf.text;
    else children.push(leaf.bold ? { text: leaf.text, bold: true } : { text: leaf.text });
  }
  return { type, children: children.length > 0 ? children : [{ text: '' }] };
}

/** Drops the first `count` characters from runs. */
function dropStart(leaves: readonly SourceLeaf[], count: number): SourceLeaf[] {
  let left = count;
  const out: SourceLeaf[] = [];
  for (const leaf of leaves) {
    if (left >= leaf.text.length) {
      left -= leaf.text.length;
      continue;
    }
    out.push({ ...leaf, text: leaf.text.slice(left) });
    left = 0;
  }
  return out;
}

/** Keeps the first `count` characters of runs. */
function keepStart(leaves: readonly SourceLeaf[], count: number): SourceLeaf[] {
  let left = count;
  const out: SourceLeaf[] = [];
  for (const leaf of leaves) {
    if (left <= 0) break;
    out.push({ ...leaf, text: leaf.text.slice(0, left) });
    left -= leaf.text.length;
  }
  return out;
}

/** A byline glued to the end of a paragraph (`…防范应对。记者 张改华`): where it starts and who it names. */
export function gluedByline(text: string): { at: number; names: BylineNames } | null {
  for (let i = text.length - 2; i >= 0 && text.length - i <= 80; i--) {
    if (!/[。！？!?…”）)]/u.test(text[i]!)) continue;
    const names = parseBylineText(text.slice(i + 1));
    if (names) return { at: i + 1, names };
  }
  return null;
}

/** True for a short line that opens a numbered section (一、 （二） 3.): a 小标题 of the body. */
function isSubheading(text: string): boolean {
  return (
    text.length <= 30 &&
    /^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、．.])/u.test(text)
  );
}

/**
 * Body lines into paragraphs: a line that does not end a sentence runs on into
 * the next one (PDF extraction breaks paragraphs, even in the middle of a word:
 * `中` + `原区…` is 中原区), except a short numbered line, which is a 小标题, or
 * a Word heading. ▲ photo captions stand as paragraphs of their own.
 */
function paragraphs(lines: readonly Line[]): BodyBlock[] {
  const out: BodyBlock[] = [];
  let open: SourceLeaf[] | null = null;
  let openText = '';
  const close = () => {
    if (open) out.push(block('paragraph', open));
    open = null;
    openText = '';
  };
  for (const line of lines) {
    if (
      line.kind === 'caption' ||
      line.heading ||
      (open === null && isSubheading(line.text) && !PARAGRAPH_END.test(line.text))
    ) {
      close();
      out.push(block(line.kind === 'caption' ? 'paragraph' : 'subheading', line.leaves));
      continue;
    }
    if (open) {
      open = [...open, ...line.leaves];
      openText += line.text;
    } else {
      open = [...line.leaves];
      openText = line.text;
    }
    if (PARAGRAPH_END.test(openText)) close();
  }
  close();
  return out;
}

/** The byline layout from how it stood: own lines (one role a line or all on one), or glued to the last sentence. */
function bylineOf(names: BylineNames, layout: Byline['layout']): Byline {
  return { ...names, layout };
}

/** Source lines from plain text: one per line, trimmed, a byte-order mark dropped. */
export function textToSourceLines(text: string): SourceLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((t) => ({ text: t }));
}

/**
 * Recognises the reports in pasted or opened copy: several reports run
 * together (a page as text), each with its kicker, title and subtitle, the
 * dateline of its lead, its body (lines broken by PDF extraction joined
 * again), and its byline at the end, on its own lines, glued to the last
 * sentence, or in brackets, or named in the dateline. Page furniture (版次
 * headers, jump lines, 责任编辑) is dropped; ▲ photo captions are kept as
 * paragraphs. The source's characters are kept as they are: slips are left
 * for the proofreader; only broken lines are joined and whitespace trimmed.
 */
export function parseReports(input: string | readonly SourceLine[]): ParseResult {
  const source = typeof input === 'string' ? textToSourceLines(input) : input;
  const dropped: string[] = [];
  let pageDate: ParseResult['pageDate'] = null;
  const lines: Line[] = [];
  source.forEach((raw, index) => {
    const text = raw.text.replace(/^[\s\u3000\uFEFF]+|[\s\u3000]+$/gu, '');
    if (text === '') return;
    const date = PAGE_DATE.exec(text);
    if (date) {
      pageDate ??= { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) };
      dropped.push(text);
      return;
    }
    if (FURNITURE.some((re) => re.test(text))) {
      dropped.push(text);
      return;
    }
    const lead = LEAD_SOURCE.test(text) ? parseLead(text) : null;
    const byline = lead ? null : parseBylineText(text);
    lines.push({
      index,
      text,
      leaves: leavesOf(raw, text),
      heading: Boolean(raw.heading),
      kind: lead ? 'lead' : byline ? 'byline' : /^▲/u.test(text) ? 'caption' : 'text',
      byline,
    });
  });

  const leads = lines.flatMap((l, i) => (l.kind === 'lead' ? [i] : []));
  if (leads.length === 0) return { reports: singleReport(lines), pageDate, dropped };

  // Each report's headline: up to three short lines right above its lead that do not end a sentence.
  const starts = leads.map((lead, k) => {
    const floor = k === 0 ? 0 : leads[k - 1]! + 1;
    let start = lead;
    while (
      start - 1 >= floor &&
      lead - (start - 1) <= 3 &&
      lines[start - 1]!.kind === 'text' &&
      lines[start - 1]!.text.length <= 64 &&
      !NOT_HEADLINE_END.test(lines[start - 1]!.text)
    )
      start--;
    return start;
  });
  // Text before the first report (a covering note, say) is not part of any report.
  for (const line of lines.slice(0, starts[0])) dropped.push(line.text);

  const reports = leads.map((lead, k) => {
    const end = k + 1 < leads.length ? starts[k + 1]! : lines.length;
    return readReport(
      lines.slice(starts[k]!, lead),
      lines.slice(lead, end),
      lines[starts[k]!]!.index,
      end < lines.length ? lines[end]!.index : source.length,
    );
  });
  return { reports, pageDate, dropped };
}

/** One report from its headline lines and its body lines (lead first). */
function readReport(head: readonly Line[], body: readonly Line[], start: number, end: number): ParsedReport {
  const leadLine = body[0]!;
  const lead = parseLead(leadLine.text)!;
  let names = lead.byline ?? emptyBylineNames();
  let layout: Byline['layout'] = 'lines';
  // Byline lines at the end, then a byline glued to the last sentence.
  let last = body.length;
  while (last > 1 && body[last - 1]!.kind === 'byline') last--;
  const bylineLines = body.slice(last);
  for (const line of bylineLines) names = mergeBylineNames(names, line.byline!);
  if (bylineLines.length === 1 && Object.values(bylineLines[0]!.byline!).filter((l) => l.length > 0).length > 1)
    layout = 'inline';
  let text = body.slice(0, last).map((l) => ({ ...l }));
  if (bylineLines.length === 0 && text.length > 0) {
    const tail = text[text.length - 1]!;
    const glued = gluedByline(tail.text);
    if (glued) {
      names = mergeBylineNames(names, glued.names);
      layout = 'glued';
      text[text.length - 1] = { ...tail, text: tail.text.slice(0, glued.at), leaves: keepStart(tail.leaves, glued.at) };
    }
  }
  // The lead without its dateline prefix.
  const prefix = lead.dateline.prefix.length;
  text[0] = {
    ...leadLine,
    kind: 'text',
    text: leadLine.text.slice(prefix).replace(/^[\s\u3000]+/u, ''),
    leaves: dropStart(
      leadLine.leaves,
      prefix + (leadLine.text.slice(prefix).length - leadLine.text.slice(prefix).replace(/^[\s\u3000]+/u, '').length),
    ),
  };
  text = text.filter((l) => l.text !== '');
  return {
    ...headline(head.map((l) => l.text)),
    dateline: lead.dateline,
    paragraphs: paragraphs(text),
    byline: bylineOf(names, isEmptyByline(names) ? 'auto' : layout),
    lines: { start, end },
  };
}

/**
 * Copy without a dateline: one report when it has the shape of one (a short
 * first line without sentence punctuation, then at least one sentence).
 */
function singleReport(lines: readonly Line[]): ParsedReport[] {
  const first = lines[0];
  if (!first || first.kind !== 'text' || first.text.length > 64 || NOT_HEADLINE_END.test(first.text)) return [];
  const bodyLines = lines.slice(1);
  if (!bodyLines.some((l) => /[。！？!?]/u.test(l.text))) return [];
  let last = bodyLines.length;
  while (last > 1 && bodyLines[last - 1]!.kind === 'byline') last--;
  let names = emptyBylineNames();
  for (const line of bodyLines.slice(last)) names = mergeBylineNames(names, line.byline!);
  const text = bodyLines.slice(0, last).map((l) => ({ ...l }));
  let layout: Byline['layout'] = 'lines';
  const tail = text.at(-1);
  const glued = tail && last === bodyLines.length ? gluedByline(tail.text) : null;
  if (tail && glued) {
    names = mergeBylineNames(names, glued.names);
    layout = 'glued';
    text[text.length - 1] = { ...tail, text: tail.text.slice(0, glued.at), leaves: keepStart(tail.leaves, glued.at) };
  }
  return [
    {
      ...headline([first.text]),
      dateline: null,
      paragraphs: paragraphs(text.filter((l) => l.text !== '')),
      byline: bylineOf(names, isEmptyByline(names) ? 'auto' : layout),
      lines: { start: first.index, end: (lines.at(-1)?.index ?? first.index) + 1 },
    },
  ];
}
