import type { ArticleContent } from '../model/article';
import { blockText } from '../model/article-content';
import { datelinePrefix } from '../format/house-text';

/** Marks that may not start a line (GB style, W3C clreq): they hang back onto the line before. */
const NO_LINE_START = new Set([...'，。、；：？！”’）》〉·…—']);

/** The width of a character in body-character units: full width 1, Latin letters and digits half. */
const width = (c: string) => (/[\x20-\x7e]/u.test(c) ? 0.5 : 1);

/**
 * Lines a paragraph takes in a column `chars` characters wide, with a 2 em
 * first-line indent, breaking by character; a mark that may not start a line
 * is pulled back onto the line before (as compression lets it fit).
 */
export function paragraphLines(text: string, chars: number, indent = 2): number {
  if (text === '') return 0;
  let lines = 1;
  let used = indent;
  const list = [...text];
  for (let i = 0; i < list.length; i++) {
    const w = width(list[i]!);
    if (used + w > chars + 1e-9 && !(NO_LINE_START.has(list[i]!) && used <= chars)) {
      lines++;
      used = 0;
    }
    used += w;
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
 * the byline on its own line(s)) against the lines its module holds.
 */
export function copyfit(
  content: Pick<ArticleContent, 'body' | 'dateline' | 'byline'>,
  module: { chars: number; columns: number; linesPerColumn: number },
  bylineLines = 1,
): Copyfit {
  const needed =
    content.body.reduce((sum, block, i) => {
      const text = (i === 0 && content.dateline ? datelinePrefix(content.dateline) : '') + blockText(block);
      return sum + paragraphLines(text, module.chars, block.type === 'subheading' ? 0 : 2);
    }, 0) + bylineLines;
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
