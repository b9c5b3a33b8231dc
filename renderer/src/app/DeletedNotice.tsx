import { useState } from 'react';
import { useClient } from '../api/use-client';
import { errorMessage } from './notify';

/**
 * Says that 删除 moved an article to the 回收站, with 撤销: 删除 asks no
 * question because it can be undone, and this is where it is undone at once.
 */
export function DeletedNotice({
  article,
  onRestored,
  onDismiss,
}: {
  article: { id: string; title: string };
  onRestored(): void;
  onDismiss(): void;
}) {
  const client = useClient();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="notices" role="status" data-testid="deleted-notice">
      已将《{article.title || '无标题'}》移到回收站。
      <button
        type="button"
        onClick={() =>
          void client
            .call('articles.restore', { id: article.id })
            .then(onRestored, (e: unknown) => setProblem(`未能撤销：${errorMessage(e)}`))
        }
      >
        撤销
      </button>
      <button type="button" onClick={onDismiss}>
        知道了
      </button>
      {problem && <span className="error">{problem}</span>}
    </div>
  );
}
