import type { DocHits } from './postings';

/** Occurrences of `term` in `folded` (overlapping ones counted), and the first. */
function occurrences(folded: string, term: string): { count: number; first: number } {
  let count = 0;
  const first = folded.indexOf(term);
  for (let at = first; at >= 0; at = folded.indexOf(term, at + 1)) count++;
  return { count, first };
}

/** The hits of every positive term ANDed (counts summed, the earliest first position kept). */
export function andTerms(terms: readonly string[], match: (term: string) => DocHits): DocHits | null {
  let acc: DocHits | null = null;
  for (const term of terms) {
    const hits = match(term);
    if (!acc) acc = hits;
    else {
      const n = Math.min(acc.docs.length, hits.docs.length);
      const docs = new Int32Array(n);
      const tfs = new Int32Array(n);
      const firsts = new Int32Array(n);
      let k = 0;
      for (let i = 0, j = 0; i < acc.docs.length && j < hits.docs.length;) {
        if (acc.docs[i]! < hits.docs[j]!) i++;
        else if (acc.docs[i]! > hits.docs[j]!) j++;
        else {
          docs[k] = acc.docs[i]!;
          tfs[k] = acc.tfs[i]! + hits.tfs[j]!;
          const a = acc.firsts[i]!;
          const b = hits.firsts[j]!;
          firsts[k++] = a < 0 || b < 0 ? -1 : Math.min(a, b);
          i++;
          j++;
        }
      }
      acc = { docs: docs.subarray(0, k), tfs: tfs.subarray(0, k), firsts: firsts.subarray(0, k) };
    }
    if (acc.docs.length === 0) break;
  }
  return acc;
}

/**
 * The hits among texts searched directly (the few articles saved since the
 * last segment): those holding every positive term and no excluded one,
 * with counts and first positions, as the postings would give them.
 */
export function scanTexts(
  folded: readonly string[],
  positive: readonly string[],
  excluded: readonly string[],
): DocHits {
  const found: number[] = [];
  const tfs: number[] = [];
  const firsts: number[] = [];
  for (const [d, text] of folded.entries()) {
    if (excluded.some((t) => text.includes(t))) continue;
    let count = 0;
    let first = Number.MAX_SAFE_INTEGER;
    let all = true;
    for (const term of positive) {
      const o = occurrences(text, term);
      if (o.count === 0) {
        all = false;
        break;
      }
      count += o.count;
      first = Math.min(first, o.first);
    }
    if (!all) continue;
    found.push(d);
    tfs.push(count);
    firsts.push(positive.length > 0 ? first : -1);
  }
  return { docs: Int32Array.from(found), tfs: Int32Array.from(tfs), firsts: Int32Array.from(firsts) };
}
