import type { PhotoRef } from './import-photos';
import { gluedByline, parseBylineText, type BylineNames } from './byline-text';
import { parseLead, type ParsedLead } from './dateline';
import { isFurniture, isStopLine, pageDateOf, withoutCmsTail, withoutJumpMarks } from './furniture';
import { repeatsHeadline } from './headline';
import { htmlLines } from './html-leftovers';

/*
 * The lines of a source as the report parser reads them: cleaned (HTML
 * leftovers, pinyin notes, furniture, jump marks and image names taken out),
 * classified (lead, byline, ▲ caption or text) and judged one by one
 * (headline-like, column label, photo credit, end of a paragraph).
 */

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
  /** A picture standing here (from a Word file), already in the archive. */
  photo?: PhotoRef;
}

/** Marks that end a sentence or a paragraph: a line ending otherwise was broken in the middle. */
export const PARAGRAPH_END_MARKS = '。！？!?…；;：:”’」』）)》】';

/** A line ending with one of PARAGRAPH_END_MARKS. */
export const PARAGRAPH_END = new RegExp(`[${PARAGRAPH_END_MARKS}]$`, 'u');

/** Marks that show a line is not a headline (headlines end without them). */
const NOT_HEADLINE_END = /[。，、；：,;:]$/u;

/** Longest line taken for a headline line. */
const HEADLINE_MAX = 64;

export interface Line {
  index: number;
  text: string;
  leaves: SourceLeaf[];
  heading: boolean;
  kind: 'lead' | 'byline' | 'caption' | 'photo' | 'text';
  /** The picture of a photo line. */
  photo?: PhotoRef;
  byline: BylineNames | null;
  /** Set on a lead with a dateline: the dateline and the byline named in it (a report may open without one). */
  lead: ParsedLead | null;
  /** True when the byline names several roles on one line (laid out `inline`). */
  inline: boolean;
}

/** A column's label alone in 【】 (【图片新闻】, 【编者按】): not a headline, and no text of the report above it. */
export const isColumnLabel = (line: Line | undefined) => line !== undefined && /^【[^【】]{1,10}】$/u.test(line.text);

/** True for a line that may be a headline line: short, plain text, not ending like a sentence or a clause. */
export const isHeadlineLike = (line: Line | undefined, max = HEADLINE_MAX) =>
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

/** True for a short line that opens a numbered section (一、 （二） 3.): a 小标题 of the body. */
export function isSubheading(text: string): boolean {
  return (
    text.length <= 30 &&
    /^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、．.])/u.test(text)
  );
}

/** True when a line ends its paragraph: a sentence mark, or a photo credit run into it (…现场。记者 张三 摄). */
export function endsParagraph(text: string): boolean {
  return PARAGRAPH_END.test(text) || (/[摄图]$/u.test(text) && gluedByline(text) !== null);
}

/** A page's own date, from a header such as `2020年3月20日 星期五`. */
export type PageDate = { year: number; month: number; day: number } | null;

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

/** Image file names a web page left in the text (`_XHJ6297.jpg`), all of them (for removing). */
const IMAGE_NAME = /[\w\-.]*\.(?:jpe?g|png|gif|webp|bmp)\b/giu;

/** The same, for asking whether a line holds one (not global, so it keeps no state between lines). */
const HAS_IMAGE_NAME = new RegExp(IMAGE_NAME.source, 'iu');

/**
 * One cleaned line classified on its own: a lead (by its dateline), a byline
 * (by its role words), a ▲ photo caption, or text. The proofreader's blocks
 * are classified by the same rule.
 */
export function classifyLine(index: number, text: string, leaves: SourceLeaf[], heading: boolean): Line {
  const lead = parseLead(text);
  const byline = lead || text.length > 80 ? null : parseBylineText(text, { bareInBrackets: true });
  return {
    index,
    text,
    leaves,
    heading,
    kind: lead ? 'lead' : byline ? 'byline' : /^▲/u.test(text) ? 'caption' : 'text',
    byline,
    lead,
    inline: byline !== null && Object.values(byline).filter((l) => l.length > 0).length > 1 && !/摄$/u.test(text),
  };
}

/** A picture standing on a line of its own (a Word file's, or `[图片]` in house-format text). */
export function photoLine(index: number, photo?: PhotoRef): Line {
  return { index, text: '', leaves: [], heading: false, kind: 'photo', photo, byline: null, lead: null, inline: false };
}

/**
 * The source's lines cleaned and classified: HTML leftovers read, furniture
 * and jump marks dropped (into `dropped`), the page's date taken, a web page's
 * title bar repeating the headline dropped, and what follows a list of other
 * stories dropped up to the next lead.
 */
export function sourceLines(source: readonly SourceLine[], dropped: string[]): { lines: Line[]; pageDate: PageDate } {
  let pageDate: PageDate = null;
  const lines: Line[] = [];
  let stopped = false;
  source.forEach((raw, index) => {
    if (raw.photo) {
      if (!stopped) lines.push(photoLine(index, raw.photo));
      return;
    }
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
      if (jumps.marks.length > 0 || HAS_IMAGE_NAME.test(text)) {
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
      if (stopped) {
        dropped.push(text);
        continue;
      }
      lines.push(classifyLine(index, text, leaves, Boolean(raw.heading)));
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
export function isCreditLine(line: Line | undefined): boolean {
  if (!line || line.kind === 'lead') return false;
  if (line.kind === 'byline') return line.byline!.photographers.length > 0;
  return /[摄图][)）]?$/u.test(line.text) && (gluedByline(line.text)?.names.photographers.length ?? 0) > 0;
}

/**
 * True for a line that may stand between a headline and its lead: a byline
 * (标题 / 记者 X / 本报讯 …), a photo or its caption with its credit, or a column label.
 */
export function isBesideLead(line: Line | undefined): boolean {
  return (
    line !== undefined && (line.kind === 'byline' || line.kind === 'photo' || isCreditLine(line) || isColumnLabel(line))
  );
}

/** Photo markers that may open a caption that is also the lead of a 图片新闻. */
export const PHOTO_MARK = /^[▲△■●]\s*/u;
