import { useState } from 'react';

/** The form for a new 批注 on the quoted text. */
export function NoteForm({ quote, onAdd, onCancel }: { quote: string; onAdd(text: string): void; onCancel(): void }) {
  const [text, setText] = useState('');
  return (
    <form
      className="find-bar"
      aria-label="添加批注"
      onSubmit={(e) => {
        e.preventDefault();
        onAdd(text);
      }}
    >
      <span className="muted">批注“{quote.slice(0, 20)}”：</span>
      <input
        aria-label="批注内容"
        size={40}
        value={text}
        maxLength={2000}
        onChange={(e) => setText(e.target.value)}
        autoFocus
      />
      <button type="submit" className="primary" disabled={!text.trim()}>
        添加
      </button>
      <button type="button" onClick={onCancel}>
        取消
      </button>
    </form>
  );
}
