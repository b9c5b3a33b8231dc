import { cleanupSemantic, DIFF_DELETE, DIFF_EQUAL, DIFF_INSERT, makeDiff, type Diff } from '@sanity/diff-match-patch';

/** A piece of a diff: kept, inserted or deleted text. */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Most distinct words the word-level pass codes as characters (beyond that it diffs by character). */
const MAX_WORDS = 60_000;

/**
 * A Chinese diff that reads by words: both texts are cut into words with
 * Intl.Segmenter (zh-CN), each distinct word coded as one character, and the
 * coded texts diffed (diff-match-patch), so a change marks whole words, never
 * scattered characters; then diff-match-patch's semantic clean-up merges
 * small runs kept between changes into the changes around them. Very large
 * vocabularies fall back to a character diff with the same clean-up.
 */
export function chineseDiff(before: string, after: string): DiffPart[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const codes = new Map<string, string>();
  const words: string[] = [];
  const encode = (text: string): string | null => {
    let out = '';
    for (const { segment } of segmenter.segment(text)) {
      let code = codes.get(segment);
      if (code === undefined) {
        if (words.length >= MAX_WORDS) return null;
        // Skip the surrogate range so every code is one whole UTF-16 unit.
        const n = words.length + 1;
        code = String.fromCharCode(n < 0xd800 ? n : n + 0x800);
        codes.set(segment, code);
        words.push(segment);
      }
      out += code;
    }
    return out;
  };
  const a = encode(before);
  const b = a === null ? null : encode(after);
  let diffs: Diff[];
  if (a === null || b === null) diffs = makeDiff(before, after, { checkLines: false, timeout: 2 });
  else {
    const decode = (coded: string) =>
      [...coded]
        .map((c) => {
          const n = c.charCodeAt(0);
          return words[(n < 0xd800 ? n : n - 0x800) - 1]!;
        })
        .join('');
    diffs = makeDiff(a, b, { checkLines: false, timeout: 2 }).map(([op, text]) => [op, decode(text)] as Diff);
  }
  const cleaned = cleanupSemantic(diffs);
  const parts: DiffPart[] = [];
  for (const [op, text] of cleaned) {
    if (text === '') continue;
    const kind = op === DIFF_EQUAL ? 'equal' : op === DIFF_INSERT ? 'insert' : op === DIFF_DELETE ? 'delete' : 'equal';
    const last = parts.at(-1);
    if (last && last.op === kind) last.text += text;
    else parts.push({ op: kind, text });
  }
  return parts;
}

/** Characters inserted and deleted by a diff. */
export function diffCounts(parts: readonly DiffPart[]): { inserted: number; deleted: number } {
  let inserted = 0;
  let deleted = 0;
  for (const p of parts) {
    if (p.op === 'insert') inserted += [...p.text].length;
    if (p.op === 'delete') deleted += [...p.text].length;
  }
  return { inserted, deleted };
}
