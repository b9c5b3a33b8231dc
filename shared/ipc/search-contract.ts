import { z } from 'zod';
import { ArticleIdSchema, ArticleKindSchema, ArticleStatusSchema } from '../model/article';
import { SEARCH_ORDERS, SearchFiltersSchema } from '../search/filters';
import { SavedSearchSchema } from '../search/saved';

/** Longest text the search field sends (a longer one is refused with a message, not a validation error). */
const MAX_QUERY_INPUT = 20_000;

/** Most results one page of a search returns. */
export const MAX_SEARCH_PAGE = 200;

/** One result of a search. */
export const SearchHitSchema = z.object({
  id: ArticleIdSchema,
  title: z.string(),
  date: z.string().nullable(),
  status: ArticleStatusSchema,
  kind: ArticleKindSchema.nullable(),
  deleted: z.boolean(),
  /** One line around the first hit, and where the hits are in it. */
  snippet: z.string(),
  highlights: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
  /** True when the headline holds a hit. */
  titleHit: z.boolean(),
});

/** A search result. */
export type SearchHitView = z.infer<typeof SearchHitSchema>;

const CountSchema = z.number().int();

/** Facet counts beside the filters. */
export const FacetsSchema = z.object({
  status: z.record(z.string(), CountSchema),
  kind: z.record(z.string(), CountSchema),
  authors: z.array(z.object({ name: z.string(), count: CountSchema })),
  submitted: CountSchema,
  trash: CountSchema,
  dates: z.object({ today: CountSchema, week: CountSchema, month: CountSchema }),
});

/** What a search answers. */
export const SearchResultSchema = z.object({
  total: CountSchema,
  hits: z.array(SearchHitSchema),
  facets: FacetsSchema.nullable(),
  /** False while the index is being built or checked: results may miss articles. */
  complete: z.boolean(),
  progress: z.object({ done: CountSchema, total: CountSchema }),
  /** How the query was read, where it was read differently from how it was typed. */
  notes: z.array(z.string()),
  /** Why nothing was searched (an empty or unusable query), or null. */
  message: z.string().nullable(),
});

/** A search's answer. */
export type SearchResult = z.infer<typeof SearchResultSchema>;

/** An article that overlaps strongly with another (重稿). */
export const SimilarSchema = z.object({
  id: ArticleIdSchema,
  title: z.string(),
  date: z.string().nullable(),
  status: ArticleStatusSchema,
  /** Share of the shorter text found in the other, 0 to 1. */
  overlap: z.number(),
});

/** The search channels (稿件库检索, 重稿, 保存检索); spread into the contract. */
export const searchContract = {
  /**
   * Searches the archive: terms ANDed, `"…"` phrases, `-词` exclusions,
   * with filters, in relevance or date order, a page at a time; facet counts
   * when asked. An empty query with no filter lists nothing and says so.
   */
  'search.query': {
    input: z.object({
      query: z.string().max(MAX_QUERY_INPUT, '检索内容太长'),
      filters: SearchFiltersSchema.default(SearchFiltersSchema.parse({})),
      order: z.enum(SEARCH_ORDERS).default('relevance'),
      offset: z.number().int().min(0).max(100_000).default(0),
      limit: z.number().int().min(1).max(MAX_SEARCH_PAGE).default(20),
      facets: z.boolean().default(false),
    }),
    output: SearchResultSchema,
  },
  /**
   * Articles whose text overlaps strongly with an article (by id) or with a
   * text not yet saved (an import, a submission), most similar first.
   */
  'search.similar': {
    input: z
      .object({ id: ArticleIdSchema.optional(), text: z.string().max(400_000, '文本太长').optional() })
      .refine((v) => (v.id === undefined) !== (v.text === undefined), '请给出稿件编号或文本之一'),
    output: z.object({ similar: z.array(SimilarSchema), complete: z.boolean() }),
  },
  /** The saved searches (保存检索), each with how many articles it finds now. */
  'search.savedList': {
    input: z.void(),
    output: z.array(SavedSearchSchema.extend({ count: CountSchema })),
  },
  /** Saves a search (a new id adds it, a known id replaces it). */
  'search.savedSave': {
    input: SavedSearchSchema,
    output: SavedSearchSchema,
  },
  /** Removes a saved search. */
  'search.savedDelete': {
    input: z.object({ id: SavedSearchSchema.shape.id }),
    output: z.object({ removed: z.boolean() }),
  },
} as const;
