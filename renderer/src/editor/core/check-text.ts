import { Editor, Element, Text, Transforms, type Descendant, type Path, type Range } from 'slate';
import { bylineParts, datelinePrefix } from '../../../../shared/format/house-text';
import type { Finding } from '../../../../shared/proof/finding';
import type { BlockKind, ProofBlock } from '../../../../shared/proof/blocks';
import { isHeadline } from './nodes';
import { peopleTexts, type PeopleElement, type PeopleSource } from './people';

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

/** One block as the checks read it: its text, its kind, and where each child's piece lies in that text. */
interface BlockText {
  text: string;
  kind: BlockKind;
  /** Per child (in order): start and end in `text`, and whether it is a void. */
  pieces: Array<{ start: number; end: number; isVoid: boolean }>;
}

/**
 * Blocks read before, by element. Slate keeps the object of every block a
 * change did not touch, so in a long article a keystroke re-reads one block.
 * Blocks holding person mentions or lists are not kept: how a mention prints
 * depends on the rest of the document (first mention or not).
 */
const blockCache = new WeakMap<Element, BlockText>();

function readBlock(block: Element, printed: Map<PeopleElement, string>): BlockText {
  const hit = blockCache.get(block);
  if (hit) return hit;
  if (block.type === 'byline') {
    const text = bylineParts(block.byline).join(' ');
    const read: BlockText = { text, kind: 'byline', pieces: [{ start: 0, end: text.length, isVoid: true }] };
    blockCache.set(block, read);
    return read;
  }
  const parts: string[] = [];
  const pieces: BlockText['pieces'] = [];
  let length = 0;
  let hasPeople = false;
  for (const child of block.children as Descendant[]) {
    let piece = '';
    if (Text.isText(child)) piece = child.text;
    else if (child.type === 'dateline') piece = datelinePrefix(child.dateline);
    else if (child.type === 'person' || child.type === 'attendees') {
      hasPeople = true;
      piece = printed.get(child) ?? '';
    }
    pieces.push({ start: length, end: length + piece.length, isVoid: !Text.isText(child) });
    parts.push(piece);
    length += piece.length;
  }
  const kind: BlockKind =
    block.type === 'paragraph'
      ? block.children.some((c) => Element.isElement(c) && c.type === 'dateline')
        ? 'lead'
        : 'paragraph'
      : block.type === 'photo'
        ? 'caption'
        : (block.type as BlockKind);
  const read: BlockText = { text: parts.join(''), kind, pieces };
  if (!hasPeople) blockCache.set(block, read);
  return read;
}

/**
 * The text that the checks read for a document, with a map back to the
 * document. Each block's text is read on its own (and kept while the block
 * is unchanged) and the whole is joined once: appending to one growing
 * string and slicing each block back out of it cost time in the square of
 * the article's length (seconds per keystroke at 100,000 characters).
 */
export function documentCheckText(children: readonly Descendant[], source: PeopleSource): CheckText {
  const printed = peopleTexts(children, source);
  const segments: Segment[] = [];
  const blocks: ProofBlock[] = [];
  const texts: string[] = [];
  let length = 0;
  let bodyStart = -1;
  children.forEach((block, index) => {
    if (!Element.isElement(block)) return;
    if (!isHeadline(block) && bodyStart < 0) bodyStart = length;
    if (texts.length > 0) {
      texts.push('\n');
      length += 1;
    }
    const read = readBlock(block, printed);
    const start = length;
    read.pieces.forEach((piece, i) =>
      segments.push({
        start: start + piece.start,
        end: start + piece.end,
        path: read.kind === 'byline' ? [index] : [index, i],
        isVoid: piece.isVoid,
      }),
    );
    texts.push(read.text);
    length += read.text.length;
    if (read.text.length > 0) blocks.push({ kind: read.kind, text: read.text, start });
  });
  return { text: texts.join(''), bodyStart: bodyStart < 0 ? length : bodyStart, segments, blocks };
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
