import { useEffect, useRef, useState } from 'react';

interface Props {
  /** Show the replace field too. */
  replace: boolean;
  text: string;
  onSelect(start: number, end: number): void;
  onReplaceText(next: string, caret: number): void;
  onClose(): void;
}

/** 查找 / 替换 within the article body. */
export function FindBar({ replace, text, onSelect, onReplaceText, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [from, setFrom] = useState(0);
  const [message, setMessage] = useState('');
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), [replace]);

  const count = query ? text.split(query).length - 1 : 0;

  const findNext = () => {
    if (!query) return;
    let at = text.indexOf(query, from);
    if (at < 0) at = text.indexOf(query);
    if (at < 0) {
      setMessage('未找到');
      return;
    }
    setMessage('');
    setFrom(at + query.length);
    onSelect(at, at + query.length);
  };

  const replaceOne = () => {
    if (!query) return;
    const at = text.indexOf(query, Math.max(0, from - query.length));
    const index = at >= 0 ? at : text.indexOf(query);
    if (index < 0) {
      setMessage('未找到');
      return;
    }
    onReplaceText(text.slice(0, index) + replacement + text.slice(index + query.length), index + replacement.length);
    setFrom(index + replacement.length);
  };

  const replaceAll = () => {
    if (!query || count === 0) return;
    onReplaceText(text.split(query).join(replacement), 0);
    setMessage(`已替换 ${count} 处`);
  };

  return (
    <div className="find-bar" role="search" aria-label={replace ? '替换' : '查找'}>
      <input
        ref={input}
        aria-label="查找内容"
        placeholder="查找"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setFrom(0);
          setMessage('');
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') findNext();
          if (e.key === 'Escape') onClose();
        }}
      />
      {replace && (
        <input
          aria-label="替换为"
          placeholder="替换为"
          value={replacement}
          onChange={(e) => setReplacement(e.target.value)}
        />
      )}
      <button type="button" onClick={findNext}>
        查找下一个
      </button>
      {replace && (
        <>
          <button type="button" onClick={replaceOne}>
            替换
          </button>
          <button type="button" onClick={replaceAll}>
            全部替换
          </button>
        </>
      )}
      <span className="muted" aria-live="polite">
        {message || (query ? `共 ${count} 处` : '')}
      </span>
      <button type="button" aria-label="关闭查找" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
