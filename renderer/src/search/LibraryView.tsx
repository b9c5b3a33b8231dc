import { useEffect, useRef, useState } from 'react';
import { ArticleList } from '../articles/ArticleList';
import { useNotify } from '../app/notify';
import { SEARCH_ORDERS } from '../../../shared/search/filters';
import { isActive, NO_SEARCH, useArchiveSearch, type SearchState } from './use-archive-search';
import { useSavedSearches } from './use-saved-searches';
import { SearchResults } from './SearchResults';
import { SearchFiltersPanel } from './SearchFiltersPanel';
import { SavedSearches } from './SavedSearches';
import { SimilarDialog } from './SimilarDialog';

const ORDER_LABELS: Record<(typeof SEARCH_ORDERS)[number], string> = { relevance: '按相关度', date: '按日期' };

interface Props {
  /** Bumped when the archive changed elsewhere (an inbox delivery): lists and results load again. */
  listKey: number;
  /** Bumped to put the caret in the search field (Ctrl+Shift+F). */
  focusSearch: number;
  /** Opens an article; `find` is the text of its first hit, selected when it opens. */
  onOpen(id: string, find?: string | null): void;
  onLoaded(): void;
}

/** 稿件库: the search field over the archive, filters and saved searches beside it, and the month list when nothing is searched. */
export function LibraryView({ listKey, focusSearch, onOpen, onLoaded }: Props) {
  const notify = useNotify();
  const [state, setState] = useState<SearchState>(NO_SEARCH);
  const { result, busy, error, refresh } = useArchiveSearch(state);
  useEffect(() => {
    if (listKey > 0) refresh();
  }, [listKey, refresh]);
  const saved = useSavedSearches();
  const [naming, setNaming] = useState<string | null>(null);
  const [similarOf, setSimilarOf] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusSearch > 0) input.current?.focus();
  }, [focusSearch]);
  // Saved-search counts follow the archive: counted again when it changed elsewhere (not on every keystroke).
  const { reload } = saved;
  useEffect(() => {
    if (listKey > 0) void reload();
  }, [listKey, reload]);

  const saveSearch = async () => {
    if (!naming?.trim()) return;
    try {
      await saved.save(naming.trim(), state);
      setNaming(null);
    } catch (e) {
      notify.fail(e, '无法保存检索');
    }
  };

  return (
    <div className="library">
      <aside className="library-side">
        <SavedSearches
          saved={saved.saved}
          onApply={(s) => setState({ query: s.query, filters: s.filters, order: s.order })}
          onDelete={(s) => void saved.remove(s.id).catch((e: unknown) => notify.fail(e))}
        />
        <SearchFiltersPanel
          filters={state.filters}
          facets={result?.facets ?? null}
          onChange={(filters) => setState((s) => ({ ...s, filters }))}
        />
      </aside>
      <div className="library-main">
        <div className="search-bar" role="search">
          <input
            ref={input}
            type="search"
            aria-label="检索稿件库"
            placeholder="检索稿件库：空格分隔多个词，“…”为词组，-词为排除（Ctrl+Shift+F）"
            value={state.query}
            onChange={(e) => setState((s) => ({ ...s, query: e.target.value }))}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') {
                document.querySelector<HTMLElement>('[data-result]')?.focus();
                e.preventDefault();
              } else if (e.key === 'Enter' && result?.hits[0]) {
                const first = document.querySelector<HTMLElement>('[data-result]');
                first?.click();
              }
            }}
          />
          <select
            aria-label="排序"
            value={state.order}
            onChange={(e) => setState((s) => ({ ...s, order: e.target.value as SearchState['order'] }))}
          >
            {SEARCH_ORDERS.map((o) => (
              <option key={o} value={o}>
                {ORDER_LABELS[o]}
              </option>
            ))}
          </select>
          {isActive(state) && (
            <>
              <button type="button" onClick={() => setNaming('')}>
                保存检索
              </button>
              <button type="button" onClick={() => setState(NO_SEARCH)}>
                清除检索
              </button>
            </>
          )}
        </div>
        {naming !== null && (
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void saveSearch();
            }}
          >
            <label>
              检索名称
              <input autoFocus value={naming} maxLength={20} onChange={(e) => setNaming(e.target.value)} />
            </label>
            <button type="submit" disabled={!naming.trim()}>
              保存
            </button>
            <button type="button" onClick={() => setNaming(null)}>
              取消
            </button>
          </form>
        )}
        {error && <p role="alert">{error}</p>}
        {isActive(state) ? (
          result ? (
            <SearchResults result={result} busy={busy} onOpen={onOpen} onSimilar={setSimilarOf} />
          ) : (
            <p className="muted">正在检索……</p>
          )
        ) : (
          <ArticleList key={listKey} mode="library" onOpen={(id) => onOpen(id)} onLoaded={onLoaded} />
        )}
      </div>
      {similarOf && (
        <SimilarDialog source={{ id: similarOf }} onOpen={(id) => onOpen(id)} onClose={() => setSimilarOf(null)} />
      )}
    </div>
  );
}
