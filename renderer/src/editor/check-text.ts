import { Editor, Element, Text, type Descendant, type Path, type Range } from 'slate';
import { bylineParts, datelinePrefix } from '../../../shared/format/house-text';
import { checkPeople } from '../../../shared/people/checks';
import type { Finding } from '../../../shared/proof/finding';
import { isHeadline } from './nodes';
import { documentDate, peopleTexts, type PeopleSource } from './people';

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
}

/** The text that the checks read for a document, with a map back to the document. */
export function documentCheckText(children: readonly Descendant[], source: PeopleSource): CheckText {
  const printed = peopleTexts(children, source);
  const segments: Segment[] = [];
  let text = '';
  let bodyStart = -1;
  children.forEach((block, index) => {
    if (!Element.isElement(block)) return;
    if (!isHeadline(block) && bodyStart < 0) bodyStart = text.length;
    if (text !== '') text += '\n';
    if (block.type === 'byline') {
      const piece = bylineParts(block.byline).join(' ');
      segments.push({ start: text.length, end: text.length + piece.length, path: [index], isVoid: true });
      text += piece;
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
  });
  return { text, bodyStart: bodyStart < 0 ? text.length : bodyStart, segments };
}

/** The people findings of a document. */
export function checkDocumentPeople(children: readonly Descendant[], source: PeopleSource): Finding[] {
  const { text, bodyStart } = documentCheckText(children, source);
  return checkPeople({
    text,
    bodyStart,
    date: documentDate(children, source.fallbackDate),
    directory: source.directory,
  });
}

/** The document range of a finding (a void it touches is taken whole), or null if the document changed under it. */
export function findingRange(editor: Editor, finding: Finding, source: PeopleSource): Range | null {
  const { text, segments } = documentCheckText(editor.children, source);
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
