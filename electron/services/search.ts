import type { Handlers } from '../../shared/ipc/contract';
import { CopydeskError } from '../../shared/ipc/result';
import type { SearchResult } from '../../shared/ipc/search-contract';
import { renderHouseText } from '../../shared/format/house-text';
import { hasNoFilters, resolveFilters, type SearchFilters } from '../../shared/search/filters';
import { parseQuery } from '../../shared/search/query';
import { MAX_SAVED_SEARCHES, type SavedSearch } from '../../shared/search/saved';
import type { ArticleStore } from '../store/article-store';
import type { IssuesStore } from '../store/issues-store';
import type { OwnListStore } from '../store/own-list-store';
import type { SearchIndex } from '../store/search/search-index';

/** The channels the search service answers. */
type SearchChannels =
  'search.query' | 'search.similar' | 'search.savedList' | 'search.savedSave' | 'search.savedDelete';

/** What the search service works on. */
export interface SearchServices {
  index: SearchIndex;
  store: ArticleStore;
  issues: IssuesStore;
  saved: OwnListStore<SavedSearch>;
  now?: () => Date;
}

/** A search request after validation. */
export interface SearchRequest {
  query: string;
  filters: SearchFilters;
  order: 'relevance' | 'date';
  offset: number;
  limit: number;
  facets: boolean;
}

/**
 * Runs a search (the app, `copydesk search` and saved-search counts share
 * it): the query is read, date presets are worked out for today, the
 * placement filter becomes the set of articles placed as asked, and the
 * index answers, saying whether it is complete.
 */
export async function runSearch(services: SearchServices, request: SearchRequest): Promise<SearchResult> {
  const { index, issues } = services;
  const progress = index.status();
  const empty = (message: string | null, notes: string[] = []): SearchResult => ({
    total: 0,
    hits: [],
    facets: null,
    complete: progress.complete,
    progress: { done: progress.done, total: progress.total },
    notes,
    message,
  });
  const parsed = parseQuery(request.query);
  if (!parsed.ok) return empty(parsed.message);
  const now = services.now?.() ?? new Date();
  const filters = resolveFilters(request.filters, now);
  if (filters.from && filters.to && filters.from > filters.to)
    return empty('起始日期晚于结束日期，请检查日期范围。', parsed.notes);
  const positive = parsed.terms.filter((t) => !t.exclude);
  if (positive.length === 0 && hasNoFilters(filters))
    return empty(
      parsed.terms.length > 0
        ? '只有排除的词（以 - 开头）。请至少输入一个要查找的词，或选择筛选条件。'
        : '请输入要查找的文字，或选择筛选条件。',
      parsed.notes,
    );
  let placed: Set<string> | null = null;
  if (filters.issue) {
    placed = new Set();
    for (const issue of await issues.list())
      if (issue.date === filters.issue)
        for (const page of issue.pages)
          if (filters.page === null || page.number === filters.page)
            for (const placement of page.placements) placed.add(placement.articleId);
  }
  const page = await index.engine.search(parsed.terms, {
    filters,
    order: request.order,
    offset: request.offset,
    limit: request.limit,
    placed,
    now,
    facets: request.facets,
  });
  return {
    ...empty(null, parsed.notes),
    total: page.total,
    facets: page.facets,
    hits: page.hits.map(({ doc, snippet, highlights, titleHit }) => ({
      id: doc.id,
      title: doc.title,
      date: doc.date,
      status: doc.status,
      kind: doc.kind,
      deleted: doc.deleted,
      snippet,
      highlights,
      titleHit,
    })),
  };
}

/** The search channels over an index. */
export function searchHandlers(services: SearchServices): Pick<Handlers, SearchChannels> {
  const { index, store, saved } = services;
  return {
    'search.query': (request) => runSearch(services, request),
    'search.similar': async ({ id, text }) => {
      const source = id ? (index.engine.get(id)?.text ?? renderHouseText(await store.get(id))) : (text ?? '');
      const similar = index.engine.similar(source, id ?? null).map(({ doc, overlap }) => ({
        id: doc.id,
        title: doc.title,
        date: doc.date,
        status: doc.status,
        overlap,
      }));
      return { similar, complete: index.status().complete };
    },
    'search.savedList': async () => {
      const { items } = await saved.list();
      const counted = [];
      for (const search of items) {
        const result = await runSearch(services, { ...search, offset: 0, limit: 1, facets: false });
        counted.push({ ...search, count: result.total });
      }
      return counted;
    },
    'search.savedSave': async (search) => {
      const { items } = await saved.list();
      const others = items.filter((s) => s.id !== search.id);
      if (others.length >= MAX_SAVED_SEARCHES)
        throw new CopydeskError('TOO_LARGE', `最多保存 ${MAX_SAVED_SEARCHES} 个检索，请先删除不用的。`);
      if (others.some((s) => s.name === search.name))
        throw new CopydeskError('CONFLICT', `已有名为“${search.name}”的检索，请换个名称。`);
      const at = items.findIndex((s) => s.id === search.id);
      await saved.replace(at >= 0 ? items.map((s, i) => (i === at ? search : s)) : [...items, search]);
      return search;
    },
    'search.savedDelete': async ({ id }) => {
      const { items } = await saved.list();
      const rest = items.filter((s) => s.id !== id);
      if (rest.length !== items.length) await saved.replace(rest);
      return { removed: rest.length !== items.length };
    },
  };
}
