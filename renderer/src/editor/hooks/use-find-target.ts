import { useMemo, type RefObject } from 'react';
import { findAll, replaceAll, replaceNext, selectNext } from '../core/find';
import type { ArticleEditor } from '../core/types';
import type { FindTarget } from '../FindBar';
import { focusEditor } from '../react/focus';

/** What 查找/替换 works on: the open document, which gets the focus back after each step. */
export function useFindTarget(editorRef: RefObject<ArticleEditor | null>): FindTarget {
  return useMemo<FindTarget>(() => {
    const withEditor = <T>(fallback: T, run: (e: ArticleEditor) => T): T => {
      const editor = editorRef.current;
      if (!editor) return fallback;
      const result = run(editor);
      focusEditor(editor);
      return result;
    };
    return {
      count: (q) => (editorRef.current ? findAll(editorRef.current, q).length : 0),
      findNext: (q) => withEditor(false, (e) => selectNext(e, q)),
      replaceNext: (q, r) => withEditor(false, (e) => replaceNext(e, q, r)),
      replaceAll: (q, r) => withEditor(0, (e) => replaceAll(e, q, r)),
    };
  }, [editorRef]);
}
