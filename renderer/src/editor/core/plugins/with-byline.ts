import { type Editor, Transforms } from 'slate';
import { EMPTY_BYLINE } from '../../../../../shared/model/article';
import { isType } from '../nodes';

/**
 * Exactly one byline block, a void, at the very end of the document: a missing
 * one is added (empty), extra ones are removed (the last one is kept), and one
 * that is not last is moved to the end.
 */
export function withByline<E extends Editor>(editor: E): E {
  const { isVoid, normalizeNode } = editor;
  editor.isVoid = (element) => element.type === 'byline' || isVoid(element);
  editor.normalizeNode = (entry, options) => {
    if (entry[1].length !== 0) return normalizeNode(entry, options);
    const children = editor.children;
    const bylines = children.flatMap((c, i) => (isType(c, 'byline') ? [i] : []));
    if (bylines.length === 0) {
      Transforms.insertNodes(
        editor,
        { type: 'byline', byline: { ...EMPTY_BYLINE }, children: [{ text: '' }] },
        { at: [children.length] },
      );
      return;
    }
    if (bylines.length > 1) {
      Transforms.removeNodes(editor, { at: [bylines[0]!] });
      return;
    }
    if (bylines[0] !== children.length - 1) {
      Transforms.moveNodes(editor, { at: [bylines[0]!], to: [children.length - 1] });
      return;
    }
    normalizeNode(entry, options);
  };
  return editor;
}
