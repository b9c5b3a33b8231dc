import { useRef } from 'react';
import type { SearchResult } from '../../../shared/ipc/search-contract';
import { STATUS_LABELS } from '../../../shared/model/article';
import { formatDate } from '../display-format';
import { firstHitText, Highlighted } from './Highlighted';

interface Props {
  result: SearchResult;
  busy: boolean;
  /** Opens an article, with the text of its first hit to select. */
  onOpen(id: string, find: string | null): void;
  onSimilar(id: string): void;
}

/** The results of a search: title, date, status and a snippet with every hit marked; Enter or a click opens one. */
export function SearchResults({ result, busy, onOpen, onSimilar }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const move = (from: HTMLElement, step: number) => {
    const items = [...(list.current?.querySelectorAll<HTMLElement>('[data-result]') ?? [])];
    items[items.indexOf(from) + step]?.focus();
  };
  return (
    <section className="search-results" aria-label="检索结果" aria-busy={busy}>
      <p className="muted" role="status" data-testid="search-summary">
        {result.message ??
          `找到 ${result.total} 篇${result.total > result.hits.length ? `，显示前 ${result.hits.length} 篇` : ''}`}
        {!result.complete && `（索引正在建立：${result.progress.done}/${result.progress.total}，结果可能不全）`}
      </p>
      {result.notes.map((note) => (
        <p key={note} className="muted">
          {note}
        </p>
      ))}
      <ol ref={list}>
        {result.hits.map((hit) => (
          <li key={hit.id} data-testid="search-hit" data-id={hit.id}>
            <div
              className="search-hit"
              role="button"
              tabIndex={0}
              data-result
              aria-label={hit.title || '（无标题）'}
              onClick={() => onOpen(hit.id, firstHitText(hit))}
              onKeyDown={(e) => {
                if (e.key === 'Enter') onOpen(hit.id, firstHitText(hit));
                else if (e.key === 'ArrowDown') move(e.currentTarget, 1);
                else if (e.key === 'ArrowUp') move(e.currentTarget, -1);
                else return;
                e.preventDefault();
              }}
            >
              <strong className={hit.titleHit ? 'title-hit' : undefined}>{hit.title || '（无标题）'}</strong>
              <span className="muted">
                {formatDate(hit.date)} · {STATUS_LABELS[hit.status]}
                {hit.kind ? ` · ${hit.kind}` : ''}
                {hit.deleted ? ' · 回收站' : ''}
              </span>
              <Highlighted text={hit.snippet} highlights={hit.highlights} />
            </div>
            <button type="button" className="link" onClick={() => onSimilar(hit.id)}>
              相似稿件
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
