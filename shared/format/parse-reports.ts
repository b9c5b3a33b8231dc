import type { BodyBlock, Byline } from '../model/article';
import { emptyBylineNames, mergeBylineNames } from './byline-text';
import { parseLead, type ParsedDateline } from './dateline';
import { headlineOf, type Headline } from './headline';
import { dropStart, paragraphs, reportByline } from './report-body';
import {
  endsParagraph,
  isBesideLead,
  isColumnLabel,
  isHeadlineLike,
  PHOTO_MARK,
  sourceLines,
  textToSourceLines,
  type Line,
  type PageDate,
  type SourceLine,
} from './report-lines';

export { parseLead, type ParsedDateline } from './dateline';
export { splitTitleLine } from './headline';
export { gluedByline } from './byline-text';
export { textToSourceLines, type SourceLeaf, type SourceLine } from './report-lines';

/** A report recognised in the source. */
export interface ParsedReport extends Headline {
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
  pageDate: PageDate;
  /** Page and web furniture dropped: 版次 headers, jump lines, 责任编辑 lines, CMS lines, navigation. */
  dropped: string[];
}

/** The message shown when no report can be recognised. */
export const NO_REPORT_MESSAGE =
  '没有识别出稿件：找不到电头（如“本报讯 3月18日上午，”），也没有“标题 + 正文”的结构。请检查内容，或直接新建稿件后粘贴正文。';

/**
 * Marks where reports begin without a source: a line opening with a date,
 * its part of the day and a comma (`3月18日下午，区委…`, `▲3月21日，…`), at
 * the top or under a headline (with a byline or a photo caption between);
 * and, without any date, a body line under a headline and a byline line
 * (标题 / 本报见习记者 X / 近年来，…). A headline counts when it follows
 * the end of a paragraph, a byline or the top.
 */
function markOpenings(lines: Line[]): void {
  const headlineAt = (at: number) =>
    isHeadlineLike(lines[at], 48) &&
    (at === 0 ||
      ((prev) => prev.kind !== 'text' || endsParagraph(prev.text) || isHeadlineLike(prev, 48))(lines[at - 1]!));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== 'text' && line.kind !== 'caption') continue;
    let above = i - 1;
    let bylines = 0;
    while (above >= 0 && isBesideLead(lines[above]) && i - above <= 2) {
      if (lines[above]!.kind === 'byline') bylines++;
      above--;
    }
    const atTop = above < 0 && i - above <= 2;
    if (!atTop && !headlineAt(above)) continue;
    const mark = PHOTO_MARK.exec(line.text)?.[0] ?? '';
    const lead = /^[\d０-９今去前]/u.test(line.text.slice(mark.length))
      ? parseLead(line.text.slice(mark.length), { sourceless: true })
      : null;
    if (lead && (/[,，]$/u.test(lead.dateline.prefix) || lead.dateline.timeOfDay !== null)) {
      line.kind = 'lead';
      line.lead = { ...lead, dateline: { ...lead.dateline, prefix: mark + lead.dateline.prefix } };
    } else if (bylines > 0 && !atTop && line.kind === 'text' && !isHeadlineLike(line)) {
      line.kind = 'lead';
      line.lead = null;
    }
  }
}

/**
 * Recognises the reports in pasted or opened copy: several reports run
 * together (a page as text), each with its kicker, title and subtitle, the
 * dateline of its lead (with or without a source), its body (lines broken by
 * PDF extraction joined again), and its byline: at the end on its own lines,
 * glued to the last sentence, in brackets, named in the dateline, or on a
 * line between headline and lead; photo credits add photographers. Page and
 * web furniture (版次 headers, jump lines, 责任编辑, CMS lines, navigation,
 * leftover HTML) is dropped; ▲ photo captions are kept as paragraphs. The
 * source's characters are kept as they are: slips are left for the
 * proofreader; only broken lines are joined and whitespace trimmed.
 */
