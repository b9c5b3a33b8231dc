import { useCallback, useState, type RefObject } from 'react';
import { Transforms, type Range } from 'slate';
import type { ArticleContent, Note } from '../../../../shared/model/article';
import { useProfile } from '../../workflow/profile-context';
import { markNote, newNoteId, noteTarget, selectNote, unmarkNote } from '../core/notes';
import type { ArticleEditor } from '../core/types';
import { focusEditor } from '../react/focus';

/**
 * 批注 on the open article: starting one on the selected text (the selection
 * is kept while the note form has the focus), adding it as a mark on the text
 * and an entry in the article's notes, jumping to one, and resolving one.
 */
export function useNotes(options: {
  editorRef: RefObject<ArticleEditor | null>;
  updateContent(change: (c: ArticleContent) => ArticleContent): void;
  onProblem(message: string): void;
}) {
  const { editorRef, updateContent, onProblem } = options;
  const { profile } = useProfile();
  const [noting, setNoting] = useState<{ selection: Range; quote: string } | null>(null);

  const startNote = useCallback(() => {
    const editor = editorRef.current;
    if (!editor) return;
    const target = noteTarget(editor);
    if (!target.ok) {
      onProblem(target.message);
      return;
    }
    setNoting({ selection: editor.selection!, quote: target.quote });
  }, [editorRef, onProblem]);

  const addNote = useCallback(
    (text: string) => {
      const editor = editorRef.current;
      if (!editor || !noting || !text.trim()) return;
      const id = newNoteId();
      Transforms.select(editor, noting.selection);
      markNote(editor, id);
      const note: Note = {
        id,
        author: profile?.name ?? '',
        createdAt: new Date().toISOString(),
        text: text.trim(),
        quote: noting.quote,
        resolved: false,
        resolvedBy: null,
        resolvedAt: null,
      };
      updateContent((c) => ({ ...c, notes: [...c.notes, note] }));
      setNoting(null);
    },
    [editorRef, noting, profile, updateContent],
  );

  const jumpToNote = useCallback(
    (id: string) => {
      const editor = editorRef.current;
      if (!editor) return;
      if (!selectNote(editor, id)) {
        onProblem('批注所指的文字已被删改，找不到了。');
        return;
      }
      focusEditor(editor);
    },
    [editorRef, onProblem],
  );

  const resolveNote = useCallback(
    (id: string) => {
      const editor = editorRef.current;
      if (editor) unmarkNote(editor, id);
      updateContent((c) => ({
        ...c,
        notes: c.notes.map((n) =>
          n.id === id
            ? { ...n, resolved: true, resolvedBy: profile?.name ?? '', resolvedAt: new Date().toISOString() }
            : n,
        ),
      }));
    },
    [editorRef, profile, updateContent],
  );

  return { noting, startNote, addNote, cancelNote: () => setNoting(null), jumpToNote, resolveNote };
}
