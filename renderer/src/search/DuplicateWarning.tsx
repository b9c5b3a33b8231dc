import { useState } from 'react';
import type { z } from 'zod';
import type { SimilarSchema } from '../../../shared/ipc/search-contract';
import { formatDate } from '../display-format';
import { SimilarDialog } from './SimilarDialog';

/** An archive article that overlaps strongly with this one. */
export type SimilarArticle = z.infer<typeof SimilarSchema>;

interface Props {
  articleId: string;
  /** 送签 or 签发. */
  action: string;
  similar: readonly SimilarArticle[];
  onProceed(): void;
  onCancel(): void;
}

/** 重稿提示 before 送签 and 签发: the archive holds copy that overlaps strongly; compare, go on anyway, or stop. */
export function DuplicateWarning({ articleId, action, similar, onProceed, onCancel }: Props) {
  const [comparing, setComparing] = useState(false);
  return (
    <div className="duplicate-warning" role="alertdialog" aria-label="重稿提示">
      <strong>重稿提示：</strong>稿件库中有 {similar.length} 篇与本稿高度重合的稿件：
      <ul>
        {similar.map((s) => (
          <li key={s.id} data-testid="duplicate-item">
            {s.title || '（无标题）'}（{formatDate(s.date)}，重合 {Math.round(s.overlap * 100)}%）
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setComparing(true)}>
        对比
      </button>
      <button type="button" onClick={onProceed}>
        仍然{action}
      </button>
      <button type="button" onClick={onCancel}>
        取消
      </button>
      {comparing && <SimilarDialog source={{ id: articleId }} onClose={() => setComparing(false)} />}
    </div>
  );
}
