import type { BodyBlock, Byline } from '../model/article';
import { emptyBylineNames, gluedByline, isEmptyByline, mergeBylineNames, type BylineNames } from './byline-text';
import { endsParagraph, isCreditLine, isSubheading, PARAGRAPH_END, type Line, type SourceLeaf } from './report-lines';
import { splitCaptionCredit } from './import-photos';
import { photoBlock } from '../model/photo';

/*
 * A report's body from its lines: paragraphs (lines broken by PDF extraction
 * joined, 小标题 and captions apart, bold runs kept) and the byline and photo
 * credits at and in it.
 */

/** A body block from runs of text, neighbouring runs with the same weight merged. */
function block(type: 'paragraph' | 'subheading', leaves: readonly SourceLeaf[]): BodyBlock {
  const children: Array<{ text: string; bold?: boolean }> = [];
  for (const leaf of leaves) {
    if (leaf.text === '') continue;
    const last = children.at(-1);
    if (last && Boolean(last.bold) === Boolean(leaf.bold)) last.text += leaf.text;
    else children.push(leaf.bold ? { text: leaf.text, bold: true } : { text: leaf.text });
  }
  return { type, children: children.length > 0 ? children : [{ text: '' }] };
}

/**
 * A line that reads as a picture's caption: marked (▲), opening with 图为,
 * ending with a credit, or a short label without sentence marks (活动现场).
 * A sentence of the report under a picture stays a paragraph.
 */
function isCaptionLike(line: Line): boolean {
  return (
    line.kind === 'caption' ||
    /^图为/u.test(line.text) ||
    isCreditLine(line) ||
    splitCaptionCredit(line.text).credit !== '' ||
    (line.kind === 'text' && line.text.length <= 20 && !/[，。！？,!?；;]/u.test(line.text))
  );
}

/** Drops the first `count` characters from runs. */
export function dropStart(leaves: readonly SourceLeaf[], count: number): SourceLeaf[] {
  let left = count;
  const out: SourceLeaf[] = [];
  for (const leaf of leaves) {
    if (left >= leaf.text.length) {
      left -= leaf.text.length;
      continue;
    }
    out.push({ ...leaf, text: leaf.text.slice(left) });
    left = 0;
  }
  return out;
}

/** Keeps the first `count` characters of runs. */
function keepStart(leaves: readonly SourceLeaf[], count: number): SourceLeaf[] {
  let left = count;
  const out: SourceLeaf[] = [];
  for (const leaf of leaves) {
    if (left <= 0) break;
    out.push({ ...leaf, text: leaf.text.slice(0, left) });
    left -= leaf.text.length;
  }
  return out;
}

/**
 * Body lines into paragraphs: a line that does not end a sentence runs on into
 * the next one (PDF extraction breaks paragraphs, even in the middle of a word:
 * `中` + `原区…` is 中原区), except a short numbered line, which is a 小标题, or
 * a Word heading. ▲ photo captions stand as paragraphs of their own.
 */
export function paragraphs(lines: readonly Line[]): BodyBlock[] {
  const out: BodyBlock[] = [];
  const taken = new Set<Line>();
  let open: SourceLeaf[] | null = null;
  let openText = '';
  const close = () => {
    if (open) out.push(block('paragraph', open));
    open = null;
    openText = '';
  };
  for (const [i, line] of lines.entries()) {
    if (line.kind === 'photo') {
      close();
      // The caption is the line under the picture when it reads as one (▲…, 图为…, a credit at its end, or short).
      const next = lines[i + 1];
      const captionLine = next && next.kind !== 'photo' && next.kind !== 'lead' && isCaptionLike(next) ? next : null;
      const { caption, credit } = splitCaptionCredit(captionLine?.text ?? '');
      out.push(photoBlock(line.photo!, caption, credit));
      if (captionLine) taken.add(captionLine);
      continue;
    }
    if (taken.has(line)) continue;
    if (
      line.kind === 'caption' ||
      line.heading ||
      (open === null && isSubheading(line.text) && !PARAGRAPH_END.test(line.text))
    ) {
      close();
      out.push(block(line.kind === 'caption' ? 'paragraph' : 'subheading', line.leaves));
      continue;
    }
    // A short line on its own between paragraphs (a caption such as 讨论会现场): a paragraph, not the start of the next.
    if (
      open === null &&
      line.text.length >= 4 &&
      line.text.length <= 15 &&
      !/[，。！？,!?；;：:]/u.test(line.text) &&
      !endsParagraph(line.text)
    ) {
      out.push(block('paragraph', line.leaves));
      continue;
    }
    if (open) {
      open = [...open, ...line.leaves];
      openText += line.text;
    } else {
      open = [...line.leaves];
      openText = line.text;
    }
    if (endsParagraph(openText)) close();
  }
  close();
  return out;
}

/** The byline at the end of a report's lines: byline lines at the end, or a byline glued to the last sentence. */
function trailingByline(text: Line[]): { names: BylineNames; layout: Byline['layout']; body: Line[] } {
  let names = emptyBylineNames();
  let last = text.length;
  while (last > 1 && text[last - 1]!.kind === 'byline') last--;
  const bylineLines = text.slice(last);
  for (const line of bylineLines) names = mergeBylineNames(names, line.byline!);
  let layout: Byline['layout'] = bylineLines.length === 1 && bylineLines[0]!.inline ? 'inline' : 'lines';
  const body = text.slice(0, last).map((l) => ({ ...l }));
  if (bylineLines.length === 0 && body.length > 0) {
    const tail = body[body.length - 1]!;
    const glued = gluedByline(tail.text);
    if (glued) {
      names = mergeBylineNames(names, glued.names);
      layout = 'glued';
      body[body.length - 1] = { ...tail, text: tail.text.slice(0, glued.at), leaves: keepStart(tail.leaves, glued.at) };
    }
  }
  return { names, layout, body };
}

/** Names of photo credits inside the body (captions with `记者 X 摄`, credit lines): photographers, kept in the text. */
function creditsIn(body: readonly Line[]): BylineNames {
  let names = emptyBylineNames();
  for (const line of body) {
    if (!/[摄图]$|[摄图][)）]$/u.test(line.text)) continue;
    const credit = line.kind === 'byline' ? line.byline : gluedByline(line.text)?.names;
    if (credit && credit.photographers.length > 0) names = mergeBylineNames(names, credit);
  }
  return names;
}

/**
 * A report's byline and its body without it: the names given above the body
 * (in the dateline, on a line under the headline), the byline at the end of
 * the body, and the photo credits in the body and in `captions`. It is laid
 * out as it stood at the end, or on lines when only the names above sign it.
 */
export function reportByline(
  above: BylineNames,
  bodyLines: Line[],
  captions: readonly Line[] = [],
): { byline: Byline; body: Line[] } {
  const trailing = trailingByline(bodyLines);
  const names = mergeBylineNames(mergeBylineNames(above, trailing.names), creditsIn([...captions, ...trailing.body]));
  const layout = isEmptyByline(names)
    ? 'auto'
    : !isEmptyByline(above) && isEmptyByline(trailing.names)
      ? 'lines'
      : trailing.layout;
  return { byline: { ...names, layout }, body: trailing.body };
}
