import { isImeKey } from '../menu-commands';
import { useEffect, useRef, useState } from 'react';

/** What find/replace works on: the article document (or anything else that can be searched). */
export interface FindTarget {
  count(query: string): number;
  /** Selects the next match; false when there is none. */
  findNext(query: string): boolean;
  /** Replaces the selected match (or goes to the next); false when there is none. */
  replaceNext(query: string, replacement: string): boolean;
  /** Replaces every match; returns how many. */
  replaceAll(query: string, replacement: string): number;
}

interface Props {
  /** Show the replace field too. */
  replace: boolean;
  target: FindTarget;
  /** Bumped when the searched text changes, so the count is recomputed. */
  version: number;
  /** A query to start with, its first match selected (an article opened from a search). */
  initialQuery?: string;
  onClose(): void;
}

/** 查找 / 替换 across the headline and the body. */
export function FindBar({ replace, target, version, initialQuery, onClose }: Props) {
  const [query, setQuery] = useState(initialQuery ?? '');
  const [replacement, setReplacement] = useState('');
  const [message, setMessage] = useState('');
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (initialQuery) target.findNext(initialQuery);
    else input.current?.focus();
  }, [replace, initialQuery, target]);

  // F3 finds the next match from anywhere in the editor, as in Word and WPS.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F3' || !query) return;
      e.preventDefault();
      setMessage(target.findNext(query) ? '' : '未找到');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [query, target]);

  const count = query ? target.count(query) : 0;
  void version;

  return (
    <div className="find-bar" role="search" aria-label={replace ? '替换' : '查找'}>
      <input
        ref={input}
        aria-label="查找内容"
        placeholder="查找"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setMessage('');
        }}
        onKeyDown={(e) => {
          if (isImeKey(e.nativeEvent)) return;
          if (e.key === 'Enter') setMessage(target.findNext(query) ? '' : '未找到');
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
      <button type="button" onClick={() => setMessage(query && target.findNext(query) ? '' : '未找到')}>
        查找下一个
      </button>
      {replace && (
        <>
          <button
            type="button"
            onClick={() => setMessage(query && target.replaceNext(query, replacement) ? '' : '未找到')}
          >
            替换
          </button>
          <button
            type="button"
            onClick={() => query && setMessage(`已替换 ${target.replaceAll(query, replacement)} 处`)}
          >
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
