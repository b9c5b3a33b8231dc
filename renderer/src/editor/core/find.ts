import { Editor, Point, Range, Text, Transforms, type BaseRange } from 'slate';

/** Every match of `query` inside single text leaves, in document order. */
export function findAll(editor: Editor, query: string): BaseRange[] {
  if (!query) return [];
  const ranges: BaseRange[] = [];
  for (const [node, path] of Editor.nodes(editor, { at: [], match: Text.isText })) {
    let from = 0;
    for (;;) {
      const at = node.text.indexOf(query, from);
      if (at < 0) break;
      ranges.push({ anchor: { path, offset: at }, focus: { path, offset: at + query.length } });
      from = at + query.length;
    }
  }
  return ranges;
}

/** Selects the next match after the selection (wrapping round); false when there is none. */
export function selectNext(editor: Editor, query: string): boolean {
  const matches = findAll(editor, query);
  if (matches.length === 0) return false;
  const after = editor.selection ? Range.end(editor.selection) : null;
  const next = (after && matches.find((m) => !Point.isBefore(Range.start(m), after))) ?? matches[0]!;
  Transforms.select(editor, next);
  return true;
}

/** Replaces the selected match (or the next one) and selects the one after; false when there is none. */
export function replaceNext(editor: Editor, query: string, replacement: string): boolean {
  const { selection } = editor;
  if (selection && Editor.string(editor, selection) === query) {
    Transforms.insertText(editor, replacement, { at: selection });
    selectNext(editor, query);
    return true;
  }
  return selectNext(editor, query);
}

/** Replaces every match; returns how many. One undo step. */
export function replaceAll(editor: Editor, query: string, replacement: string): number {
  const matches = findAll(editor, query);
  Editor.withoutNormalizing(editor, () => {
    for (const range of [...matches].reverse()) Transforms.insertText(editor, replacement, { at: range });
  });
  return matches.length;
}

/**
 * Where the caret is, as a person would say it: the top-level line or
 * paragraph (1-based, headline lines included) and how many characters of it
 * stand before the caret (the focus end of a selection; mention and dateline
 * chips count as nothing); null without a selection.
 */
export function caretPosition(editor: Editor): { block: number; offset: number; point: string } | null {
  const focus = editor.selection?.focus;
  const index = focus?.path[0];
  if (!focus || index === undefined || index >= editor.children.length) return null;
  const offset = Editor.string(editor, { anchor: Editor.start(editor, [index]), focus }).length;
  // The exact Slate point too (path:offset), which tells the two sides of a mark boundary apart.
  return { block: index + 1, offset, point: `${focus.path.join('.')}:${focus.offset}` };
}
