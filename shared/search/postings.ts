import { PROX_READS_ALONE, type IndexedList } from './posting-list';

/**
 * The postings of one segment, as stored: for each bigram (two code units
 * of folded text, key `first * 65536 + second`) the documents holding it
 * with every position; for each single code unit the documents holding it
 * with how often. Keys are sorted for binary search; `gramOffsets[i]` ..
 * `gramOffsets[i + 1]` is bigram i's document list in `bytes`, `gramProx`
 * the same for its other positions in `prox`; likewise `uniOffsets`.
 *
 * A bigram's document list is, per document: the document number's gap
 * from the last (varint), the count n, the first position, and when n > 1
 * the byte length of the other n - 1 position gaps, which are in `prox`. So
 * a two-character query reads the short document list only, and a longer
 * one reads positions only for the documents it checks. A unit list is the
 * gap and the count. Positions make every query exact: a term of two or
 * more characters is found where its covering bigrams stand at the right
 * distances, so no text needs reading to decide a match.
 */
export interface SegmentPostings {
  gramKeys: Uint32Array;
  gramOffsets: Uint32Array;
  gramProx: Uint32Array;
  uniKeys: Uint32Array;
  uniOffsets: Uint32Array;
  bytes: Uint8Array;
  prox: Uint8Array;
}

/** The bigram key of two code units of a term (terms hold no line breaks). */
export function termBigram(term: string, at: number): number {
  return term.charCodeAt(at) * 65536 + term.charCodeAt(at + 1);
}

