import { Range, type Editor } from 'slate';
import { HistoryEditor } from 'slate-history';

/** The undo batch on top when an input method began composing over a selection (null: there was none). */
const STARTS = new WeakMap<Editor, object | null>();

/**
 * Tells the editor an input method starts composing (Editable's
 * onCompositionStart, before slate-react's own handler). slate-react deletes
 * a selection when a composition starts and inserts the committed text when
 * it ends, so the two fall into separate undo batches (see slate-react's
 * Editable, onCompositionStart; ianstormtaylor/slate#2098 on its batching).
 */
export function compositionStarts(editor: Editor): void {
  if (HistoryEditor.isHistoryEditor(editor) && editor.selection && Range.isExpanded(editor.selection))
    STARTS.set(editor, editor.history.undos.at(-1) ?? null);
  else STARTS.delete(editor);
}

/**
 * Typing over a selection through an input method is one undo step, as it is
 * with the keyboard: without it, Ctrl+Z after typing a name over 【主持人】
 * took back the name and left the placeholder gone. The committed text joins
 * the batch of the deletion its composition started with, when that deletion
 * is the last thing done.
 */
export function withTypingOver<E extends Editor>(editor: E): E {
  const { insertText } = editor;
  editor.insertText = (text, options) => {
    const started = STARTS.has(editor);
    const before = STARTS.get(editor);
    STARTS.delete(editor);
    if (!started || !HistoryEditor.isHistoryEditor(editor)) return insertText(text, options);
    const top = editor.history.undos.at(-1);
    const deletedSince =
      top !== undefined &&
      top !== before &&
      top.operations.every((op) => op.type.startsWith('remove_') || op.type === 'merge_node');
    if (deletedSince) HistoryEditor.withMerging(editor, () => insertText(text, options));
    else insertText(text, options);
  };
  return editor;
}
