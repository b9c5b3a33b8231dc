import { Editor, type Path, Transforms } from 'slate';
import type { PhotoInfo } from '../../../../shared/model/photo';
import { photoBlock } from '../../../../shared/model/photo';
import { isHeadline, isPhoto, isType } from './nodes';
import type { PhotoElement } from './types';

/**
 * Where a new photo goes: after the body block the caret is in, or at the end
 * of the body when the caret is in the headline stack, the byline, or nowhere.
 */
function insertionPath(editor: Editor): Path {
  const bylineIndex = editor.children.findIndex((node) => isType(node, 'byline'));
  const end = [bylineIndex >= 0 ? bylineIndex : editor.children.length];
  const { selection } = editor;
  if (!selection) return end;
  const top = selection.focus.path[0]!;
  const node = editor.children[top];
  if (!node || isHeadline(node) || isType(node, 'byline')) return end;
  return [top + 1];
}

/**
 * Inserts a photo of a stored picture with its caption and credit, and puts
 * the caret in its caption, where the 图片说明 is typed.
 */
export function insertPhoto(
  editor: Editor,
  info: Pick<PhotoInfo, 'hash' | 'format' | 'width' | 'height'>,
  caption: string,
  credit: string,
): void {
  const block = photoBlock(info, caption, credit);
  const element: PhotoElement = { ...block, children: block.children.map((leaf) => ({ text: leaf.text })) };
  const at = insertionPath(editor);
  Transforms.insertNodes(editor, element, { at });
  Transforms.select(editor, Editor.end(editor, at));
}

/** Sets the credit of the photo at `path`. */
export function setPhotoCredit(editor: Editor, path: Path, credit: string): void {
  if (isPhoto(Editor.node(editor, path)[0])) Transforms.setNodes(editor, { credit: credit.trim() }, { at: path });
}

/** Removes the photo at `path` (undo brings it back). */
export function removePhoto(editor: Editor, path: Path): void {
  if (isPhoto(Editor.node(editor, path)[0])) Transforms.removeNodes(editor, { at: path });
}
