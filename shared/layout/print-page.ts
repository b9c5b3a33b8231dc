import type { ArticleContent } from '../model/article';
import { chineseDate } from '../model/date';
import { autoLayout } from './auto-layout';
import { pageInk, placementFit, type Issue, type IssuePage, type Placement } from './issue';
import type { Folio, PrintModule, PrintPage } from './page-html';
import type { PagePreset } from './presets';
import { mastheadFor, type Masthead } from './masthead';

/**
 * A planned page as it prints: its folio from the issue (paper, date, 版次,
 * 版名, 责任编辑), on 第1版 the paper's masthead instead (when it is on) and a module per placement with the report's content (in the
 * placement's order) and its copyfit, so an overset shows on the page. The
 * same for the preview in the planner and for the PDF.
 */
export function planPrintPage(
  issue: Pick<Issue, 'paper' | 'date' | 'number' | 'totalNumber'>,
  page: IssuePage,
  preset: PagePreset,
  contents: readonly ArticleContent[],
  sizes?: Readonly<Record<string, number>>,
  masthead?: Masthead | null,
): PrintPage {
  return {
    preset,
    folio: {
      paper: issue.paper,
      date: chineseDate(issue.date),
      pageNumber: page.number,
      pageName: page.name,
      editor: page.editor,
    },
    masthead: mastheadFor(issue, page, masthead, chineseDate(issue.date)),
    modules: page.placements.map((placement, i) => printModule(contents[i]!, placement, preset, sizes)),
    ink: pageInk(page, preset),
  };
}

/** A report as a module of its placement, with its copyfit (an overset shows on the module). */
export function printModule(
  content: ArticleContent,
  placement: Pick<Placement, 'span' | 'lines' | 'tier'> & { photos?: Placement['photos'] },
  preset: PagePreset,
  sizes?: Readonly<Record<string, number>>,
): PrintModule {
  return {
    content,
    span: placement.span,
    lines: placement.lines,
    tier: placement.tier,
    photos: placement.photos ?? [],
    overLines: placementFit(content, placement, preset, sizes).overLines,
  };
}

/**
 * One report on a page of its own, across all the columns as the 头条, down
 * to the foot of the page. A report longer than the page runs past the foot,
 * where the page marks its overrun: it is never cut silently.
 */
export function reportPage(content: ArticleContent, preset: PagePreset, folio: Folio): PrintPage {
  const placement = autoLayout([content], preset).placements[0]!;
  return { preset, folio, modules: [{ content, ...placement, overLines: 0 }] };
}
