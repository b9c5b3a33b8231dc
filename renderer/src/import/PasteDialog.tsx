import { useState } from 'react';
import { MAX_PASTE_CHARS } from '../../../shared/model/limits';

/** 粘贴导入: copy from an e-paper, a PDF or a chat, pasted as text. */
export function PasteDialog({ onRead, onCancel }: { onRead(text: string): void; onCancel(): void }) {
  const [text, setText] = useState('');
  const tooLong = text.length > MAX_PASTE_CHARS;
  return (
    <form
      className="dialog"
      aria-label="粘贴导入"
      onSubmit={(e) => {
        e.preventDefault();
        onRead(text);
      }}
    >
      <h2>粘贴导入</h2>
      <p className="muted">把电子版、PDF 或聊天中复制的稿件粘贴在这里，可以一次粘贴一整版。</p>
      <textarea
        aria-label="粘贴稿件文本"
        rows={12}
        className="paste-area"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {tooLong && <p className="error">粘贴的内容太长（超过 {MAX_PASTE_CHARS / 10_000} 万字），请分几次导入。</p>}
      <div className="form-row">
        <button type="submit" className="primary" disabled={!text.trim() || tooLong}>
          识别稿件
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}
