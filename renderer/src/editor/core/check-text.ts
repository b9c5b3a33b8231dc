import { Editor, Element, Text, Transforms, type Descendant, type Path, type Range } from 'slate';
import { bylineParts, datelinePrefix } from '../../../../shared/format/house-text';
import type { Finding } from '../../../../shared/proof/finding';
import type { BlockKind, ProofBlock } from '../../../../shared/proof/blocks';
import { isHeadline } from './nodes';
import { peopleTexts, type PeopleSource } from './people';

/** Where a piece of the checked text comes from in the document: a text node, or a void (chip, mention, list). */
interface Segment {
  start: number;
  end: number;
  path: Path;
  isVoid: boolean;
}

/** The document as the text the checks read: headline lines, body blocks and the byline, one a line, voids as they print. */
export interface CheckText {
  text: string;
  /** Offset where the body starts (after the headline lines). */
  bodyStart: number;
  segments: Segment[];
  /** The same text as the proofreader's blocks, each with its kind. */
  blocks: ProofBlock[];
}

/** The text that the checks read for a document, with a map back to the document. */
export function documentCheckText(children: readonly Descendant[], source: PeopleSource): CheckText {
  const printed = peopleTexts(children, source);
  const segments: Segment[] = [];
  const blocks: ProofBlock[] = [];
  let text = '';
  let bodyStart = -1;
  children.forEach((block, index) => {
    if (!Element.isElement(block)) return;
    if (!isHeadline(block) && bodyStart < 0) bodyStart = text.length;
    if (text !== '') text += '\n';
    const start = text.length;
    if (block.type === 'byline') {
      const piece = bylineParts(block.byline).join(' ');
      segments.push({ start: text.length, end: text.length + piece.length, path: [index], isVoid: true });
      text += piece;
      if (piece) blocks.push({ kind: 'byline', text: piece, start });
      return;
    }
    (block.children as Descendant[]).forEach((child, i) => {
      const path = [index, i];
      let piece = '';
      if (Text.isText(child)) piece = child.text;
      else if (child.type === 'dateline') piece = datelinePrefix(child.dateline);
      else if (child.type === 'person' || child.type === 'attendees') piece = printed.get(child) ?? '';
      segments.push({ start: text.length, end: text.length + piece.length, path, isVoid: !Text.isText(child) });
      text += piece;
    });
    const kind: BlockKind =
      block.type === 'paragraph'
        ? block.children.some((c) => Element.isElement(c) && c.type === 'dateline')
          ? 'lead'
          : 'paragraph'
        : (block.type as BlockKind);
    if (text.length > start) blocks.push({ kind, text: text.slice(start), start });
  });
  return { text, bodyStart: bodyStart < 0 ? text.length : bodyStart, segments, blocks };
}

/**
 * The text segments (not voids) a finding covers, as document ranges with the
 * text they hold: where to underline it. Segments are in text order, so the
 * first is found by binary search.
 */
export function findingTextRanges(finding: Finding, check: CheckText): Array<{ range: Range; text: string }> {
  const out: Array<{ range: Range; text: string }> = [];
  const { segments } = check;
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.end <= finding.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < segments.length && segments[i]!.start < finding.end; i++) {
    const s = segments[i]!;
    if (s.isVoid || s.end <= finding.start) continue;
    const from = Math.max(finding.start, s.start) - s.start;
    const to = Math.min(finding.end, s.end) - s.start;
    if (to > from)
      out.push({
        range: { anchor: { path: s.path, offset: from }, focus: { path: s.path, offset: to } },
        text: check.text.slice(s.start + from, s.start + to),
      });
  }
  return out;
}

/**
 * Applies a finding's suggestion to the document: the text replaced, or for
 * a broken line the two paragraphs joined. False when there is no fix or the
 * text has changed since the check.
 */
export function applyFix(editor: Editor, finding: Finding, source: PeopleSource): boolean {
  if (finding.suggestion === undefined) return false;
  const check = documentCheckText(editor.children, source);
  if (finding.rule === 'format.broken-line') {
    const next = check.segments.find((s) => s.start >= finding.end && !s.isVoid);
    const block = next?.path[0];
    if (block === undefined || block === 0) return false;
    Transforms.mergeNodes(editor, { at: [block] });
    return true;
  }
  if (check.text.slice(finding.start, finding.end) !== finding.text) return false;
  const covered = check.segments.filter((s) => s.end > finding.start && s.start < finding.end);
  if (covered.length === 0) return false;
  if (covered.some((s) => s.isVoid)) return keepMiddle(editor, finding, finding.suggestion, check);
  const range = rangeIn(editor, finding, check);
  if (!range) return false;
  Transforms.insertText(editor, finding.suggestion, { at: range });
  return true;
}

/**
 * A fix over a chip, mention or list (which cannot be retyped) that keeps the
 * middle of the span and drops text at its ends, as for a placeholder split
 * by an inserted list (`【参会` list `领导】` → list): the two ends are
 * deleted, the tail first so the head's offsets still hold.
 */
function keepMiddle(editor: Editor, finding: Finding, middle: string, check: CheckText): boolean {
  const at = finding.text.indexOf(middle);
  if (middle === '' || at < 0) return false;
  const head = { ...finding, end: finding.start + at, text: finding.text.slice(0, at) };
  const tailStart = finding.start + at + middle.length;
  const tail = { ...finding, start: tailStart, text: finding.text.slice(at + middle.length) };
  const pieces = [tail, head].filter((p) => p.end > p.start);
  const ranges = pieces.map((p) => rangeIn(editor, p, check));
  const textOnly = pieces.every((p) => check.segments.every((s) => !(s.isVoid && s.end > p.start && s.start < p.end)));
  if (!textOnly || ranges.some((r) => r === null)) return false;
  Editor.withoutNormalizing(editor, () => ranges.forEach((range) => Transforms.delete(editor, { at: range! })));
  return true;
}

/** The document range of a finding (a void it touches is taken whole), or null if the document changed under it. */
export function findingRange(editor: Editor, finding: Finding, source: PeopleSource): Range | null {
  return rangeIn(editor, finding, documentCheckText(editor.children, source));
}

/** The document range of a finding on a checked document, or null if its text is not there. */
function rangeIn(editor: Editor, finding: Finding, { text, segments }: CheckText): Range | null {
  if (text.slice(finding.start, finding.end) !== finding.text) return null;
  const point = (offset: number, edge: 'start' | 'end') => {
    const segment = segments.find((s) =>
      edge === 'start' ? offset >= s.start && offset < s.end : offset > s.start && offset <= s.end,
    );
    if (!segment) return null;
    if (segment.isVoid) return edge === 'start' ? Editor.start(editor, segment.path) : Editor.end(editor, segment.path);
    return { path: segment.path, offset: offset - segment.start };
  };
  const anchor = point(finding.start, 'start');
  const focus = point(finding.end, 'end');
  return anchor && focus ? { anchor, focus } : null;
}
