import { type Editor, Transforms } from 'slate';
import { isHeadline, isType } from '../nodes';

/**
 * There is always a body to type in: at least one paragraph between the
 * headline stack and the byline, and the lead (the first body block) is a
 * paragraph, never a 小标题.
 */
export function withBody<E extends Editor>(editor: E): E {
  const { normalizeNode } = editor;
  editor.normalizeNode = (entry, options) => {
    if (entry[1].length !== 0) return normalizeNode(entry, options);
    const children = editor.children;
    const first = children.findIndex((c) => !isHeadline(c));
    if (first < 0 || isType(children[first]!, 'byline')) {
      Transforms.insertNodes(
        editor,
        { type: 'paragraph', children: [{ text: '' }] },
        { at: [first < 0 ? children.length : first] },
      );
      return;
    }
    if (isType(children[first]!, 'subheading')) {
      Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [first] });
      return;
    }
    normalizeNode(entry, options);
  };
  return editor;
}
