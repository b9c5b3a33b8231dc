import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Article, ArticleContent } from '../../../../shared/model/article';
import { useClient } from '../../api/use-client';
import { errorMessage } from '../../app/notify';

/** What the user chose when the article could not be saved on the way out. */
export type LeaveChoice = 'stay' | 'copy' | 'discard';

/** The question on screen: why the save failed, and the answer to give. */
export interface LeaveQuestion {
  message: string;
  answer(choice: LeaveChoice): void;
}

/**
 * Leaving an article (返回稿件库, the top tabs, 新建, search) saves it first.
 * When that save is refused (the article was signed and locked meanwhile, a
 * conflict, the disk full) the screen must not be stranded: the user is asked
 * whether to stay, to keep the text as a new article (另存为新稿, so nothing
 * typed is lost) and leave, or to discard the changes and leave. Discarding
 * also drops the crash journal, so the dropped text is not offered back.
 */
export function useLeaveGuard(options: {
  save(): Promise<boolean>;
  current(): ArticleContent | null;
  article(): Article | null;
  failure(): string;
  onError(message: string): void;
}) {
  const client = useClient();
  const [question, setQuestion] = useState<LeaveQuestion | null>(null);
  // The latest options, so that `leave` keeps one identity (it is registered as the view's flush).
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });

  // Once the user chose to leave without saving, the way out (the view asks again as it changes) is open.
  const decided = useRef(false);
  const leave = useCallback(async (): Promise<boolean> => {
    const { save, current, article, failure, onError } = latest.current;
    if (decided.current || (await save())) return true;
    const choice = await new Promise<LeaveChoice>((resolve) =>
      setQuestion({ message: failure(), answer: (c) => resolve(c) }),
    );
    setQuestion(null);
    if (choice === 'stay') return false;
    const base = article();
    if (choice === 'copy') {
      const content = current();
      if (!content) return false;
      try {
        await client.call('articles.create', content);
      } catch (error) {
        onError(`另存为新稿失败：${errorMessage(error)}`);
        return false;
      }
    }
    if (base) await client.call('drafts.discard', { id: base.id }).catch(() => {});
    decided.current = true;
    return true;
  }, [client]);

  return { leave, question };
}
