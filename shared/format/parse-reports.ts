import type { BodyBlock, Byline } from '../model/article';
import { emptyBylineNames, isEmptyByline, mergeBylineNames, parseBylineText, type BylineNames } from './byline-text';
import { parseLead, type ParsedDateline, type ParsedLead } from './dateline';
import { isFurniture, isStopLine, pageDateOf, withoutCmsTail, withoutJumpMarks } from './furniture';
import { headlineOf, repeatsHeadline, type Headline } from './headline';
import { htmlLines } from './html-leftovers';

export { parseLead, type ParsedDateline } from './dateline';
export { splitTitleLine } from './headline';

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
  pageDate: { year: number; month: number; day: number } | null;
  /** Page and web furniture dropped: 版次 headers, jump lines, 责任编辑 lines, CMS lines, navigation. */
  dropped: string[];
}

/** The message shown when no report can be recognised. */
export const NO_REPORT_MESSAGE =
  '没有识别出稿件：找不到电头（如“本报讯 3月18日上午，”），也没有“标题 + 正文”的结构。请检查内容，或直接新建稿件后粘贴正文。';

/** Marks that end a sentence or a paragraph: a line ending otherwise was broken in the middle. */
const PARAGRAPH_END = /[。！？!?…；;：:”’」』）)》】]$/u;

/** Marks that show a line is not a headline (headlines end without them). */
const NOT_HEADLINE_END = /[。，、；：,;:]$/u;

/** Longest line taken for a headline line. */
const HEADLINE_MAX = 64;

interface Line {
  index: number;
  text: string;
  leaves: SourceLeaf[];
  heading: boolean;
  kind: 'lead' | 'byline' | 'caption' | 'text';
  byline: BylineNames | null;
  /** Set on a lead with a dateline: the dateline and the byline named in it (a report may open without one). */
  lead: ParsedLead | null;
  /** True when the byline names several roles on one line (laid out `inline`). */
  inline: boolean;
}

/** A column's label alone in 【】 (【图片新闻】, 【编者按】): not a headline, and no text of the report above it. */
const isColumnLabel = (line: Line | undefined) => line !== undefined && /^【[^【】]{1,10}】$/u.test(line.text);

/** True for a line that may be a headline line: short, plain text, not ending like a sentence or a clause. */
const isHeadlineLike = (line: Line | undefined, max = HEADLINE_MAX) =>
  line !== undefined &&
  line.kind === 'text' &&
  line.text.length <= max &&
  /\p{Script=Han}.*\p{Script=Han}/u.test(line.text) &&
  !NOT_HEADLINE_END.test(line.text) &&
  // A full stop inside makes it a sentence; ？ and ！ may stand in a headline (他们在忙啥？请看…).
  !/[。]/u.test(line.text.slice(0, -1)) &&
  !isColumnLabel(line) &&
  !isSubheading(line.text);

function leavesOf(line: SourceLine, text: string): SourceLeaf[] {
  if (!line.leaves || line.leaves.length === 0) return [{ text }];
  // Trim the runs the way the text was trimmed.
  const out = line.leaves.map((l) => ({ ...l }));
  out[0]!.text = out[0]!.text.replace(/^[\s\u3000\uFEFF]+/u, '');
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

/**
 * A byline or photo credit run into the end of a paragraph (`…防范应对。记者
 * 张改华`, `…正在锄草。人民日报记者 刘新吾摄`, `…过程。（谢达成）`): where it
 * starts and who it names.
 */
export function gluedByline(text: string): { at: number; names: BylineNames } | null {
  if (!/[\p{Script=Han})）\]】]$/u.test(text)) return null;
  for (let i = text.length - 2; i >= 0 && text.length - i <= 80; i--) {
    if (!/[。！？!?…”）)]/u.test(text[i]!)) continue;
    const names = parseBylineText(text.slice(i + 1), { bareInBrackets: true });
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

/** True when a line ends its paragraph: a sentence mark, or a photo credit run into it (…现场。记者 张三 摄). */
function endsParagraph(text: string): boolean {
  return PARAGRAPH_END.test(text) || (/[摄图]$/u.test(text) && gluedByline(text) !== null);
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
    // A short line on its own between paragraphs (a caption such as 讨论会现场): a paragraph, not the start of the next.
    if (
      open === null &&
      line.text.length >= 4 &&
      line.text.length <= 15 &&
      !/[，。！？,!?；;：:]/u.test(line.text) &&
      !endsParagraph(line.text)
    ) {
      out.push(block('paragraph', line.leaves));
      continue;
    }
    if (open) {
      open = [...open, ...line.leaves];
      openText += line.text;
    } else {
      open = [...line.leaves];
      openText = line.text;
    }
    if (endsParagraph(openText)) close();
  }
  close();
  return out;
}

/** Source lines from plain text: one per line, trimmed, a byte-order mark dropped. */
export function textToSourceLines(text: string): SourceLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((t) => ({ text: t }));
}

