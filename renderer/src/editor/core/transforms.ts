import { Editor, Element, Transforms } from 'slate';
import type { Dateline } from '../../../../shared/model/article';
import { isHeadline, isType } from './nodes';
import { setDateline } from './plugins/with-dateline';

/** Adds an empty 引题 above the title, or removes the one there. */
export function toggleKicker(editor: Editor): void {
  if (isType(editor.children[0]!, 'kicker')) Transforms.removeNodes(editor, { at: [0] });
  else {
    Transforms.insertNodes(editor, { type: 'kicker', children: [{ text: '' }] }, { at: [0] });
    Transforms.select(editor, Editor.start(editor, [0]));
  }
}

/** Adds an empty 副题 below the title, or removes the one there. */
export function toggleSubtitle(editor: Editor): void {
  const titleAt = editor.children.findIndex((c) => isType(c, 'title'));
  const at = [titleAt + 1];
  if (isType(editor.children[titleAt + 1]!, 'subtitle')) Transforms.removeNodes(editor, { at });
  else {
    Transforms.insertNodes(editor, { type: 'subtitle', children: [{ text: '' }] }, { at });
    Transforms.select(editor, Editor.start(editor, at));
  }
}

/** True when the document has a dateline chip (it can only stand in the lead, so only the lead is looked at). */
export function hasDateline(editor: Editor): boolean {
  const lead = editor.children.find((c) => !isHeadline(c));
  return lead !== undefined && Element.isElement(lead) && lead.children.some((c) => isType(c, 'dateline'));
}

/** Adds a 本报讯 dateline for `date` at the start of the lead (the caller passes today's date for a new one). */
export function addDateline(editor: Editor, date: string): void {
  const dateline: Dateline = { source: '本报讯', date, timeOfDay: null };
  setDateline(editor, dateline);
}

/** Turns the body block at the cursor into a 小标题, or back into a paragraph (never the lead). */
export function toggleSubheading(editor: Editor): void {
  const entry = Editor.above(editor, { match: (n) => Element.isElement(n) && !editor.isInline(n), mode: 'highest' });
  if (!entry) return;
  const [node, path] = entry;
  if (isHeadline(node) || isType(node, 'byline')) return;
  const lead = editor.children.findIndex((c) => !isHeadline(c));
  if (path[0] === lead) return;
  Transforms.setNodes(editor, { type: isType(node, 'subheading') ? 'paragraph' : 'subheading' }, { at: path });
}

/** Bold on or off for the selection (not in headline lines). */
export function toggleBold(editor: Editor): void {
  if (Editor.above(editor, { match: (n) => isHeadline(n) })) return;
  const marks = Editor.marks(editor);
  if (marks?.bold) Editor.removeMark(editor, 'bold');
  else Editor.addMark(editor, 'bold', true);
}
