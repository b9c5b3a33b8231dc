import type { ArticleContent } from '../model/article';
import { textWidth } from './copyfit';
import { HAO_POINTS, linesIn, MM_PER_PT, moduleChars, type PagePreset } from './presets';

// Typography of the printed page, in one place: headline sizes by tier, the
// headline stack's leading and gaps, and the folio line. The copyfit, the
// automatic layout and the print stylesheet all measure with these.

/** Headline tiers of a report on a page, from the lead story down. */
export const HEADLINE_TIERS = ['头条', '二条', '普通', '简讯'] as const;

/** A headline tier. */
export type HeadlineTier = (typeof HEADLINE_TIERS)[number];

/** Headline (title) sizes by tier, as 号 names looked up in the paper's 号-to-pt table. */
export const TITLE_SIZES: Record<HeadlineTier, string> = { 头条: '二号', 二条: '小二', 普通: '三号', 简讯: '小四' };

/** The 号 of kickers and subtitles. */
export const DECK_SIZE = '小四';

/** Line height of headline lines, as a multiple of their size (the print CSS uses the same). */
export const HEADLINE_LEADING = 1.3;

/** Space under the kicker, the title and the subtitle, and under the whole headline stack, in millimetres. */
export const HEADLINE_GAP_MM = { line: 1, stack: 2 };

/** The points of a 号 in the paper's table (the standard table for a 号 it lacks). */
export function sizePt(sizes: Readonly<Record<string, number>>, hao: string): number {
  return sizes[hao] ?? HAO_POINTS[hao]!;
}

/**
 * Body lines the headline stack of a report takes at the top of a module
 * `span` columns wide: kicker, title (sized by tier) and subtitle, each
 * wrapped to the module's width, with the gaps the print CSS sets, rounded
 * up to whole body lines.
 */
export function headlineLines(
  content: Pick<ArticleContent, 'kicker' | 'title' | 'subtitle'>,
  span: number,
  tier: HeadlineTier,
  preset: PagePreset,
  sizes: Readonly<Record<string, number>> = HAO_POINTS,
): number {
  const widthPt = moduleChars(preset, span) * preset.bodyPt;
  const block = (text: string, pt: number) =>
    Math.max(1, Math.ceil((textWidth(text) * pt) / widthPt - 1e-9)) * pt * HEADLINE_LEADING +
    HEADLINE_GAP_MM.line / MM_PER_PT;
  const deck = sizePt(sizes, DECK_SIZE);
  const pt =
    (content.kicker ? block(content.kicker, deck) : 0) +
    block(content.title || ' ', sizePt(sizes, TITLE_SIZES[tier])) +
    (content.subtitle ? block(content.subtitle, deck) : 0) +
    HEADLINE_GAP_MM.stack / MM_PER_PT;
  return Math.ceil(pt / (preset.bodyPt * preset.lineHeight) - 1e-9);
}

/** The folio line's height with the gap under it, in millimetres (the page's modules start below). */
export const FOLIO_MM = 10;
/** The gap under the folio line, in millimetres (part of FOLIO_MM). */
export const FOLIO_GAP_MM = 4;

/**
 * Body lines a page's columns hold below its head: the folio line, or on
 * 第1版 the masthead (`masthead`: its height in body lines) and the gap under it.
 */
export function pageLines(preset: PagePreset, masthead?: { lines: number } | null): number {
  const head = masthead ? masthead.lines * preset.bodyPt * preset.lineHeight * MM_PER_PT + FOLIO_GAP_MM : FOLIO_MM;
  return linesIn(preset, preset.heightMm - preset.marginMm.top - preset.marginMm.bottom - head);
}
