import { Editor, Range, Text, Transforms, type BaseRange, type Point } from 'slate';
import { findPlaceholders } from '../../../../../shared/format/placeholders';
import { placeholderLabels } from '../placeholders';

/** The placeholder the point stands strictly inside (not at either edge), or null. */
export function placeholderAround(editor: Editor, point: Point): BaseRange | null {
  const labels = placeholderLabels(editor);
  if (labels.length === 0) return null;
  const [node] = Editor.node(editor, point.path);
  if (!Text.isText(node)) return null;
  const found = findPlaceholders(node.text, labels).find((p) => p.start < point.offset && point.offset < p.end);
  return found
    ? { anchor: { path: point.path, offset: found.start }, focus: { path: point.path, offset: found.end } }
    : null;
}

/** The placeholder that ends (`backward`) or starts right at a collapsed caret, or null. */
function placeholderAt(editor: Editor, backward: boolean): BaseRange | null {
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection)) return null;
  const point = selection.anchor;
  const labels = placeholderLabels(editor);
  if (labels.length === 0) return null;
  const [node] = Editor.node(editor, point.path);
  if (!Text.isText(node)) return null;
  const found = findPlaceholders(node.text, labels).find((p) => (backward ? p.end : p.start) === point.offset);
  return found
    ? { anchor: { path: point.path, offset: found.start }, focus: { path: point.path, offset: found.end } }
    : null;
}

/**
 * A template placeholder (【主持人】) is a field, filled whole: a caret put
 * inside one (by a click or an arrow key) takes the whole placeholder, so
 * what is typed, pasted or inserted next (a name, an attendee list) replaces
 * it instead of splitting it into `【参会…领导】`, which would leave neither
 * the text nor the warning that it is unfilled. A selection that only
 * reaches into a placeholder is widened to take it whole, and Backspace just
 * after one (Delete just before one) removes it whole rather than leave
 * `【主持人` behind.
 */
export function withPlaceholders<E extends Editor>(editor: E): E {
  const { apply, deleteBackward, deleteForward } = editor;
  editor.deleteBackward = (unit) => {
    const field = unit === 'character' ? placeholderAt(editor, true) : null;
    if (field) Transforms.delete(editor, { at: field });
    else deleteBackward(unit);
  };
  editor.deleteForward = (unit) => {
    const field = unit === 'character' ? placeholderAt(editor, false) : null;
    if (field) Transforms.delete(editor, { at: field });
    else deleteForward(unit);
  };
  editor.apply = (op) => {
    apply(op);
    if (op.type !== 'set_selection' || !editor.selection) return;
    const selection = editor.selection;
    const [start, end] = Range.edges(selection);
    const before = placeholderAround(editor, start);
    const after = Range.isCollapsed(selection) ? before : placeholderAround(editor, end);
    if (!before && !after) return;
    const from = before ? before.anchor : start;
    const to = after ? after.focus : end;
    const backward = Range.isBackward(selection);
    Transforms.select(editor, backward ? { anchor: to, focus: from } : { anchor: from, focus: to });
  };
  return editor;
}
