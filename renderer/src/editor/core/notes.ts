import { Editor, Range, Text, Transforms, type NodeEntry } from 'slate';
import type { ArticleEditor, TextLeaf } from './types';

/** A new note id (lowercase letters and digits, like the store's ids). */
export function newNoteId(): string {
  return `n${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

const isBodyBlock = (type: unknown) => type === 'paragraph' || type === 'subheading';

/**
 * Where a note can go: a non-empty selection inside the body (the headline
 * and byline are plain fields). Returns the selected text, or a Chinese reason.
 */
export function noteTarget(editor: ArticleEditor): { ok: true; quote: string } | { ok: false; message: string } {
  const { selection } = editor;
  if (!selection || Range.isCollapsed(selection)) return { ok: false, message: '请先在正文中选中要批注的文字。' };
  const [start, end] = Range.edges(selection);
  const blocks = [start.path[0], end.path[0]].map((i) => editor.children[i!] as { type?: unknown } | undefined);
  if (!blocks.every((b) => b && isBodyBlock(b.type))) return { ok: false, message: '批注只能加在正文中。' };
  return { ok: true, quote: Editor.string(editor, selection).slice(0, 500) };
}

/** Marks the selected text with a note id, keeping notes already on it. */
export function markNote(editor: ArticleEditor, id: string): void {
  const { selection } = editor;
  if (!selection) return;
  Editor.withoutNormalizing(editor, () => {
    // Split the runs at the selection's edges, flagging the runs inside; then add the id to each.
    Transforms.setNodes(editor, { noteSplit: true } as Partial<TextLeaf>, {
      at: selection,
      match: Text.isText,
      split: true,
    });
    const inside = [
      ...Editor.nodes<TextLeaf & { noteSplit?: true }>(editor, {
        at: [],
        match: (n) => Text.isText(n) && Boolean((n as { noteSplit?: true }).noteSplit),
      }),
    ];
    for (const [node, path] of inside) {
      Transforms.setNodes(editor, { notes: [...(node.notes ?? []), id] } as Partial<TextLeaf>, { at: path });
      Transforms.unsetNodes(editor, 'noteSplit', { at: path });
    }
  });
}

/** The text runs a note is on, in document order. */
export function noted(editor: ArticleEditor, id: string): NodeEntry<TextLeaf>[] {
  return [
    ...Editor.nodes<TextLeaf>(editor, {
      at: [],
      match: (n) => Text.isText(n) && Boolean((n as TextLeaf).notes?.includes(id)),
    }),
  ];
}

/** Selects the text a note is on; false when that text is gone. */
export function selectNote(editor: ArticleEditor, id: string): boolean {
  const runs = noted(editor, id);
  if (runs.length === 0) return false;
  const first = runs[0]![1];
  const [lastNode, lastPath] = runs.at(-1)!;
  Transforms.select(editor, {
    anchor: { path: first, offset: 0 },
    focus: { path: lastPath, offset: lastNode.text.length },
  });
  return true;
}

/** Takes a note's marks off the text (when it is resolved or deleted). */
export function unmarkNote(editor: ArticleEditor, id: string): void {
  Editor.withoutNormalizing(editor, () => {
    for (const [node, path] of noted(editor, id)) {
      const rest = (node.notes ?? []).filter((n) => n !== id);
      if (rest.length > 0) Transforms.setNodes(editor, { notes: rest } as Partial<TextLeaf>, { at: path });
      else Transforms.unsetNodes(editor, 'notes', { at: path });
    }
  });
}