/** Index of `key` in the sorted `keys`, or -1. */
export function findKey(keys: Uint32Array, key: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = keys[mid]!;
    if (value === key) return mid;
    if (value < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The documents holding a term, in order, with how often (`tfs`) and the
 * first position of a hit (`firsts`; -1 when the list does not say, as for
 * one-character terms).
 */
export interface DocHits {
  docs: Int32Array;
  tfs: Int32Array;
  firsts: Int32Array;
}

const NO_HITS: DocHits = { docs: new Int32Array(0), tfs: new Int32Array(0), firsts: new Int32Array(0) };

/** The first index at or after `from` whose document is at least `doc` (galloping, then binary search). */
function seek(docs: Int32Array, from: number, doc: number): number {
  let step = 1;
  let hi = from;
  while (hi < docs.length && docs[hi]! < doc) {
    from = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, docs.length);
  while (from < hi) {
    const mid = (from + hi) >>> 1;
    if (docs[mid]! < doc) from = mid + 1;
    else hi = mid;
  }
  return from;
}

/** Where a term's covering bigrams start: every second position, and the last pair (a term of two or more code units). */
export function coveringOffsets(length: number): number[] {
  const offsets: number[] = [];
  for (let o = 0; o + 2 <= length; o += 2) offsets.push(o);
  if (offsets.at(-1) !== length - 2) offsets.push(length - 2);
  return offsets;
}

/** Where a segment's postings for a key are: the byte range, or null when the segment has no such key. */
export interface PostingLookup {
  /** A bigram's lists (key `first * 65536 + second`): its document list's byte range, then its positions'. */
  gram(key: number): GramRange | null;
  /** A single code unit's list. */
  unit(code: number): [number, number] | null;
}

/** A bigram's document list (`start` .. `end` of the postings) and positions (`proxStart` .. `proxEnd`). */
export type GramRange = [start: number, end: number, proxStart: number, proxEnd: number];

/** Look-ups over dictionaries held in memory. */
export function memoryLookup(keys: Omit<SegmentPostings, 'bytes' | 'prox'>): PostingLookup {
  return {
    gram(key) {
      const k = findKey(keys.gramKeys, key);
      return k < 0 ? null : [keys.gramOffsets[k]!, keys.gramOffsets[k + 1]!, keys.gramProx[k]!, keys.gramProx[k + 1]!];
    },
    unit(code) {
      const k = findKey(keys.uniKeys, code);
      return k < 0 ? null : [keys.uniOffsets[k]!, keys.uniOffsets[k + 1]!];
    },
  };
}

/** A segment's lists, indexed (a segment on disk caches them). */
export interface ListSource {
  bigramList(range: GramRange): IndexedList;
  /**
   * The list's entries for the documents in `wanted` (sorted) at least: the
   * whole list when it is at hand or short, else those entries only
   * (indexBigramSubset), not kept.
   */
  bigramSubset(range: GramRange, wanted: Int32Array): IndexedList;
  unitList(start: number, end: number): IndexedList;
}

/**
 * The documents holding `term` exactly, with how often and where first.
 * A term of two or more code units: the rarest of its bigrams' lists is
 * walked, and each of its documents is looked up in the covering lists
 * (binary search; a long list not at hand is read for those documents
 * only) to check that the bigrams stand at the right distances; only those
 * documents' positions are decoded.
 */
export function matchTerm(term: string, lookup: PostingLookup, lists: ListSource): DocHits {
  if (term.length === 1) {
    const range = lookup.unit(term.charCodeAt(0));
    if (!range) return NO_HITS;
    const list = lists.unitList(range[0], range[1]);
    return { docs: list.docs, tfs: list.counts, firsts: list.firsts };
  }
  // Every bigram of the term is looked up (the dictionary says how long each list is without reading it):
  // one missing means no hits, and the shortest drives even when no covering set needs it. Two frequent
  // words side by side (科技落实) are each in most documents; the pair across their boundary (技落) is rare.
  const ranges: GramRange[] = [];
  let shortest = 0;
  for (let offset = 0; offset + 2 <= term.length; offset++) {
    const range = lookup.gram(termBigram(term, offset));
    if (!range) return NO_HITS;
    ranges.push(range);
    if (range[1] - range[0] < ranges[shortest]![1] - ranges[shortest]![0]) shortest = offset;
  }
  const offsets = coveringOffsets(term.length);
  if (!offsets.includes(shortest)) offsets.push(shortest);
  const bytes = (offset: number) => ranges[offset]![1] - ranges[offset]![0];
  offsets.sort((a, b) => bytes(a) - bytes(b));
  // The rarest list is indexed whole (and kept); the others only for the documents still in question.
  const first = lists.bigramList(ranges[offsets[0]!]!);
  const firstOffset = offsets[0]!;
  if (offsets.length === 1) return { docs: first.docs, tfs: first.counts, firsts: first.firsts };
  const parts = [{ offset: firstOffset, list: first }];
  let wanted = first.docs;
  for (const offset of offsets.slice(1)) {
    const list = lists.bigramSubset(ranges[offset]!, wanted);
    parts.push({ offset, list });
    if (list.docs.length < wanted.length) wanted = list.docs;
  }
  // Many documents to check: each list's position bytes are read at once rather than one by one.
  if (first.docs.length > PROX_READS_ALONE) for (const { list } of parts) list.readAll();
  const others = parts.slice(1);
  const otherDocs = others.map((p) => p.list.docs);
  const cursors = new Int32Array(others.length);
  const out = first.docs.length;
  const docs = new Int32Array(out);
  const tfs = new Int32Array(out);
  const firsts = new Int32Array(out);
  let n = 0;
  let starts: Int32Array = new Int32Array(64);
  let kept: Int32Array = new Int32Array(64);
  let scratch: Int32Array = new Int32Array(64);
  for (let i = 0; i < out; i++) {
    const doc = first.docs[i]!;
    // Cheap test first: every other list must hold the document at all.
    let present = true;
    for (let l = 0; l < otherDocs.length; l++) {
      const list = otherDocs[l]!;
      const c = seek(list, cursors[l]!, doc);
      cursors[l] = c;
      if (list[c] !== doc) {
        present = false;
        break;
      }
    }
    if (!present) continue;
    // Candidate starts of the term, from the rarest list's positions.
    let count = first.counts[i]!;
    if (count === 1) starts[0] = first.firsts[i]! - firstOffset;
    else {
      if (count > starts.length) {
        starts = new Int32Array(count * 2);
        kept = new Int32Array(count * 2);
      }
      const own = (scratch = first.positions(i, scratch));
      for (let p = 0; p < count; p++) starts[p] = own[p]! - firstOffset;
    }
    // Kept are the starts where every other bigram stands at its distance.
    for (let l = 0; l < others.length && count > 0; l++) {
      const { offset, list } = others[l]!;
      const k = list.keepAt(cursors[l]!, starts, count, offset, kept);
      const swap = starts;
      starts = kept;
      kept = swap;
      count = k;
    }
    if (count > 0) {
      docs[n] = doc;
      tfs[n] = count;
      firsts[n++] = starts[0]!;
    }
  }
  return { docs: docs.subarray(0, n), tfs: tfs.subarray(0, n), firsts: firsts.subarray(0, n) };
}
