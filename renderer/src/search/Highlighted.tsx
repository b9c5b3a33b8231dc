import type { SearchHitView } from '../../../shared/ipc/search-contract';

/** A snippet with its hits marked. */
export function Highlighted({ text, highlights }: Pick<SearchHitView, 'highlights'> & { text: string }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [i, h] of highlights.entries()) {
    if (h.start > at) parts.push(text.slice(at, h.start));
    parts.push(<mark key={i}>{text.slice(h.start, h.end)}</mark>);
    at = h.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <span className="snippet">{parts}</span>;
}

/** The text of a result's first hit as it stands in the article (for 查找 in the editor). */
export function firstHitText(hit: Pick<SearchHitView, 'snippet' | 'highlights'>): string | null {
  const first = hit.highlights[0];
  return first ? hit.snippet.slice(first.start, first.end) : null;
}
