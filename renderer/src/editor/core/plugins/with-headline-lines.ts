import { Editor, Element, Node, Range, Transforms } from 'slate';
import { isHeadline, isType } from '../nodes';

/**
 * Headline lines behave like one-line fields: Enter moves to the start of the
 * next line (引题 → 主题 → 副题 → the lead) instead of splitting; a soft break
 * is not allowed; and a headline carries no bold.
 */
export function withHeadlineLines<E extends Editor>(editor: E): E {
  const { insertBreak, insertSoftBreak, normalizeNode } = editor;

  const headlineAtSelection = () => {
    if (!editor.selection) return null;
    const entry = Editor.above(editor, { match: (n) => isHeadline(n), mode: 'highest' });
    return entry ?? null;
  };

  editor.insertBreak = () => {
    const entry = headlineAtSelection();
    if (!entry) return insertBreak();
    if (editor.selection && Range.isExpanded(editor.selection)) Transforms.delete(editor);
    const next = [entry[1][0]! + 1];
    if (!Node.has(editor, next) || isType(Node.get(editor, next), 'byline')) {
      Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: next });
    }
    Transforms.select(editor, Editor.start(editor, next));
  };

  editor.insertSoftBreak = () => {
    if (headlineAtSelection()) return;
    insertSoftBreak();
  };

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (Element.isElement(node) && isHeadline(node)) {
      const boldAt = node.children.findIndex((c) => 'bold' in c);
      if (boldAt >= 0) {
        Transforms.unsetNodes(editor, 'bold', { at: [...path, boldAt] });
        return;
      }
    }
    normalizeNode(entry, options);
  };
  return editor;
}
