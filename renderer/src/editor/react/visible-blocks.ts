import { ReactEditor } from 'slate-react';
import type { ArticleEditor } from '../core/types';

/** How many blocks to take as on screen when the page cannot say (jsdom, or the document not laid out yet). */
const FIRST_SCREEN_BLOCKS = 40;

/** The top-level block at a point of the page, by index; null when the point is not on one. */
function blockAt(editor: ArticleEditor, x: number, y: number): number | null {
  let element = document.elementFromPoint(x, y)?.closest('[data-slate-node="element"]') ?? null;
  while (element?.parentElement?.closest('[data-slate-node="element"]'))
    element = element.parentElement.closest('[data-slate-node="element"]');
  if (!element) return null;
  try {
    return ReactEditor.findPath(editor, ReactEditor.toSlateNode(editor, element))[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The first and last top-level blocks on screen, found with two hit tests at
 * the top and bottom of the visible part of the document (measuring every
 * block would lay out the whole of a long article, most of which the browser
 * skips while it is off screen).
 */
export function visibleBlocks(editor: ArticleEditor): [number, number] {
  const fallback: [number, number] = [0, Math.min(editor.children.length, FIRST_SCREEN_BLOCKS) - 1];
  if (typeof document.elementFromPoint !== 'function') return fallback;
  let root: HTMLElement;
  try {
    root = ReactEditor.toDOMNode(editor, editor);
  } catch {
    return fallback;
  }
  const box = root.getBoundingClientRect();
  const top = Math.max(box.top, 0) + 4;
  const bottom = Math.min(box.bottom, window.innerHeight) - 4;
  if (bottom <= top) return fallback;
  const x = box.left + Math.min(40, box.width / 2);
  const first = blockAt(editor, x, top) ?? 0;
  const last = blockAt(editor, x, bottom) ?? Math.min(editor.children.length - 1, first + FIRST_SCREEN_BLOCKS);
  return [first, Math.max(first, last)];
}
