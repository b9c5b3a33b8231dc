import type { SavedSearch } from '../../../shared/search/saved';

interface Props {
  saved: ReadonlyArray<SavedSearch & { count: number }>;
  onApply(search: SavedSearch): void;
  onDelete(search: SavedSearch): void;
}

/** 保存的检索 in the sidebar, each with how many articles it finds now. */
export function SavedSearches({ saved, onApply, onDelete }: Props) {
  return (
    <nav className="saved-searches" aria-label="保存的检索">
      <h2>保存的检索</h2>
      {saved.length === 0 && <p className="muted">还没有保存的检索。检索后点“保存检索”即可加在这里。</p>}
      <ul>
        {saved.map((s) => (
          <li key={s.id}>
            <button type="button" className="link" onClick={() => onApply(s)}>
              {s.name}
            </button>
            <span className="muted" data-testid="saved-count">
              （{s.count}）
            </span>
            <button type="button" className="link" aria-label={`删除检索“${s.name}”`} onClick={() => onDelete(s)}>
              删除
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
