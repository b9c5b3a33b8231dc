import { type Editor, Transforms } from 'slate';
import { isType } from '../nodes';

/**
 * Keeps the headline stack well formed: exactly one 主题 (title), first in the
 * document or right under a 引题 (kicker); at most one kicker, only directly
 * above the title; at most one 副题 (subtitle), only directly below it. A stray
 * headline element becomes a body paragraph. Each pass fixes one thing and
 * returns; Slate normalizes again after it.
 */
export function withHeadlineStructure<E extends Editor>(editor: E): E {
  const { normalizeNode } = editor;
  editor.normalizeNode = (entry, options) => {
    if (entry[1].length !== 0) return normalizeNode(entry, options);
    const children = editor.children;
    const kickerFirst = children.length > 0 && isType(children[0]!, 'kicker');
    const titles = children.flatMap((c, i) => (isType(c, 'title') ? [i] : []));
    if (titles.length === 0) {
      Transforms.insertNodes(editor, { type: 'title', children: [{ text: '' }] }, { at: [kickerFirst ? 1 : 0] });
      return;
    }
    if (titles.length > 1) {
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: [titles[1]!] });
      return;
    }
    const titleAt = titles[0]!;
    const wanted = kickerFirst ? 1 : 0;
    if (titleAt !== wanted) {
      Transforms.moveNodes(editor, { at: [titleAt], to: [wanted] });
      return;
    }
    const stray = children.findIndex(
      (c, i) => (isType(c, 'kicker') && i !== titleAt - 1) || (isType(c, 'subtitle') && i !== titleAt + 1),
    );
    if (stray >= 0) {
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: [stray] });
      return;
    }
    normalizeNode(entry, options);
  };
  return editor;
}
