import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from '../api/use-client';
import { errorMessage } from '../app/notify';
import type { SearchResult } from '../../../shared/ipc/search-contract';
import { hasNoFilters, NO_FILTERS, type SearchFilters } from '../../../shared/search/filters';

/** Milliseconds of quiet typing before a search runs. */
const DEBOUNCE_MS = 200;

/** How many results a page shows. */
export const SEARCH_PAGE = 50;

/** The search the library shows: what was typed, the filters, the order. */
export interface SearchState {
  query: string;
  filters: SearchFilters;
  order: 'relevance' | 'date';
}

/** The empty search: the library shows its month list. */
export const NO_SEARCH: SearchState = { query: '', filters: NO_FILTERS, order: 'relevance' };

/** True when a search narrows the library (something typed or a filter set). */
export function isActive(state: SearchState): boolean {
  return state.query.trim() !== '' || !hasNoFilters(state.filters);
}

/**
 * Runs the library's search while the user types: debounced, the answer to
 * an older request dropped when a newer one was sent, and again every
 * second while the index reports itself incomplete (a rebuild in progress).
 */
export function useArchiveSearch(state: SearchState): {
  result: SearchResult | null;
  busy: boolean;
  error: string | null;
  refresh(): void;
} {
  const client = useClient();
  const [result, setResult] = useState<SearchResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const sent = useRef(0);
  const active = isActive(state);

  useEffect(() => {
    if (!active) return;
    const request = ++sent.current;
    const timer = setTimeout(() => {
      setBusy(true);
      client
        .call('search.query', { ...state, limit: SEARCH_PAGE, facets: true })
        .then((answer) => {
          if (request !== sent.current) return;
          setResult(answer);
          setError(null);
        })
        .catch((e: unknown) => request === sent.current && setError(errorMessage(e)))
        .finally(() => request === sent.current && setBusy(false));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [client, state, active, tick]);

  // While the index is being built, look again so results fill in.
  useEffect(() => {
    if (!result || result.complete) return;
    const timer = setTimeout(() => setTick((t) => t + 1), 1000);
    return () => clearTimeout(timer);
  }, [result]);

  const refresh = useCallback(() => setTick((t) => t + 1), []);
  return { result: active ? result : null, busy: active && busy, error: active ? error : null, refresh };
}
