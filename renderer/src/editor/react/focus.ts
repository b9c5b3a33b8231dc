import { ReactEditor } from 'slate-react';
import type { ArticleEditor } from '../core/types';

/** Gives the editor the keyboard focus (a no-op when it is not mounted, as in tests). */
export function focusEditor(editor: ArticleEditor | null): void {
  if (!editor) return;
  try {
    ReactEditor.focus(editor);
  } catch {
    // Not mounted: nothing to focus.
  }
}
