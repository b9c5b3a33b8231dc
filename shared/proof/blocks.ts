import { parseBylineText } from '../format/byline-text';
import type { Finding } from './finding';
import { parseLead } from '../format/parse-reports';
import { isSubheading } from '../format/report-lines';

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

/** Marks that end a sentence or a paragraph. */
const ENDS = new Set([...'。！？!?…；;：:”’」』）)》】']);

/** True when a paragraph's text ends a sentence (looks at the last character only: fast on long paragraphs). */
export const endsParagraph = (text: string) => ENDS.has(text.at(-1) ?? '');

/** A short numbered line (一、 （二） 3.): a 小标题, as the report parser reads one. */
export const isNumberedHeading = isSubheading;

/**
 * The blocks of house-format text (one report or a whole page), line by line,
 * with the kind of each worked out as the report parser does: leads by their
 * dateline, bylines by their role words, up to three short lines above a lead
 * as its headline. Blank lines are not blocks; offsets are into `text`.
 */
export function textBlocks(text: string): ProofBlock[] {
  const lines: Array<{ text: string; start: number }> = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/gu;
  for (let m = re.exec(text); m && m[0] !== ''; m = re.exec(text)) {
    const raw = m[0].replace(/[\r\n]+$/u, '');
    const lead = raw.length - raw.replace(/^[\s\u3000\uFEFF]+/u, '').length;
    const trimmed = raw.trim();
    if (trimmed !== '') lines.push({ text: trimmed, start: m.index + lead });
  }
  const kinds: BlockKind[] = lines.map((l) =>
    PHOTO_LINE.test(l.text)
      ? 'caption'
      : parseLead(l.text)
        ? 'lead'
        : parseBylineText(l.text, { bareInBrackets: true })
          ? 'byline'
          : isNumberedHeading(l.text)
            ? 'subheading'
            : 'paragraph',
  );
  const headline = (i: number) =>
    kinds[i] === 'paragraph' && lines[i]!.text.length <= 64 && !/[。，、；：,;:]$/u.test(lines[i]!.text);
  // A lead that opens with its date and no source (3月18日下午，…), at the top or under a headline or a byline.
  lines.forEach((l, i) => {
    if (kinds[i] !== 'paragraph' || !/^\d/u.test(l.text)) return;
    if (i > 0 && !headline(i - 1) && kinds[i - 1] !== 'byline') return;
    const lead = parseLead(l.text, { sourceless: true });
    if (lead && /[,，]$/u.test(lead.dateline.prefix)) kinds[i] = 'lead';
  });
  const leads = kinds.flatMap((k, i) => (k === 'lead' ? [i] : []));
  if (leads.length === 0 && lines.length > 1 && headline(0)) kinds[0] = 'title';
  leads.forEach((lead, n) => {
    const floor = n === 0 ? 0 : leads[n - 1]! + 1;
    let start = lead;
    while (start - 1 >= floor && lead - (start - 1) <= 3 && headline(start - 1)) start--;
    const count = lead - start;
    if (count === 1) kinds[start] = 'title';
    if (count === 2) [kinds[start], kinds[start + 1]] = ['kicker', 'title'];
    if (count === 3) [kinds[start], kinds[start + 1], kinds[start + 2]] = ['kicker', 'title', 'subtitle'];
  });
  return lines.map((l, i) => ({ kind: kinds[i]!, text: l.text, start: l.start }));
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
