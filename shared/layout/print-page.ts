import type { ArticleContent } from '../model/article';
import { chineseDate } from '../model/date';
import { placementFit, type Issue, type IssuePage } from './issue';
import type { PrintPage } from './page-html';
import type { PagePreset } from './presets';

/**
 * A planned page as it prints: its folio from the issue (paper, date, 版次,
 * 版名, 责任编辑) and a module per placement with the report's content (in the
 * placement's order) and its copyfit, so an overset shows on the page. The
 * same for the preview in the planner and for the PDF.
 */
export function planPrintPage(
  issue: Pick<Issue, 'paper' | 'date'>,
  page: IssuePage,
  preset: PagePreset,
  contents: readonly ArticleContent[],
  sizes?: Readonly<Record<string, number>>,
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
    modules: page.placements.map((placement, i) => {
      const content = contents[i]!;
      return {
        content,
        span: placement.span,
        lines: placement.lines,
        tier: placement.tier,
        overLines: placementFit(content, placement, preset, sizes).overLines,
      };
    }),
  };
}
