import { useMemo, type ReactNode } from 'react';
import type { ArticleContent, ArticleKind } from '../../../shared/model/article';
import { ARTICLE_KINDS } from '../../../shared/model/article';
import { KIND_TARGET_WORDS } from '../../../shared/model/kinds';
import { articleWordCount, articleWordCountWithoutPunctuation } from '../../../shared/model/article-content';
import { contentPlaceholders } from '../../../shared/format/placeholders';
import { useLocked } from './react/locked';

interface Props {
  content: ArticleContent;
  fits: ReadonlyArray<{ key: string; over: boolean; message: string }>;
  /** Where the caret is (its own component, so caret moves redraw it alone). */
  caret: ReactNode;
  onKind(kind: ArticleKind | null): void;
}

/** The line under the bar: placeholders left, 类型, 字数 against the kind's target, and how the copy fits its modules. */
export function EditorStatus({ content, fits, caret, onKind }: Props) {
  const locked = useLocked();
  const counts = useMemo(
    () => ({ all: articleWordCount(content), noPunct: articleWordCountWithoutPunctuation(content) }),
    [content],
  );
  const placeholdersLeft = useMemo(() => contentPlaceholders(content).length, [content]);
  const target = content.kind ? KIND_TARGET_WORDS[content.kind] : null;
  return (
    <div className="editor-meta">
      {placeholdersLeft > 0 && (
        <span className="status over" data-testid="placeholders-left">
          还有 {placeholdersLeft} 处占位符未填写（Tab 跳到下一处）
        </span>
      )}
      <label className="status">
        类型
        <select
          aria-label="稿件类型"
          disabled={locked !== null}
          title={locked ?? undefined}
          value={content.kind ?? ''}
          onChange={(e) => onKind((e.target.value || null) as ArticleKind | null)}
        >
          <option value="">（未定）</option>
          {ARTICLE_KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </label>
      <span className="status" data-testid="word-count" title={`不计标点 ${counts.noPunct} 字`}>
        字数 {counts.all}
      </span>
      <span className="status" data-testid="word-count-detail">
        不计标点 {counts.noPunct}
        {target !== null && (
          <span className={counts.all > target ? 'over' : undefined}>
            {' '}
            · {content.kind}宜 {target} 字{counts.all > target ? `，超出 ${counts.all - target} 字` : ''}
          </span>
        )}
      </span>
      {caret}
      {fits.map((fit) => (
        <span key={fit.key} className={fit.over ? 'status over' : 'status'} data-testid="copyfit-editor">
          {fit.message}
        </span>
      ))}
    </div>
  );
}
