import { Editor, Range, Transforms } from 'slate';
import { isType } from '../nodes';

/**
 * A 小标题 is one line over the text that follows it: Enter at its end
 * starts a paragraph, as a word processor's heading style does; Enter
 * anywhere else in it splits it into two 小标题.
 */
export function withSubheadings<E extends Editor>(editor: E): E {
  const { insertBreak } = editor;
  editor.insertBreak = () => {
    const { selection } = editor;
    const entry = selection
      ? Editor.above(editor, { match: (n) => isType(n, 'subheading'), mode: 'highest' })
      : undefined;
    if (!entry || !selection || Range.isExpanded(selection) || !Editor.isEnd(editor, selection.anchor, entry[1]))
      return insertBreak();
    Editor.withoutNormalizing(editor, () => {
      insertBreak();
      const next = [entry[1][0]! + 1];
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: next });
    });
  };
  return editor;
}
