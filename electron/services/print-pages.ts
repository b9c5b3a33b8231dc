import type { ArticleContent } from '../../shared/model/article';
import { CopydeskError } from '../../shared/ipc/result';
import { autoLayout } from '../../shared/layout/auto-layout';
import { presetOf, type Issue } from '../../shared/layout/issue';
import { planPrintPage, printModule, reportPage } from '../../shared/layout/print-page';
import { sheetSizeMm, type Folio, type PrintPage } from '../../shared/layout/page-html';
import { pageLines } from '../../shared/layout/typography';
import type { PagePreset } from '../../shared/layout/presets';
import { packModules } from '../../shared/layout/pack';
import { chineseDate } from '../../shared/model/date';
import type { Masthead } from '../../shared/layout/masthead';

/** What building an issue's print pages reads: each placed article ready to print (mentions rendered), by id. */
export type ReadyContent = (articleId: string) => Promise<ArticleContent>;

/**
 * The print pages of an issue plan (all, or the numbered ones), each placed
 * report with its copyfit so an overset shows on the page. Pages of different
 * sheet sizes cannot share one PDF, so they are refused with a Chinese message.
 * `onPage` is told as each page is ready and may throw to stop (cancel).
 */
export async function issuePrintPages(
  issue: Issue,
  presets: readonly PagePreset[],
  ready: ReadyContent,
  options: {
    pageNumbers?: readonly number[];
    sizes?: Readonly<Record<string, number>>;
    /** The paper's masthead, which 第1版 carries. */
    masthead?: Masthead | null;
    onPage?: (done: number, total: number) => void;
  } = {},
): Promise<PrintPage[]> {
  const pages = options.pageNumbers ? issue.pages.filter((p) => options.pageNumbers!.includes(p.number)) : issue.pages;
  if (pages.length === 0)
    throw new CopydeskError(
      'NOT_FOUND',
      options.pageNumbers ? `这一期没有第${options.pageNumbers.join('、')}版。` : '这一期还没有版面。',
    );
  const chosen = pages.map((p) => presetOf(p, presets));
  const first = sheetSizeMm(chosen[0]!, false);
  if (chosen.some((p) => p.widthMm !== first.widthMm || p.heightMm !== first.heightMm))
    throw new CopydeskError('INVALID_INPUT', '各版尺寸不同，无法合成一个 PDF，请分版导出。');
  const printed: PrintPage[] = [];
  for (const [i, page] of pages.entries()) {
    const contents: ArticleContent[] = [];
    for (const placement of page.placements) {
      try {
        contents.push(await ready(placement.articleId));
      } catch (error) {
        throw new CopydeskError(
          (error as CopydeskError).code ?? 'INTERNAL',
          `第${page.number}版：${(error as Error).message}`,
        );
      }
    }
    printed.push(planPrintPage(issue, page, chosen[i]!, contents, options.sizes, options.masthead));
    options.onPage?.(i + 1, pages.length);
  }
  return printed;
}

/**
 * One page of reports laid out automatically (`copydesk page`): the first as
 * 头条, the rest packed to fit. Reports that cannot fit are refused with how
 * many lines they overrun, so nothing is clipped.
 */
export function autoPrintPage(
  contents: readonly ArticleContent[],
  preset: PagePreset,
  folio: Folio,
  sizes?: Readonly<Record<string, number>>,
): PrintPage {
  const layout = autoLayout(contents, preset, sizes);
  if (!layout.fits) {
    const over = layout.linesUsed - layout.linesAvailable;
    throw new CopydeskError(
      'INVALID_INPUT',
      `这 ${contents.length} 篇稿件在${preset.name}版面上排不下：超出 ${over} 行（约 ${over * preset.columns * preset.charsPerColumn} 字）。请换用更大的版式，或删减稿件。`,
    );
  }
  return {
    preset,
    folio,
    modules: contents.map((content, i) => printModule(content, layout.placements[i]!, preset, sizes)),
  };
}

/**
 * Each report on a page of its own, across all the columns (`copydesk render
 * --format pdf`). A report longer than the page is printed with the page's
 * overrun marked, never cut silently.
 */
export function reportPrintPages(contents: readonly ArticleContent[], preset: PagePreset, folio: Folio): PrintPage[] {
  return contents.map((content) =>
    reportPage(content, preset, {
      ...folio,
      date: folio.date || (content.dateline ? chineseDate(content.dateline.date) : ''),
    }),
  );
}

/** The numbers of pages where copy overruns: a module's text longer than its module, or modules past the page's foot. */
export function overrunPages(pages: readonly PrintPage[]): number[] {
  return pages.flatMap((page) =>
    page.modules.some((m) => m.overLines > 0) ||
    packModules(page.modules, page.preset.columns).bottom > pageLines(page.preset, page.masthead)
      ? [page.folio.pageNumber]
      : [],
  );
}