export function parseReports(input: string | readonly SourceLine[]): ParseResult {
  const source = typeof input === 'string' ? textToSourceLines(input) : input;
  const dropped: string[] = [];
  const { lines, pageDate } = sourceLines(source, dropped);
  const heads = reportHeads(lines);
  if (heads.length === 0) return { reports: singleReport(lines, source.length, dropped), pageDate, dropped };

  const leads = heads.map((h) => h.lead);
  const starts = heads.map((h) => h.start);
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

/**
 * Where the reports in classified lines begin (`start`: their headline, or
 * a byline under it) and where their leads stand: leads by their dateline,
 * and those without a source found by markOpenings, which sets their kind.
 * The proofreader reads house-format text into blocks with it.
 */
export function reportHeads(lines: Line[]): Array<{ start: number; lead: number }> {
  markOpenings(lines);
  const leads = lines.flatMap((l, i) => (l.kind === 'lead' ? [i] : []));
  return leads.map((lead, k) => ({ start: headStart(lines, lead, k === 0 ? 0 : leads[k - 1]! + 1), lead }));
}

/**
 * In copy without a lead: the line of its first sentence and the headline
 * lines above it (up to three), or null when it does not have the shape of
 * a report (no headline above, or no sentence below).
 */
export function leadlessHead(lines: readonly Line[]): { firstSentence: number; headlines: number[] } | null {
  const firstSentence = lines.findIndex((l) => l.kind !== 'byline' && !isHeadlineLike(l));
  if (firstSentence <= 0) return null;
  const headlines = lines
    .slice(0, firstSentence)
    .flatMap((l, i) => (l.kind === 'text' ? [i] : []))
    .slice(-3);
  if (headlines.length === 0 || !lines.slice(firstSentence).some((l) => /[。！？!?]/u.test(l.text))) return null;
  return { firstSentence, headlines };
}

/**
 * Where a report's headline begins above its lead: a byline line right under
 * the headline (标题 / 记者 X / 本报讯 …), and up to three short lines that
 * do not end a sentence.
 */
function headStart(lines: readonly Line[], lead: number, floor: number): number {
  let start = lead;
  while (start - 1 >= floor && lead - (start - 1) <= 2 && isBesideLead(lines[start - 1])) start--;
  // A byline above the lead is the previous report's unless a headline stands over it or it opens the copy.
  if (start < lead && start > 0 && !(start - 1 >= floor && isHeadlineLike(lines[start - 1]))) start = lead;
  const headTop = start;
  while (start - 1 >= floor && headTop - (start - 1) <= 3 && isHeadlineLike(lines[start - 1])) start--;
  return start;
}

/** A line that makes part of a body: text, or a picture. */
const hasContent = (line: Line) => line.text !== '' || line.kind === 'photo';

/** One report from its head lines (headline, and a byline under it) and its body lines (lead first). */
function readReport(head: readonly Line[], body: readonly Line[], start: number, end: number): ParsedReport {
  const leadLine = body[0]!;
  const lead = leadLine.lead;
  let names = lead?.byline ?? emptyBylineNames();
  const headlines = head.filter((l) => isHeadlineLike(l));
  const between = head.slice(headlines.length);
  for (const line of between) if (line.kind === 'byline') names = mergeBylineNames(names, line.byline!);
  // The lead without its dateline prefix; photo captions that stood above it follow it.
  const prefix = lead?.dateline.prefix.length ?? 0;
  const rest = leadLine.text.slice(prefix);
  const trimmed = rest.replace(/^[\s\u3000]+/u, '');
  const lines = [
    {
      ...leadLine,
      kind: 'text' as const,
      text: trimmed,
      leaves: dropStart(leadLine.leaves, prefix + rest.length - trimmed.length),
    },
    ...between
      .filter((l) => l.kind !== 'byline' && !isColumnLabel(l))
      .map((l) => (l.kind === 'photo' ? l : { ...l, kind: 'caption' as const })),
    ...body.slice(1),
  ];
  const { byline, body: text } = reportByline(names, lines, between);
  return {
    ...headlineOf(headlines.map((l) => l.text)),
    dateline: lead?.dateline ?? null,
    paragraphs: paragraphs(text.filter(hasContent)),
    byline,
    lines: { start, end },
  };
}

/**
 * Copy without a lead: one report when it has the shape of one (headline
 * lines without sentence punctuation, a byline line perhaps, then at least one
 * sentence). Short lines above the headline (a site's navigation) are dropped.
 */
function singleReport(lines: readonly Line[], sourceLength: number, dropped: string[]): ParsedReport[] {
  const head = leadlessHead(lines);
  if (!head) return [];
  const above = lines.slice(0, head.firstSentence);
  const headLines = head.headlines.map((i) => lines[i]!);
  for (const line of above.slice(0, head.headlines[0])) dropped.push(line.text);
  const bodyLines = lines.slice(head.firstSentence);
  let names = emptyBylineNames();
  for (const line of above.slice(head.headlines[0]))
    if (line.kind === 'byline') names = mergeBylineNames(names, line.byline!);
  const { byline, body } = reportByline(names, bodyLines);
  const first = headLines[0]!;
  return [
    {
      ...headlineOf(headLines.map((l) => l.text)),
      dateline: null,
      paragraphs: paragraphs(body.filter(hasContent)),
      byline,
      lines: { start: first.index, end: Math.min(sourceLength, (lines.at(-1)?.index ?? first.index) + 1) },
    },
  ];
}