/** Pinyin a converter wrote after characters it found ambiguous (`網(wǎng)`, `長(cháng)`): a tone mark in brackets after a Han character. */
const PINYIN_NOTE = /(?<=\p{Script=Han})\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/gu;

/** A line without pinyin notes. */
const withoutPinyinNotes = (text: string) => (text.includes('(') ? text.replace(PINYIN_NOTE, '') : text);

/** Image file names a web page left in the text (`_XHJ6297.jpg`). */
const IMAGE_NAME = /[\w\-.]*\.(?:jpe?g|png|gif|webp|bmp)\b/giu;

/**
 * The source's lines cleaned and classified: HTML leftovers read, furniture
 * and jump marks dropped (into `dropped`), the page's date taken, a web page's
 * title bar repeating the headline dropped, and what follows a list of other
 * stories dropped up to the next lead.
 */
function sourceLines(
  source: readonly SourceLine[],
  dropped: string[],
): { lines: Line[]; pageDate: ParseResult['pageDate'] } {
  let pageDate: ParseResult['pageDate'] = null;
  const lines: Line[] = [];
  let stopped = false;
  source.forEach((raw, index) => {
    const pieces = raw.leaves ? [raw.text] : (htmlLines(raw.text) ?? [raw.text]).map(withoutPinyinNotes);
    for (const piece of pieces) {
      let text = piece.replace(/^[\s\u3000\uFEFF]+|[\s\u3000]+$/gu, '');
      if (text === '') continue;
      const date = pageDateOf(text);
      if (date) {
        pageDate ??= date;
        dropped.push(text);
        continue;
      }
      if (isFurniture(text)) {
        dropped.push(text);
        continue;
      }
      const cms = raw.leaves ? null : withoutCmsTail(text);
      if (cms) {
        dropped.push(cms.tail);
        text = cms.text;
      }
      if (isStopLine(text)) {
        stopped = true;
        dropped.push(text);
        continue;
      }
      let leaves = leavesOf(raw.leaves ? raw : { text }, text);
      const jumps = withoutJumpMarks(text);
      if (jumps.marks.length > 0 || IMAGE_NAME.test(text)) {
        dropped.push(...jumps.marks);
        text = jumps.text
          .replace(IMAGE_NAME, '')
          .replace(/\s{2,}/gu, ' ')
          .trim();
        if (text === '') continue;
        leaves = raw.leaves
          ? leaves.map((l) => ({ ...l, text: withoutJumpMarks(l.text).text.replace(IMAGE_NAME, '') }))
          : [{ text }];
      }
      IMAGE_NAME.lastIndex = 0;
      const lead = parseLead(text);
      if (stopped) {
        dropped.push(text);
        continue;
      }
      const byline = lead || text.length > 80 ? null : parseBylineText(text, { bareInBrackets: true });
      lines.push({
        index,
        text,
        leaves,
        heading: Boolean(raw.heading),
        kind: lead ? 'lead' : byline ? 'byline' : /^▲/u.test(text) ? 'caption' : 'text',
        byline,
        lead,
        inline: byline !== null && Object.values(byline).filter((l) => l.length > 0).length > 1 && !/摄$/u.test(text),
      });
    }
  });
  // A web page's title bar above its headline.
  const kept = lines.filter((line, i) => {
    const next = lines[i + 1];
    const repeated =
      next !== undefined && line.kind === 'text' && next.kind === 'text' && repeatsHeadline(line.text, next.text);
    if (repeated) dropped.push(line.text);
    return !repeated;
  });
  return { lines: kept, pageDate };
}

/** True for a photo caption carrying its credit (`图为…。郑小雨/图`, `▲…（林雪 摄）`), or a credit line. */
function isCreditLine(line: Line | undefined): boolean {
  if (!line || line.kind === 'lead') return false;
  if (line.kind === 'byline') return line.byline!.photographers.length > 0;
  return /[摄图][)）]?$/u.test(line.text) && (gluedByline(line.text)?.names.photographers.length ?? 0) > 0;
}

