import type { CatalogEntry } from '../../../shared/model/article';
import type { IssuePage } from '../../../shared/layout/issue';

/** The drag type for an article dragged from the archive list onto a page. */
export const ARTICLE_DRAG = 'application/x-copydesk-article';

/** The month's reports beside the pages, each already placed marked with its pages: drag one onto a page, or 加入 one from its menu. */
export function ArchiveSidebar({
  month,
  archive,
  pages,
  onPlace,
}: {
  /** YYYY-MM. */
  month: string;
  archive: readonly CatalogEntry[];
  pages: readonly IssuePage[];
  onPlace(pageIndex: number, articleId: string): void;
}) {
  // Where each report already stands in this issue, so the desk does not place it twice.
  const placedOn = new Map<string, number[]>();
  for (const page of pages)
    for (const placement of page.placements)
      placedOn.set(placement.articleId, [...(placedOn.get(placement.articleId) ?? []), page.number]);
  return (
    <aside className="planner-archive" aria-label="本月稿件">
      <h2>{month.replace('-', '年')}月稿件</h2>
      {archive.length === 0 && <p className="muted">这个月还没有稿件。</p>}
      <ul>
        {archive.map((entry) => (
          <li
            key={entry.id}
            draggable
            data-testid="archive-entry"
            onDragStart={(e) => e.dataTransfer.setData(ARTICLE_DRAG, entry.id)}
          >
            <span>{entry.title || '（无标题）'}</span>
            {placedOn.has(entry.id) && (
              <span className="status" data-testid="placed-on">
                已排第{placedOn.get(entry.id)!.join('、')}版
              </span>
            )}
            <select
              aria-label={`把“${entry.title}”加入`}
              value=""
              onChange={(e) => e.target.value !== '' && onPlace(Number(e.target.value), entry.id)}
            >
              <option value="">加入…</option>
              {pages.map((p, i) => (
                <option key={i} value={i}>
                  第{p.number}版
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
    </aside>
  );
}
