import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { Article, ArticleContent } from '../../../../shared/model/article';
import { useClient } from '../../api/use-client';

/** While there are unsaved changes, they are written to the crash journal this often. */
const DRAFT_INTERVAL_MS = 400;

/**
 * The crash journal of the open article: while there are unsaved changes,
 * what the editor holds is kept on disk every few hundred ms (`drafts.put`),
 * and when the window or page closes it is kept once more and saved.
 * `unsaved` gives what differs from the saved article, or null when there is
 * nothing to keep (saved meanwhile: a long article's copy would only hold up
 * the next save).
 */
export function useCrashJournal(options: {
  dirty: boolean;
  content: ArticleContent | null;
  unsaved(): { base: Article; now: ArticleContent } | null;
  save(how: { auto?: boolean }): Promise<boolean>;
  /** The editor, when one is open (the page-hide save reads it). */
  editorRef: RefObject<unknown>;
}) {
  const client = useClient();
  const { dirty, content, unsaved, save, editorRef } = options;
  const keepDraft = useCallback(
    (base: Article, now: ArticleContent) =>
      void client.call('drafts.put', { id: base.id, baseRevision: base.revision, content: now }).catch(() => {}),
    [client],
  );

  const draftTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (!dirty || draftTimer.current) return;
    draftTimer.current = setTimeout(() => {
      draftTimer.current = null;
      const left = unsaved();
      if (left) keepDraft(left.base, left.now);
    }, DRAFT_INTERVAL_MS);
  }, [dirty, content, unsaved, keepDraft]);
  useEffect(
    () => () => {
      if (draftTimer.current) clearTimeout(draftTimer.current);
    },
    [],
  );

  // Closing the window or the page: whatever is unsaved goes to the crash journal, and is saved.
  useEffect(() => {
    const onPageHide = () => {
      const left = editorRef.current ? unsaved() : null;
      if (!left) return;
      keepDraft(left.base, left.now);
      // And a save, which the main process finishes even as the window goes away.
      void save({ auto: true });
    };
    window.addEventListener('pagehide', onPageHide);
    return () => window.removeEventListener('pagehide', onPageHide);
  }, [unsaved, editorRef, keepDraft, save]);
}
