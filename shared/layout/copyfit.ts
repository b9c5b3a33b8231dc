import type { ArticleContent } from '../model/article';
import { blockText } from '../model/article-content';
import { bylineParts, datelinePrefix, resolvedBylineLayout } from '../format/house-text';
import { leadIndex } from '../format/export-html';
import { isPhotoBlock } from '../model/photo';

/** Marks that may not start a line (GB style, W3C clreq). */
const NO_LINE_START = new Set([...'，。、；：？！”’）》〉」』】·…—%']);

/** Marks that may not end a line. */
const NO_LINE_END = new Set([...'“‘（《〈「『【']);

/** The width of a character in body-character units: full width 1, Latin letters and digits about half. */
const width = (c: string) => (/[\x20-\x7e]/u.test(c) ? 0.55 : 1);

/** The width of a text in em: full-width characters 1, Latin letters, digits and spaces about half. */
export function textWidth(text: string): number {
  let sum = 0;
  for (const c of text) sum += width(c);
  return sum;
}

/** A piece a line may not be broken inside: one character, or a run of Latin letters and digits (2020, 5G, 3.5%). */
interface Unit {
  width: number;
  noStart: boolean;
  noEnd: boolean;
}

function units(text: string): Unit[] {
  const out: Unit[] = [];
  for (const piece of text.match(/[A-Za-z0-9][A-Za-z0-9.,:%/-]*[A-Za-z0-9%]|[\s\S]/gu) ?? []) {
    const first = [...piece][0]!;
    out.push({
      width: textWidth(piece),
      noStart: piece.length === 1 && NO_LINE_START.has(first),
      noEnd: piece.length === 1 && NO_LINE_END.has(first),
    });
  }
  return out;
}

/**
 * Lines a paragraph takes in a column `chars` characters wide, with a 2 em
 * first-line indent, set as Chromium sets it with strict (GB) line breaking:
 * lines fill greedily; a mark that may not start a line takes the character
 * before it onto the next line, an opening mark is not left at a line's end,
 * and runs of Latin letters and digits are not broken.
 */
export function paragraphLines(text: string, chars: number, indent = 2): number {
  if (text === '') return 0;
  const list = units(text);
  let lines = 1;
  let start = 0;
  let used = indent;
  for (let i = 0; i < list.length; i++) {
    if (used + list[i]!.width <= chars + 1e-9 || i === start) {
      used += list[i]!.width;
      continue;
    }
    // Break before i; move the break back over marks that may not start or end a line.
    let brk = i;
    while (brk > start + 1 && (list[brk]!.noStart || list[brk - 1]!.noEnd)) brk--;
    lines++;
    start = brk;
    used = 0;
    for (let k = brk; k <= i; k++) used += list[k]!.width;
  }
  return lines;
}

/** Lines the byline takes at the foot of a report: one per role when so laid out, wrapped between names at the column width. */
export function bylineLines(content: Pick<ArticleContent, 'byline'>, chars: number): number {
  const parts = bylineParts(content.byline);
  if (parts.length === 0) return 0;
  const lines = resolvedBylineLayout(content.byline) === 'lines' ? parts : [parts.join(' ')];
  return lines.reduce((sum, line) => sum + wordLines(line, chars), 0);
}

/** Lines a text takes when it may break only at spaces (a byline: names are never split), as `word-break: keep-all` sets it. */
function wordLines(text: string, chars: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(' ').filter(Boolean)) {
    const w = textWidth(word);
    const needed = used === 0 ? w : used + textWidth(' ') + w;
    if (needed > chars + 1e-9 && used > 0) {
      lines++;
      used = w;
    } else used = needed;
  }
  return lines;
}

/** What fitting a report into a module gives. */
export interface Copyfit {
  linesNeeded: number;
  linesAvailable: number;
  /** Positive: overset (too long); negative: underset (room left). */
  overLines: number;
  /** The same in characters, roughly (lines × characters a line). */
  overChars: number;
}

/**
 * The body lines a report needs in columns `chars` characters wide (the
 * dateline printed at the start of the lead, 小标题 on lines of their own,
 * the byline on its own line(s) as printed) against the lines its module holds.
 * Photos are not in the text: their boxes take rows of the module (see
 * photo-boxes.ts), which the caller leaves out of `linesPerColumn`.
 */
export function copyfit(
  content: Pick<ArticleContent, 'body' | 'dateline' | 'byline'>,
  module: { chars: number; columns: number; linesPerColumn: number },
): Copyfit {
  const lead = leadIndex(content.body);
  const needed =
    content.body.reduce((sum, block, i) => {
      if (isPhotoBlock(block)) return sum;
      const text = (i === lead && content.dateline ? datelinePrefix(content.dateline) : '') + blockText(block);
      return sum + paragraphLines(text, module.chars, block.type === 'subheading' ? 0 : 2);
    }, 0) + bylineLines(content, module.chars);
  const available = module.columns * module.linesPerColumn;
  return {
    linesNeeded: needed,
    linesAvailable: available,
    overLines: needed - available,
    overChars: (needed - available) * module.chars,
  };
}

/** The copyfit as the desk says it: 超出 12 行，约 156 字 / 尚缺 3 行，约 39 字 / 正好排满. */
export function copyfitMessage(fit: Copyfit, where = ''): string {
  if (fit.overLines === 0) return `${where}正好排满`;
  return fit.overLines > 0
    ? `${where}超出 ${fit.overLines} 行，约 ${fit.overChars} 字`
    : `${where}尚缺 ${-fit.overLines} 行，约 ${-fit.overChars} 字`;
}
