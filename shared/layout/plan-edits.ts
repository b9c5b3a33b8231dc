import type { ArticleContent } from '../model/article';
import { autoLayout } from './auto-layout';
import type { Issue, IssueInput, IssuePage, Placement } from './issue';
import type { PagePreset } from './presets';
import type { PhotoPlacement } from './photo-boxes';
import { pageMasthead, type Masthead } from './masthead';

/**
 * The edits a page editor makes to an issue plan, as pure functions: each
 * takes the plan and returns the new one (the planner saves it), never
 * changing what it was given.
 */

/** An empty page numbered `number` (对开 by default). */
export function newPage(number: number): IssuePage {
  return { number, name: '', editor: '', presetId: 'duikai', ink: null, placements: [] };
}

/** A new issue after the latest one: today, 期号 and 总期号 one on, the same paper, one empty page. */
export function nextIssue(issues: readonly Issue[], today: string): IssueInput {
  const latest = issues[0];
  return {
    date: today,
    number: (latest?.number ?? 0) + 1,
    totalNumber: (latest?.totalNumber ?? 0) + 1,
    paper: latest?.paper ?? '中原报',
    pages: [newPage(1)],
  };
}

/** 加一版: a page after the highest-numbered one. */
export function addPage(plan: IssueInput): IssueInput {
  return { ...plan, pages: [...plan.pages, newPage(Math.max(0, ...plan.pages.map((p) => p.number)) + 1)] };
}

/** Changes one page. */
export function setPage(plan: IssueInput, index: number, update: (page: IssuePage) => IssuePage): IssueInput {
  return { ...plan, pages: plan.pages.map((page, i) => (i === index ? update(page) : page)) };
}

/** Places a report at the end of a page (3 columns, 60 lines, 普通), unless it is there already. */
export function placeArticle(plan: IssueInput, pageIndex: number, articleId: string, preset: PagePreset): IssueInput {
  return setPage(plan, pageIndex, (page) =>
    page.placements.some((pl) => pl.articleId === articleId)
      ? page
      : {
          ...page,
          placements: [
            ...page.placements,
            { articleId, span: Math.min(3, preset.columns), lines: 60, tier: '普通', photos: [] },
          ],
        },
  );
}

/** Moves the placement at `index` by `by` places (kept within the page). */
export function movePlacement(plan: IssueInput, pageIndex: number, index: number, by: number): IssueInput {
  return setPage(plan, pageIndex, (page) => {
    const list = [...page.placements];
    const [item] = list.splice(index, 1);
    if (!item) return page;
    list.splice(Math.max(0, Math.min(list.length, index + by)), 0, item);
    return { ...page, placements: list };
  });
}

/** Changes the span, height or tier of the placement at `index`. */
export function setPlacement(
  plan: IssueInput,
  pageIndex: number,
  index: number,
  patch: Partial<Omit<Placement, 'articleId'>>,
): IssueInput {
  return setPage(plan, pageIndex, (page) => ({
    ...page,
    placements: page.placements.map((pl, j) => (j === index ? { ...pl, ...patch } : pl)),
  }));
}

/** Sets how one photo of the placement at `index` prints (its box and crop), replacing what was set for it. */
export function setPhotoPlacement(
  plan: IssueInput,
  pageIndex: number,
  index: number,
  photo: PhotoPlacement,
): IssueInput {
  return setPage(plan, pageIndex, (page) => ({
    ...page,
    placements: page.placements.map((pl, j) =>
      j === index ? { ...pl, photos: [...pl.photos.filter((p) => p.hash !== photo.hash), photo] } : pl,
    ),
  }));
}

/** 移出本版: takes the placement at `index` off the page. */
export function removePlacement(plan: IssueInput, pageIndex: number, index: number): IssueInput {
  return setPage(plan, pageIndex, (page) => ({ ...page, placements: page.placements.filter((_, j) => j !== index) }));
}

/**
 * 自动排版: spans, heights and tiers for a page's reports in their order, the
 * first as 头条 (`contents` in placement order), under 第1版's masthead when
 * on. The plan is laid out even when the reports do not fit; `overrun` says
 * by how many lines they do not.
 */
export function arrangePage(
  plan: IssueInput,
  pageIndex: number,
  contents: readonly ArticleContent[],
  preset: PagePreset,
  sizes: Readonly<Record<string, number>>,
  masthead: Masthead | null = null,
): { plan: IssueInput; overrun: number } {
  const page = plan.pages[pageIndex];
  const head = page ? pageMasthead(masthead, page) : null;
  const layout = autoLayout(
    contents,
    preset,
    sizes,
    page?.placements.map((pl) => pl.photos),
    head,
  );
  return {
    plan: setPage(plan, pageIndex, (page) => ({
      ...page,
      placements: page.placements.map((pl, i) => ({
        ...pl,
        ...layout.placements[i]!,
        lines: Math.max(4, layout.placements[i]!.lines),
      })),
    })),
    overrun: layout.fits ? 0 : layout.linesUsed - layout.linesAvailable,
  };
}
