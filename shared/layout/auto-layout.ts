import type { ArticleContent } from '../model/article';
import { copyfit } from './copyfit';
import { headlineLines, pageLines, type HeadlineTier } from './typography';
import { MODULE_GAP_LINES, packModules } from './pack';
import { HAO_POINTS, type PagePreset } from './presets';
import { photoBoxes, photoRows, type PhotoPlacement } from './photo-boxes';

type Fittable = Pick<ArticleContent, 'body' | 'dateline' | 'byline' | 'kicker' | 'title' | 'subtitle'>;

/** A module the automatic layout gives a report: its span, height in body lines and tier. */
export interface AutoPlacement {
  span: number;
  lines: number;
  tier: HeadlineTier;
}

/** What the automatic layout of a page gives. */
export interface AutoLayout {
  placements: AutoPlacement[];
  /** Body lines from the top of the page to the foot of the lowest module, before stretching. */
  linesUsed: number;
  /** Body lines a column of the page holds below the folio. */
  linesAvailable: number;
  fits: boolean;
}

/** Most span combinations tried exhaustively; beyond that, the spans are improved one report at a time. */
const MAX_COMBINATIONS = 50_000;

/**
 * Lays reports out on one page as rectangular modules on the line grid: the
 * first report is the 头条 across every column, the second the 二条, the rest
 * 普通. Each module is as tall as its headline stack and its body shared over
 * its columns, under its photos' boxes (`photos`: each report's photo
 * placements, defaults otherwise); modules are packed in order (`packModules`), and the spans of
 * the reports after the 头条 are chosen so that the page fits (else overruns
 * least) with the shortest modules in sum, which favours wide modules over
 * long thin legs (every combination when there are few, else improved one
 * report at a time). Then
 * each module is stretched down into the blank lines below it, to the foot of
 * the page.
 */
export function autoLayout(
  contents: readonly Fittable[],
  preset: PagePreset,
  sizes: Readonly<Record<string, number>> = HAO_POINTS,
  photos: ReadonlyArray<readonly PhotoPlacement[] | undefined> = [],
  masthead: { lines: number } | null = null,
): AutoLayout {
  const available = pageLines(preset, masthead);
  const columns = preset.columns;
  const n = contents.length;
  if (n === 0) return { placements: [], linesUsed: 0, linesAvailable: available, fits: true };
  const tierOf = (i: number): HeadlineTier => (i === 0 ? '头条' : i === 1 ? '二条' : '普通');
  const bodyLines = contents.map(
    (c) => copyfit(c, { chars: preset.charsPerColumn, columns: 1, linesPerColumn: 0 }).linesNeeded,
  );
  // Each report's module height at each span, worked out once: the search below tries thousands of combinations.
  const heights = contents.map((content, i) =>
    Array.from(
      { length: columns + 1 },
      (_, span) =>
        span &&
        Math.ceil(bodyLines[i]! / span) +
          headlineLines(content, span, tierOf(i), preset, sizes) +
          photoRows(photoBoxes(content, { span, photos: photos[i] }, preset)),
    ),
  );
  const modulesOf = (spans: readonly number[]) => spans.map((span, i) => ({ span, lines: heights[i]![span]! }));
  // A page that runs past its foot costs by the lines it overruns, above all; among pages that fit,
  // the one whose modules are shortest in sum (wide modules, no long thin legs) wins.
  const cost = (spans: readonly number[]) => {
    const modules = modulesOf(spans);
    const over = packModules(modules, columns).bottom - available;
    return (over > 0 ? over * 100_000 : 0) + modules.reduce((sum, m) => sum + m.lines, 0);
  };

  const choices = Array.from({ length: columns }, (_, k) => k + 1);
  let best = [columns, ...contents.slice(1).map(() => Math.max(1, Math.floor(columns / 2)))];
  let bestCost = cost(best);
  if (choices.length ** (n - 1) <= MAX_COMBINATIONS) {
    const spans = [columns];
    const search = (i: number) => {
      if (i === n) {
        const c = cost(spans);
        if (c < bestCost) [best, bestCost] = [[...spans], c];
        return;
      }
      for (const s of choices) {
        spans[i] = s;
        search(i + 1);
      }
    };
    search(1);
  } else {
    for (let improved = true; improved;) {
      improved = false;
      for (let i = 1; i < n; i++)
        for (const s of choices) {
          const trial = best.map((x, k) => (k === i ? s : x));
          const c = cost(trial);
          if (c < bestCost) [best, bestCost, improved] = [trial, c, true];
        }
    }
  }

  const modules = modulesOf(best);
  const { slots, bottom } = packModules(modules, columns);
  // Stretch each module, lowest first, into the blank lines under it down to the foot of the page.
  const taken = (row: number, column: number, except: number) =>
    slots.some(
      (s, k) =>
        k !== except &&
        column >= s.column &&
        column < s.column + s.span &&
        row >= s.row &&
        row < s.row + s.lines + MODULE_GAP_LINES,
    );
  const order = slots
    .map((_, k) => k)
    .sort((a, b) => slots[b]!.row + slots[b]!.lines - (slots[a]!.row + slots[a]!.lines));
  for (const k of order) {
    const slot = slots[k]!;
    while (
      slot.row + slot.lines < available &&
      Array.from({ length: slot.span }, (_, c) => slot.column + c).every(
        (c) => !taken(slot.row + slot.lines + MODULE_GAP_LINES, c, k),
      )
    )
      slot.lines++;
  }
  return {
    placements: slots.map((slot, i) => ({ span: slot.span, lines: slot.lines, tier: tierOf(i) })),
    linesUsed: bottom,
    linesAvailable: available,
    fits: bottom <= available,
  };
}