/** Photo markers that may open a caption that is also the lead of a 图片新闻. */
const PHOTO_MARK = /^[▲△■●]\s*/u;

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
    while (
      above >= 0 &&
      (lines[above]!.kind === 'byline' || isCreditLine(lines[above]) || isColumnLabel(lines[above])) &&
      i - above <= 2
    ) {
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
  markOpenings(lines);

  const leads = lines.flatMap((l, i) => (l.kind === 'lead' ? [i] : []));
  if (leads.length === 0) return { reports: singleReport(lines, source.length, dropped), pageDate, dropped };

  const starts = leads.map((lead, k) => headStart(lines, lead, k === 0 ? 0 : leads[k - 1]! + 1));
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
 * Where a report's headline begins above its lead: a byline line right under
 * the headline (标题 / 记者 X / 本报讯 …), and up to three short lines that
 * do not end a sentence.
 */
function headStart(lines: readonly Line[], lead: number, floor: number): number {
  let start = lead;
  while (
    start - 1 >= floor &&
    lead - (start - 1) <= 2 &&
    (lines[start - 1]!.kind === 'byline' || isCreditLine(lines[start - 1]) || isColumnLabel(lines[start - 1]))
  )
    start--;
  // A byline above the lead is the previous report's unless a headline stands over it or it opens the copy.
  if (start < lead && start > 0 && !(start - 1 >= floor && isHeadlineLike(lines[start - 1]))) start = lead;
  const headTop = start;
  while (start - 1 >= floor && headTop - (start - 1) <= 3 && isHeadlineLike(lines[start - 1])) start--;
  return start;
}

/** The byline at the end of a report's lines: byline lines at the end, or a byline glued to the last sentence. */
function trailingByline(text: Line[]): { names: BylineNames; layout: Byline['layout']; body: Line[] } {
  let names = emptyBylineNames();
  let last = text.length;
  while (last > 1 && text[last - 1]!.kind === 'byline') last--;
  const bylineLines = text.slice(last);
  for (const line of bylineLines) names = mergeBylineNames(names, line.byline!);
  let layout: Byline['layout'] = bylineLines.length === 1 && bylineLines[0]!.inline ? 'inline' : 'lines';
  const body = text.slice(0, last).map((l) => ({ ...l }));
  if (bylineLines.length === 0 && body.length > 0) {
    const tail = body[body.length - 1]!;
    const glued = gluedByline(tail.text);
    if (glued) {
      names = mergeBylineNames(names, glued.names);
      layout = 'glued';
      body[body.length - 1] = { ...tail, text: tail.text.slice(0, glued.at), leaves: keepStart(tail.leaves, glued.at) };
    }
  }
  return { names, layout, body };
}

/** Names of photo credits inside the body (captions with `记者 X 摄`, credit lines): photographers, kept in the text. */
function creditsIn(body: readonly Line[]): BylineNames {
  let names = emptyBylineNames();
  for (const line of body) {
    if (!/[摄图]$|[摄图][)）]$/u.test(line.text)) continue;
    const credit = line.kind === 'byline' ? line.byline : gluedByline(line.text)?.names;
    if (credit && credit.photographers.length > 0) names = mergeBylineNames(names, credit);
  }
  return names;
}

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
    ...between.filter((l) => l.kind !== 'byline' && !isColumnLabel(l)).map((l) => ({ ...l, kind: 'caption' as const })),
    ...body.slice(1),
  ];
  const trailing = trailingByline(lines);
  names = mergeBylineNames(mergeBylineNames(names, trailing.names), creditsIn([...between, ...trailing.body]));
  const headByline = between.some((l) => l.kind === 'byline');
  return {
    ...headlineOf(headlines.map((l) => l.text)),
    dateline: lead?.dateline ?? null,
    paragraphs: paragraphs(trailing.body.filter((l) => l.text !== '')),
    byline: {
      ...names,
      layout: isEmptyByline(names) ? 'auto' : headByline && isEmptyByline(trailing.names) ? 'lines' : trailing.layout,
    },
    lines: { start, end },
  };
}

/**
 * Copy without a lead: one report when it has the shape of one (headline
 * lines without sentence punctuation, a byline line perhaps, then at least one
 * sentence). Short lines above the headline (a site's navigation) are dropped.
 */
function singleReport(lines: readonly Line[], sourceLength: number, dropped: string[]): ParsedReport[] {
  const firstSentence = lines.findIndex((l) => l.kind !== 'byline' && !isHeadlineLike(l));
  if (firstSentence <= 0) return [];
  const above = lines.slice(0, firstSentence);
  const headLines = above.filter((l) => l.kind === 'text').slice(-3);
  if (headLines.length === 0) return [];
  for (const line of above.slice(0, above.indexOf(headLines[0]!))) dropped.push(line.text);
  const bodyLines = lines.slice(firstSentence);
  if (!bodyLines.some((l) => /[。！？!?]/u.test(l.text))) return [];
  let names = emptyBylineNames();
  for (const line of above.slice(above.indexOf(headLines[0]!)))
    if (line.kind === 'byline') names = mergeBylineNames(names, line.byline!);
  const trailing = trailingByline(bodyLines);
  names = mergeBylineNames(mergeBylineNames(names, trailing.names), creditsIn(trailing.body));
  const headByline = !isEmptyByline(names) && isEmptyByline(trailing.names);
  const first = headLines[0]!;
  return [
    {
      ...headlineOf(headLines.map((l) => l.text)),
      dateline: null,
      paragraphs: paragraphs(trailing.body.filter((l) => l.text !== '')),
      byline: { ...names, layout: isEmptyByline(names) ? 'auto' : headByline ? 'lines' : trailing.layout },
      lines: { start: first.index, end: Math.min(sourceLength, (lines.at(-1)?.index ?? first.index) + 1) },
    },
  ];
}
