import { ID_FORMATS } from '../model/ids';
import { z } from 'zod';
import { ArticleIdSchema, type ArticleContent } from '../model/article';
import { IsoDateSchema } from '../model/date';
import { copyfit, copyfitMessage, type Copyfit } from './copyfit';
import { BUILT_IN_PRESETS, HAO_POINTS, PAGE_INKS, type PageInk, type PagePreset } from './presets';
import { headlineLines, HEADLINE_TIERS } from './typography';
import { photoBoxes, photoRows, PhotoPlacementSchema } from './photo-boxes';

/** A report placed on a page: which article, across how many columns, how tall (in body lines) and its tier. */
export const PlacementSchema = z.object({
  articleId: ArticleIdSchema,
  span: z.number().int().min(1).max(12),
  lines: z.number().int().min(4).max(400),
  tier: z.enum(HEADLINE_TIERS),
  /** How the report's photos print in the module: box and crop each (defaults for photos not listed). */
  photos: z.array(PhotoPlacementSchema).max(20).default([]),
});

/** A placement. */
export type Placement = z.infer<typeof PlacementSchema>;

/** A page (版) of an issue: 版次, 版名, 责任编辑, its preset and the reports on it in order. */
export const IssuePageSchema = z.object({
  number: z.number().int().min(1).max(99),
  name: z.string().trim().max(20),
  editor: z.string().trim().max(20),
  presetId: z.string().min(1).max(30),
  /** 黑白 or 彩色 for this page; null: as its preset says. */
  ink: z.enum(PAGE_INKS).nullable().default(null),
  placements: z.array(PlacementSchema).max(40),
});

/** A page of an issue. */
export type IssuePage = z.infer<typeof IssuePageSchema>;

/** Schema for issue ids (made by the store; also file names, so nothing else is accepted). */
export const IssueIdSchema = z.string().regex(ID_FORMATS.issue, '版面计划编号无效');

/** What an editor enters for an issue (期): its date, 期号 and 总期号, the paper's name and its pages. */
export const IssueInputSchema = z.object({
  id: IssueIdSchema.optional(),
  date: IsoDateSchema,
  number: z.number().int().min(1).max(9999),
  totalNumber: z.number().int().min(1).max(999_999),
  paper: z.string().trim().min(1, '报名不能为空').max(20),
  pages: z
    .array(IssuePageSchema)
    .max(48)
    .refine((pages) => new Set(pages.map((p) => p.number)).size === pages.length, '版次重复'),
});

/** An issue as entered. */
export type IssueInput = z.infer<typeof IssueInputSchema>;

/** A stored issue. */
export const IssueSchema = IssueInputSchema.extend({ id: IssueIdSchema, updatedAt: z.string() });

/** A stored issue. */
export type Issue = z.infer<typeof IssueSchema>;

/** The preset a page uses (a page naming an unknown one falls back to 对开). */
export function presetOf(
  page: Pick<IssuePage, 'presetId'>,
  presets: readonly PagePreset[] = BUILT_IN_PRESETS,
): PagePreset {
  return presets.find((p) => p.id === page.presetId) ?? BUILT_IN_PRESETS[0]!;
}

/** Whether a page prints 黑白 (black ink only) or 彩色: its own choice, else its preset's. */
export function pageInk(page: Pick<IssuePage, 'ink'>, preset: Pick<PagePreset, 'ink'>): PageInk {
  return page.ink ?? preset.ink;
}

/**
 * How a placed report fits its module: its body set in `span` columns of the
 * preset's width, below its headline stack (measured by `headlineLines`) and
 * its photos' boxes with their captions.
 */
export function placementFit(
  content: Pick<ArticleContent, 'body' | 'dateline' | 'byline' | 'kicker' | 'title' | 'subtitle'>,
  placement: Pick<Placement, 'span' | 'lines' | 'tier'> & { photos?: Placement['photos'] },
  preset: PagePreset,
  sizes: Readonly<Record<string, number>> = HAO_POINTS,
): Copyfit {
  return copyfit(content, {
    chars: preset.charsPerColumn,
    columns: placement.span,
    linesPerColumn: Math.max(
      0,
      placement.lines -
        headlineLines(content, placement.span, placement.tier, preset, sizes) -
        photoRows(photoBoxes(content, placement, preset)),
    ),
  });
}

/** The copyfit of a placed report as the planner and the editor say it: 本稿在第2版超出 12 行，约 156 字. */
export function placementMessage(fit: Copyfit, page: Pick<IssuePage, 'number'>): string {
  return copyfitMessage(fit, `本稿在第${page.number}版`);
}
