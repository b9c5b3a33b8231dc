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

/** Reads one varint of `bytes` at `state.pos`. */
function varintAt(bytes: Uint8Array, state: { pos: number }): number {
  let byte = bytes[state.pos++]!;
  if (byte < 0x80) return byte;
  let result = byte & 0x7f;
  let shift = 7;
  do {
    byte = bytes[state.pos++]!;
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return result;
}

/**
 * A posting list indexed for search: entry i is document `docs[i]`, holding
 * the key `counts[i]` times, first at `firsts[i]` (-1 for unit lists); its
 * other position gaps are at byte `proxAt[i]` of the list's `prox()` bytes
 * (read when first needed). Built in one pass and cached with the list, so
 * that a later query finds a document by binary search and decodes only the
 * positions it needs.
 */
export interface IndexedList {
  docs: Int32Array;
  counts: Int32Array;
  firsts: Int32Array;
  proxAt: Int32Array;
  /** The bytes of entry i's other position gaps, and where they start in them. */
  prox(i: number): { bytes: Uint8Array; at: number };
  /** Bytes held (for the cache's budget). */
  size: number;
}

/** Entries whose positions are read one by one before a list's positions are read whole. */
const PROX_READS_ALONE = 32;

/**
 * Indexes a bigram's document list; `readProx(start, end)` reads bytes of
 * its other positions. A query that checks a few documents reads just their
 * positions; one that checks many reads them all once (and they stay with
 * the list).
 */
export function indexBigramList(bytes: Uint8Array, readProx: (start: number, end: number) => Uint8Array): IndexedList {
  const max = Math.floor(bytes.length / 3) + 1;
  const docs = new Int32Array(max);
  const counts = new Int32Array(max);
  const firsts = new Int32Array(max);
  const proxAt = new Int32Array(max);
  const state = { pos: 0 };
  let n = 0;
  let doc = -1;
  let at = 0;
  while (state.pos < bytes.length) {
    doc += varintAt(bytes, state);
    const count = varintAt(bytes, state);
    docs[n] = doc;
    counts[n] = count;
    firsts[n] = varintAt(bytes, state);
    proxAt[n++] = at;
    if (count > 1) at += varintAt(bytes, state);
  }
  let whole: Uint8Array | null = null;
  let alone = 0;
  const starts = proxAt.slice(0, n);
  const total = at;
  return {
    docs: docs.slice(0, n),
    counts: counts.slice(0, n),
    firsts: firsts.slice(0, n),
    proxAt: starts,
    prox(i) {
      if (!whole && ++alone > PROX_READS_ALONE) whole = readProx(0, total);
      if (whole) return { bytes: whole, at: starts[i]! };
      return { bytes: readProx(starts[i]!, i + 1 < starts.length ? starts[i + 1]! : total), at: 0 };
    },
    size: n * 16 + total,
  };
}

/** Indexes a unit list (document gap and count per entry). */
export function indexUnitList(bytes: Uint8Array): IndexedList {
  const max = (bytes.length >> 1) + 1;
  const docs = new Int32Array(max);
  const counts = new Int32Array(max);
  const state = { pos: 0 };
  let n = 0;
  let doc = -1;
  while (state.pos < bytes.length) {
    doc += varintAt(bytes, state);
    docs[n] = doc;
    counts[n++] = varintAt(bytes, state);
  }
  return {
    docs: docs.slice(0, n),
    counts: counts.slice(0, n),
    firsts: new Int32Array(n).fill(-1),
    proxAt: new Int32Array(n).fill(-1),
    prox: () => ({ bytes: new Uint8Array(0), at: 0 }),
    size: n * 16,
  };
}

/** Decodes entry i's positions into `out` (grown when short); returns it. */
function positionsOf(list: IndexedList, i: number, out: Int32Array): Int32Array {
  const count = list.counts[i]!;
  if (count > out.length) out = new Int32Array(count * 2);
  let pos = list.firsts[i]!;
  out[0] = pos;
  if (count > 1) {
    const { bytes, at } = list.prox(i);
    const state = { pos: at };
    for (let k = 1; k < count; k++) {
      pos += varintAt(bytes, state);
      out[k] = pos;
    }
  }
  return out;
}

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
  unitList(start: number, end: number): IndexedList;
}

/**
 * The documents holding `term` exactly, with how often and where first.
 * A term of two or more code units: the rarest covering list is walked, and
 * each of its documents is looked up in the other lists (binary search in
 * their cached index) to check that the bigrams stand at the right
 * distances; only those documents' positions are decoded.
 */
export function matchTerm(term: string, lookup: PostingLookup, lists: ListSource): DocHits {
  if (term.length === 1) {
    const range = lookup.unit(term.charCodeAt(0));
    if (!range) return NO_HITS;
    const list = lists.unitList(range[0], range[1]);
    return { docs: list.docs, tfs: list.counts, firsts: list.firsts };
  }
  const parts: Array<{ offset: number; list: IndexedList }> = [];
  for (const offset of coveringOffsets(term.length)) {
    const range = lookup.gram(termBigram(term, offset));
    if (!range) return NO_HITS;
    parts.push({ offset, list: lists.bigramList(range) });
  }
  if (parts.length === 1) {
    const { list } = parts[0]!;
    return { docs: list.docs, tfs: list.counts, firsts: list.firsts };
  }
  parts.sort((a, b) => a.list.docs.length - b.list.docs.length);
  const first = parts[0]!;
  const others = parts.slice(1);
  const cursors = new Int32Array(others.length);
  const out = first.list.docs.length;
  const docs = new Int32Array(out);
  const tfs = new Int32Array(out);
  const firsts = new Int32Array(out);
  let n = 0;
  let starts = new Int32Array(64);
  let kept = new Int32Array(64);
  let scratch: Int32Array = new Int32Array(64);
  for (let i = 0; i < first.list.docs.length; i++) {
    const doc = first.list.docs[i]!;
    // Cheap test first: every other list must hold the document at all.
    let present = true;
    for (let l = 0; l < others.length; l++) {
      const c = seek(others[l]!.list.docs, cursors[l]!, doc);
      cursors[l] = c;
      if (others[l]!.list.docs[c] !== doc) {
        present = false;
        break;
      }
    }
    if (!present) continue;
    let count = first.list.counts[i]!;
    if (count > starts.length) {
      starts = new Int32Array(count * 2);
      kept = new Int32Array(count * 2);
    }
    const own = (scratch = positionsOf(first.list, i, scratch));
    for (let p = 0; p < count; p++) starts[p] = own[p]! - first.offset;
    for (let l = 0; l < others.length && count > 0; l++) {
      const { offset, list } = others[l]!;
      const c = cursors[l]!;
      const positions = (scratch = positionsOf(list, c, scratch));
      const total = list.counts[c]!;
      let q = 0;
      let k = 0;
      for (let p = 0; p < count; p++) {
        const want = starts[p]! + offset;
        while (q < total && positions[q]! < want) q++;
        if (q < total && positions[q] === want) kept[k++] = starts[p]!;
      }
      [starts, kept] = [kept, starts];
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
