import type { Note } from '../../../shared/model/article';
import { formatMoment } from '../display-format';

/** 批注: the notes on the text, open ones first; click to select the text, 解决 to close. Never exported. */
export function NotesPanel({
  notes,
  onJump,
  onResolve,
}: {
  notes: readonly Note[];
  onJump(id: string): void;
  onResolve(id: string): void;
}) {
  const open = notes.filter((n) => !n.resolved);
  const closed = notes.filter((n) => n.resolved);
  if (notes.length === 0) return null;
  return (
    <aside className="notes-panel" aria-label="批注">
      <h2>批注（{open.length} 条未解决）</h2>
      <ul>
        {[...open, ...closed].map((n) => (
          <li key={n.id} data-testid="note" className={n.resolved ? 'resolved' : undefined}>
            <button type="button" className="link" onClick={() => onJump(n.id)} title="选中批注的文字">
              “{n.quote}”
            </button>
            <p>{n.text}</p>
            <p className="muted">
              {n.author} · {formatMoment(n.createdAt)}
              {n.resolved && ` · 已由 ${n.resolvedBy ?? ''} 解决`}
            </p>
            {!n.resolved && (
              <button type="button" onClick={() => onResolve(n.id)}>
                解决
              </button>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
