import { Editor, Point, Range, Text, Transforms, type BaseRange, type NodeEntry } from 'slate';
import { findPlaceholders } from '../../../../shared/format/placeholders';

/** The placeholder labels of the article each editor holds (its template's); none until set. */
const LABELS = new WeakMap<Editor, readonly string[]>();

/** Tells an editor which labels are its article's placeholders (ArticleContent.placeholders). */
export function setPlaceholderLabels(editor: Editor, labels: readonly string[]): void {
  LABELS.set(editor, labels);
}

/** The placeholder labels an editor's article carries. */
export function placeholderLabels(editor: Editor): readonly string[] {
  return LABELS.get(editor) ?? [];
}

/** Every template placeholder (【主持人】…) in the document, in order. */
export function placeholderRanges(editor: Editor): BaseRange[] {
  const ranges: BaseRange[] = [];
  const labels = placeholderLabels(editor);
  if (labels.length === 0) return ranges;
  for (const [node, path] of Editor.nodes(editor, { at: [], match: Text.isText })) {
    for (const p of findPlaceholders(node.text, labels)) {
      ranges.push({ anchor: { path, offset: p.start }, focus: { path, offset: p.end } });
    }
  }
  return ranges;
}

/**
 * Tab: selects the next placeholder after the cursor (Shift+Tab: the one
 * before), wrapping round; typing then replaces it. False when there is none.
 */
export function selectNextPlaceholder(editor: Editor, backwards = false): boolean {
  const ranges = placeholderRanges(editor);
  if (ranges.length === 0) return false;
  const selection = editor.selection;
  let target: BaseRange | undefined;
  if (!selection) target = backwards ? ranges.at(-1) : ranges[0];
  else if (backwards) {
    const start = Range.start(selection);
    target = [...ranges].reverse().find((r) => Point.isBefore(Range.start(r), start)) ?? ranges.at(-1);
  } else {
    const end = Range.end(selection);
    target = ranges.find((r) => !Point.isBefore(Range.start(r), end) && !Range.equals(r, selection)) ?? ranges[0];
  }
  Transforms.select(editor, target!);
  return true;
}

/** Decorations that mark the article's placeholders in a text node, for highlighting. */
export function decoratePlaceholders(
  [node, path]: NodeEntry,
  labels: readonly string[],
): Array<BaseRange & { placeholder: true }> {
  if (!Text.isText(node)) return [];
  return findPlaceholders(node.text, labels).map((p) => ({
    anchor: { path, offset: p.start },
    focus: { path, offset: p.end },
    placeholder: true as const,
  }));
}
