import type { Finding } from './finding';
import { headlineRoles } from '../format/headline';
import { leadlessHead, reportHeads } from '../format/parse-reports';
import { classifyLine, isHeadlineLike, isSubheading, PARAGRAPH_END_MARKS, photoLine } from '../format/report-lines';

/**
 * What a block of checked text is: a headline line, the lead (with its
 * dateline), a body block, a photo's 图片说明 (checked like the body, but no
 * sentence runs on from or into it), or the byline.
 */
export type BlockKind = 'kicker' | 'title' | 'subtitle' | 'lead' | 'paragraph' | 'subheading' | 'caption' | 'byline';

/** A photo's line in house-format text: `[图片] 图片说明（摄影）`. */
const PHOTO_LINE = /^\[图片\]/u;

/** A block of checked text: one line of house-format text, or one block of an article; `start` is its offset in the whole. */
export interface ProofBlock {
  kind: BlockKind;
  text: string;
  start: number;
}

/** True for 引题, 主题 and 副题 lines. */
export const isHeadlineKind = (kind: BlockKind) => kind === 'kicker' || kind === 'title' || kind === 'subtitle';

/** True for blocks of body text (where sentences are). */
export const isBodyKind = (kind: BlockKind) => kind === 'lead' || kind === 'paragraph';

/** Marks that end a sentence or a paragraph (the report parser's). */
const ENDS = new Set([...PARAGRAPH_END_MARKS]);

/** True when a paragraph's text ends a sentence (looks at the last character only: fast on long paragraphs). */
export const endsParagraph = (text: string) => ENDS.has(text.at(-1) ?? '');

/** A short numbered line (一、 （二） 3.): a 小标题, as the report parser reads one. */
export const isNumberedHeading = isSubheading;

/**
 * The blocks of house-format text (one report or a whole page), line by
 * line, with the kind of each as the report parser reads it: each line
 * classified on its own (classifyLine: leads by their dateline, bylines by
 * their role words; a `[图片]` line is a photo), then the reports found in
 * them (reportHeads: leads without a source too, and each report's headline
 * lines above its lead, or leadlessHead for copy without a lead), the
 * headline lines named as headlineOf names them. Blank lines are not
 * blocks; offsets are into `text`.
 */
export function textBlocks(text: string): ProofBlock[] {
  const found: Array<{ text: string; start: number }> = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/gu;
  for (let m = re.exec(text); m && m[0] !== ''; m = re.exec(text)) {
    const raw = m[0].replace(/[\r\n]+$/u, '');
    const lead = raw.length - raw.replace(/^[\s\u3000\uFEFF]+/u, '').length;
    const trimmed = raw.trim();
    if (trimmed !== '') found.push({ text: trimmed, start: m.index + lead });
  }
  const lines = found.map((l, i) =>
    PHOTO_LINE.test(l.text) ? photoLine(i) : classifyLine(i, l.text, [{ text: l.text }], false),
  );
  const heads = reportHeads(lines);
  const kinds = lines.map((line): BlockKind => {
    if (line.kind === 'photo') return 'caption';
    if (line.kind === 'lead' || line.kind === 'byline') return line.kind;
    return isSubheading(line.text) ? 'subheading' : 'paragraph';
  });
  const name = (headlines: readonly number[]) =>
    headlineRoles(headlines.map((i) => lines[i]!.text)).forEach((role, k) => (kinds[headlines[k]!] = role));
  for (const { start, lead } of heads)
    name(lines.slice(start, lead).flatMap((line, k) => (isHeadlineLike(line) ? [start + k] : [])));
  if (heads.length === 0) name(leadlessHead(lines)?.headlines ?? []);
  return found.map((l, i) => ({ kind: kinds[i]!, text: l.text, start: l.start }));
}

/**
 * A function that records findings of one rule in one block: `at` and
 * `length` are offsets in the block's text; the finding's offsets are in the
 * whole text. Without a suggestion, the finding has none.
 */
export function blockFindings(block: ProofBlock, rule: string, findings: Finding[]) {
  return (at: number, length: number, message: string, suggestion?: string, severity: Finding['severity'] = 'error') =>
    findings.push({
      rule,
      severity,
      start: block.start + at,
      end: block.start + at + length,
      text: block.text.slice(at, at + length),
      message,
      ...(suggestion !== undefined ? { suggestion } : {}),
    });
}
