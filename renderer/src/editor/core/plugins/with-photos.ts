import { Editor, Element, Node, Path, Point, Range, Text, Transforms } from 'slate';
import { isPhoto } from '../nodes';
import type { PhotoElement } from '../types';

/** The photo block the (collapsed) selection is in, with its path. */
function photoAt(editor: Editor): [PhotoElement, Path] | null {
  const { selection } = editor;
  if (!selection) return null;
  const entry = Editor.above(editor, { at: selection, match: isPhoto, mode: 'lowest' });
  return entry ? (entry as [PhotoElement, Path]) : null;
}

/** The top-level block the collapsed selection is in, when the caret is at its start or end. */
function edgeOfBlock(editor: Editor, edge: 'start' | 'end'): Path | null {
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection)) return null;
  const path = [selection.anchor.path[0]!];
  if (path[0]! >= editor.children.length) return null;
  const at = edge === 'start' ? Editor.start(editor, path) : Editor.end(editor, path);
  return Point.equals(selection.anchor, at) ? path : null;
}

/** A paragraph with nothing in it (not even the dateline chip or a person). */
const isEmptyParagraph = (node: Node) =>
  Element.isElement(node) &&
  node.type === 'paragraph' &&
  node.children.every((child) => Text.isText(child)) &&
  Node.string(node) === '';

/**
 * A photo is one block and stays whole: its picture never merges into a
 * paragraph, nor a paragraph into its caption.
 * - Its text is the 图片说明: plain runs only (people and the dateline chip
 *   become text through withPeople and withDateline, which keep them in
 *   paragraphs).
 * - A photo stands at the top level of the body; one nested anywhere else is
 *   unwrapped into its caption text.
 * - Enter in a caption starts a new paragraph after the photo instead of
 *   splitting the photo in two.
 * - Backspace at the start of a caption, or Delete at its end, moves the
 *   caret to the neighbouring block instead of merging; Backspace at the
 *   start of the paragraph after a photo (Delete at the end of the one
 *   before) removes that paragraph only when it is empty.
 * A photo is removed with its 删除图片 button, or in a selection deleted whole.
 */
export function withPhotos<E extends Editor>(editor: E): E {
  const { normalizeNode, insertBreak, deleteBackward, deleteForward } = editor;

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (isPhoto(node) && path.length > 1) {
      Transforms.unwrapNodes(editor, { at: path });
      return;
    }
    normalizeNode(entry, options);
  };

  editor.insertBreak = () => {
    const photo = photoAt(editor);
    if (!photo) return insertBreak();
    const next = Path.next(photo[1]);
    Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: next, select: true });
  };

  editor.deleteBackward = (unit) => {
    const start = edgeOfBlock(editor, 'start');
    if (start && start[0]! > 0) {
      const previous = Path.previous(start);
      const here = editor.children[start[0]!]!;
      if (isPhoto(here)) {
        Transforms.select(editor, Editor.end(editor, previous));
        return;
      }
      if (isPhoto(editor.children[previous[0]!]!)) {
        if (isEmptyParagraph(here)) Transforms.removeNodes(editor, { at: start });
        Transforms.select(editor, Editor.end(editor, previous));
        return;
      }
    }
    deleteBackward(unit);
  };

  editor.deleteForward = (unit) => {
    const end = edgeOfBlock(editor, 'end');
    if (end && end[0]! < editor.children.length - 1) {
      const next = Path.next(end);
      const here = editor.children[end[0]!]!;
      if (isPhoto(here)) {
        Transforms.select(editor, Editor.start(editor, next));
        return;
      }
      if (isPhoto(editor.children[next[0]!]!)) {
        if (isEmptyParagraph(here)) {
          Transforms.removeNodes(editor, { at: end });
          Transforms.select(editor, Editor.start(editor, end));
        } else Transforms.select(editor, Editor.start(editor, next));
        return;
      }
    }
    deleteForward(unit);
  };

  return editor;
}
