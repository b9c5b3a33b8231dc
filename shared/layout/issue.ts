import { ID_FORMATS } from '../model/ids';
import { z } from 'zod';
import { ArticleIdSchema, type ArticleContent } from '../model/article';
import { IsoDateSchema } from '../model/date';
import { copyfit, copyfitMessage, textWidth, type Copyfit } from './copyfit';
import { BUILT_IN_PRESETS, HAO_POINTS, MM_PER_PT, moduleChars, type PagePreset } from './presets';

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

/** A report placed on a page: which article, across how many columns, how tall (in body lines) and its tier. */
export const PlacementSchema = z.object({
  articleId: ArticleIdSchema,
  span: z.number().int().min(1).max(12),
  lines: z.number().int().min(4).max(400),
  tier: z.enum(HEADLINE_TIERS),
});

/** A placement. */
export type Placement = z.infer<typeof PlacementSchema>;

/** A page (版) of an issue: 版次, 版名, 责任编辑, its preset and the reports on it in order. */
export const IssuePageSchema = z.object({
  number: z.number().int().min(1).max(99),
  name: z.string().trim().max(20),
  editor: z.string().trim().max(20),
  presetId: z.string().min(1).max(30),
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

/**
 * How a placed report fits its module: its body set in `span` columns of the
 * preset's width, below its headline stack (measured by `headlineLines`).
 */
export function placementFit(
  content: Pick<ArticleContent, 'body' | 'dateline' | 'byline' | 'kicker' | 'title' | 'subtitle'>,
  placement: Pick<Placement, 'span' | 'lines' | 'tier'>,
  preset: PagePreset,
  sizes: Readonly<Record<string, number>> = HAO_POINTS,
): Copyfit {
  return copyfit(content, {
    chars: preset.charsPerColumn,
    columns: placement.span,
    linesPerColumn: Math.max(
      0,
      placement.lines - headlineLines(content, placement.span, placement.tier, preset, sizes),
    ),
  });
}

/** The copyfit of a placed report as the planner and the editor say it: 本稿在第2版超出 12 行，约 156 字. */
export function placementMessage(fit: Copyfit, page: Pick<IssuePage, 'number'>): string {
  return copyfitMessage(fit, `本稿在第${page.number}版`);
}
