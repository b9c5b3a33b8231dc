import { Editor, Element, Path, Range, Transforms } from 'slate';
import { isHeadline, isType } from '../nodes';
import type { Dateline } from '../../../../../shared/model/article';

/** The path of the lead: the first body block after the headline stack, if any. */
export function leadPath(editor: Editor): Path | null {
  const index = editor.children.findIndex((c) => !isHeadline(c));
  if (index < 0) return null;
  return isType(editor.children[index]!, 'paragraph') ? [index] : null;
}

/**
 * The dateline (本报讯 3月18日上午，) is an inline void chip that stands only
 * at the very start of the lead: at most one, nowhere else. An edit that
 * leaves something before it moves it back to the start, never drops it.
 * Backspace at the start of the lead's text does not swallow the chip or
 * merge the lead into the headline; the chip is changed or removed with its
 * picker. A cursor that
 * lands inside the chip (a click beside it puts the browser's caret in the
 * chip's text) is moved to just after it, where typing goes into the lead.
 */
export function withDateline<E extends Editor>(editor: E): E {
  const { isInline, isVoid, normalizeNode, deleteBackward, onChange } = editor;

  editor.onChange = (options) => {
    const { selection } = editor;
    if (selection && Range.isCollapsed(selection)) {
      const chip = Editor.above(editor, { at: selection, match: (n) => isType(n, 'dateline') });
      if (chip) {
        Transforms.select(editor, Editor.start(editor, Path.next(chip[1])));
        return;
      }
    }
    onChange(options);
  };
  editor.isInline = (element) => element.type === 'dateline' || isInline(element);
  editor.isVoid = (element) => element.type === 'dateline' || isVoid(element);

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (path.length === 0) {
      const lead = leadPath(editor);
      for (const [, at] of Editor.nodes(editor, { at: [], match: (n) => isType(n, 'dateline') })) {
        // Allowed: in the lead, with only empty text before it.
        const inLead = lead !== null && at.length === 2 && at[0] === lead[0];
        const first =
          inLead &&
          (editor.children[lead[0]!] as Element).children.slice(0, at[1]).every((c) => 'text' in c && c.text === '');
        if (!first) {
          // An edit left text or a name before the chip, or took the chip out of the lead (Enter or a paste at
          // the lead's very start): the chip goes back to the start of the lead, since removing it would lose the
          // date. Only a second chip, or one with no lead paragraph to go to, is removed.
          const leadHasChip =
            lead !== null &&
            (editor.children[lead[0]!] as Element).children.some(
              (c, i) => isType(c, 'dateline') && !Path.equals([lead[0]!, i], at),
            );
          if (lead !== null && !leadHasChip) Transforms.moveNodes(editor, { at, to: [lead[0]!, 0] });
          else Transforms.removeNodes(editor, { at });
          return;
        }
      }
    }
    if (Element.isElement(node) && isType(node, 'dateline') && path.length !== 2) {
      Transforms.removeNodes(editor, { at: path });
      return;
    }
    normalizeNode(entry, options);
  };

  editor.deleteBackward = (unit) => {
    const { selection } = editor;
    const lead = leadPath(editor);
    if (selection && Range.isCollapsed(selection) && lead) {
      const leadNode = editor.children[lead[0]!] as Element;
      const hasChip = leadNode.children.some((c) => isType(c, 'dateline'));
      const atLeadStart = Editor.isStart(editor, selection.anchor, lead);
      const rightAfterChip =
        hasChip &&
        selection.anchor.path[0] === lead[0] &&
        selection.anchor.offset === 0 &&
        (() => {
          const index = selection.anchor.path[1]!;
          return index > 0 && isType(leadNode.children[index - 1]!, 'dateline');
        })();
      if (rightAfterChip || (hasChip && atLeadStart)) return;
    }
    deleteBackward(unit);
  };
  return editor;
}

/** Puts a dateline chip at the start of the lead, or replaces the one there; null removes it. */
export function setDateline(editor: Editor, dateline: Dateline | null): void {
  const lead = leadPath(editor);
  const existing = [...Editor.nodes(editor, { at: [], match: (n) => isType(n, 'dateline') })][0];
  Editor.withoutNormalizing(editor, () => {
    if (existing && dateline) {
      Transforms.setNodes(editor, { dateline }, { at: existing[1] });
      return;
    }
    if (existing) Transforms.removeNodes(editor, { at: existing[1] });
    if (!dateline) return;
    if (!lead) {
      const at = editor.children.findIndex((c) => !isHeadline(c));
      Transforms.insertNodes(
        editor,
        { type: 'paragraph', children: [{ text: '' }] },
        { at: [at < 0 ? editor.children.length : at] },
      );
    }
    const path = leadPath(editor)!;
    Transforms.insertNodes(
      editor,
      { type: 'dateline', dateline, children: [{ text: '' }] },
      { at: Editor.start(editor, path) },
    );
  });
}
