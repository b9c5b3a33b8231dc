import { z } from 'zod';
import { ARTICLE_KINDS, ArticleKindSchema, ArticleStatusSchema } from '../model/article';
import { IsoDateSchema, todayIso } from '../model/date';

/** How results are ordered: relevance (title hits, then how often, then newer) or date (newest first). */
export const SEARCH_ORDERS = ['relevance', 'date'] as const;

/** The filters of a search; every one given must hold. */
export const SearchFiltersSchema = z.object({
  /** 今天, 本周 or 本月, worked out on the day the search runs (so a saved search stays current); overrides from/to. */
  datePreset: z.enum(['today', 'week', 'month']).nullable().default(null),
  /** The dateline's date from (inclusive, YYYY-MM-DD). */
  from: IsoDateSchema.nullable().default(null),
  /** The dateline's date to (inclusive). */
  to: IsoDateSchema.nullable().default(null),
  statuses: z.array(ArticleStatusSchema).max(10).default([]),
  kinds: z.array(ArticleKindSchema).max(ARTICLE_KINDS.length).default([]),
  /** A name in the byline (记者, 通讯员 or 摄影) or the correspondent who submitted it. */
  author: z.string().trim().max(20).nullable().default(null),
  /** Only copy that arrived as a correspondent's signed submission. */
  submitted: z.boolean().default(false),
  /** Placed in this issue (YYYY-MM-DD), and on this page when given. */
  issue: z.string().max(40).nullable().default(null),
  page: z.number().int().positive().max(999).nullable().default(null),
  /** `exclude` (the default), `include` or `only` articles in the 回收站. */
  trash: z.enum(['exclude', 'include', 'only']).default('exclude'),
});

/** Search filters. */
export type SearchFilters = z.infer<typeof SearchFiltersSchema>;

/** Filters that let everything through. */
export const NO_FILTERS: SearchFilters = SearchFiltersSchema.parse({});

/** True when no filter narrows the search. */
export function hasNoFilters(filters: SearchFilters): boolean {
  return (
    !filters.datePreset &&
    !filters.from &&
    !filters.to &&
    filters.statuses.length === 0 &&
    filters.kinds.length === 0 &&
    !filters.author &&
    !filters.submitted &&
    !filters.issue &&
    filters.trash === 'exclude'
  );
}

/** The filters with a date preset turned into its from/to on `now`'s day. */
export function resolveFilters(filters: SearchFilters, now: Date): SearchFilters {
  if (!filters.datePreset) return filters;
  return { ...filters, ...presetRange(filters.datePreset, now), datePreset: null };
}

/** The date range presets of the filter bar. */
export const DATE_PRESETS = ['today', 'week', 'month'] as const;

/** Labels of the date presets. */
export const DATE_PRESET_LABELS: Record<(typeof DATE_PRESETS)[number], string> = {
  today: '今天',
  week: '本周',
  month: '本月',
};

/** The from/to dates of a preset on `now`'s day: 今天, 本周 (Monday to Sunday) or 本月. */
export function presetRange(preset: (typeof DATE_PRESETS)[number], now: Date): { from: string; to: string } {
  const day = (d: Date) => todayIso(d);
  if (preset === 'today') return { from: day(now), to: day(now) };
  if (preset === 'week') {
    const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7));
    const sunday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6);
    return { from: day(monday), to: day(sunday) };
  }
  const first = new Date(now.getFullYear(), now.getMonth(), 1);
  const last = new Date(now.getFullYear(), now.getMonth() + 1, 0);
  return { from: day(first), to: day(last) };
}
