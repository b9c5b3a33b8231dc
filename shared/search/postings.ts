/**
 * The postings of one segment, as stored: for each bigram (two code units
 * of folded text, key `first * 65536 + second`) the documents holding it
 * with every position; for each single code unit the documents holding it
 * with how often. Keys are sorted for binary search; `*Offsets[i]` ..
 * `*Offsets[i + 1]` is key i's byte range in `bytes`.
 *
 * A bigram list is, per document: the document number's gap from the last
 * (varint), the count n, then n position gaps. A unigram list is the gap
 * and the count only. Positions make every query exact: a term of two or
 * more characters is found where its covering bigrams stand at the right
 * distances, so no text needs reading to decide a match.
 */
export interface SegmentPostings {
  gramKeys: Uint32Array;
  gramOffsets: Uint32Array;
  uniKeys: Uint32Array;
  uniOffsets: Uint32Array;
  bytes: Uint8Array;
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

/** Decodes a unigram list. */
export function decodeUnigram(bytes: Uint8Array): DocHits {
  const docs = new Int32Array(bytes.length >> 1);
  const tfs = new Int32Array(docs.length);
  const state = { pos: 0 };
  let n = 0;
  let doc = -1;
  while (state.pos < bytes.length) {
    doc += varintAt(bytes, state);
    docs[n] = doc;
    tfs[n++] = varintAt(bytes, state);
  }
  return { docs: docs.subarray(0, n), tfs: tfs.subarray(0, n), firsts: new Int32Array(n).fill(-1) };
}

/** A decoded bigram list: document i's positions are `positions[starts[i]]` .. `positions[starts[i + 1] - 1]`. */
export interface PositionalList {
  docs: Int32Array;
  starts: Int32Array;
  positions: Int32Array;
}

/** Decodes a bigram list with its positions. */
export function decodeBigram(bytes: Uint8Array): PositionalList {
  const docs = new Int32Array(Math.floor(bytes.length / 3) + 1);
  const starts = new Int32Array(docs.length + 1);
  const positions = new Int32Array(bytes.length);
  const state = { pos: 0 };
  let n = 0;
  let p = 0;
  let doc = -1;
  while (state.pos < bytes.length) {
    doc += varintAt(bytes, state);
    docs[n] = doc;
    starts[n++] = p;
    const count = varintAt(bytes, state);
    let pos = 0;
    for (let i = 0; i < count; i++) {
      pos += varintAt(bytes, state);
      positions[p++] = pos;
    }
  }
  starts[n] = p;
  return { docs: docs.subarray(0, n), starts: starts.subarray(0, n + 1), positions: positions.subarray(0, p) };
}

/** Counts and first positions of a bigram list (a two-character term): the other positions are skipped. */
export function decodeBigramCounts(bytes: Uint8Array): DocHits {
  const docs = new Int32Array(Math.floor(bytes.length / 3) + 1);
  const tfs = new Int32Array(docs.length);
  const firsts = new Int32Array(docs.length);
  const state = { pos: 0 };
  let n = 0;
  let doc = -1;
  while (state.pos < bytes.length) {
    doc += varintAt(bytes, state);
    const count = varintAt(bytes, state);
    docs[n] = doc;
    tfs[n] = count;
    firsts[n++] = varintAt(bytes, state);
    // Skip the other position gaps: a byte below 0x80 ends a varint.
    let left = count - 1;
    let pos = state.pos;
    while (left > 0) if (bytes[pos++]! < 0x80) left--;
    state.pos = pos;
  }
  return { docs: docs.subarray(0, n), tfs: tfs.subarray(0, n), firsts: firsts.subarray(0, n) };
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
  /** A bigram's list (key `first * 65536 + second`). */
  gram(key: number): [number, number] | null;
  /** A single code unit's list. */
  unit(code: number): [number, number] | null;
}

/** Look-ups over dictionaries held in memory. */
export function memoryLookup(keys: Omit<SegmentPostings, 'bytes'>): PostingLookup {
  return {
    gram(key) {
      const k = findKey(keys.gramKeys, key);
      return k < 0 ? null : [keys.gramOffsets[k]!, keys.gramOffsets[k + 1]!];
    },
    unit(code) {
      const k = findKey(keys.uniKeys, code);
      return k < 0 ? null : [keys.uniOffsets[k]!, keys.uniOffsets[k + 1]!];
    },
  };
}

/**
 * The documents holding `term` exactly, with how often and where first,
 * from the postings of one segment. `read(start, end)` gives bytes of the
 * segment's postings (from memory or from the file).
 */
export function matchTerm(
  term: string,
  lookup: PostingLookup,
  read: (start: number, end: number) => Uint8Array,
): DocHits {
  if (term.length === 1) {
    const range = lookup.unit(term.charCodeAt(0));
    return range ? decodeUnigram(read(range[0], range[1])) : NO_HITS;
  }
  const parts: Array<{ offset: number; start: number; end: number }> = [];
  for (const offset of coveringOffsets(term.length)) {
    const range = lookup.gram(termBigram(term, offset));
    if (!range) return NO_HITS;
    parts.push({ offset, start: range[0], end: range[1] });
  }
  if (parts.length === 1) return decodeBigramCounts(read(parts[0]!.start, parts[0]!.end));
  // The rarest list is decoded; the others are walked with cursors that decode
  // the positions of only the documents the rarest list names.
  parts.sort((a, b) => a.end - a.start - (b.end - b.start));
  const first = { offset: parts[0]!.offset, list: decodeBigram(read(parts[0]!.start, parts[0]!.end)) };
  const cursors = parts.slice(1).map((p) => ({ offset: p.offset, cursor: new ListCursor(read(p.start, p.end)) }));
  const out = first.list.docs.length;
  const docs = new Int32Array(out);
  const tfs = new Int32Array(out);
  const firsts = new Int32Array(out);
  let n = 0;
  let starts = new Int32Array(64);
  let kept = new Int32Array(64);
  for (let i = 0; i < first.list.docs.length; i++) {
    const doc = first.list.docs[i]!;
    const from = first.list.starts[i]!;
    let count = first.list.starts[i + 1]! - from;
    if (count > starts.length) {
      starts = new Int32Array(count * 2);
      kept = new Int32Array(count * 2);
    }
    for (let p = 0; p < count; p++) starts[p] = first.list.positions[from + p]! - first.offset;
    for (const { offset, cursor } of cursors) {
      if (!cursor.seek(doc)) {
        count = 0;
        break;
      }
      const positions = cursor.positions();
      let q = 0;
      let k = 0;
      for (let p = 0; p < count; p++) {
        const want = starts[p]! + offset;
        while (q < positions.length && positions[q]! < want) q++;
        if (q < positions.length && positions[q] === want) kept[k++] = starts[p]!;
      }
      [starts, kept] = [kept, starts];
      count = k;
      if (count === 0) break;
    }
    if (count > 0) {
      docs[n] = doc;
      tfs[n] = count;
      firsts[n++] = starts[0]!;
    }
  }
  return { docs: docs.subarray(0, n), tfs: tfs.subarray(0, n), firsts: firsts.subarray(0, n) };
}

/**
 * Walks a bigram list forward: `seek(doc)` skips entries (their position
 * bytes are stepped over, not decoded) up to `doc`; `positions()` decodes
 * the current entry's positions.
 */
class ListCursor {
  private readonly state = { pos: 0 };
  private doc = -1;
  private count = 0;
  private positionsAt = -1;
  private decoded = false;
  private scratch = new Int32Array(64);

  constructor(private readonly bytes: Uint8Array) {}

  /** Moves to `target`; false when the list does not hold it. */
  seek(target: number): boolean {
    const bytes = this.bytes;
    while (this.doc < target) {
      if (this.positionsAt >= 0 && !this.decoded) {
        let left = this.count;
        let pos = this.positionsAt;
        while (left > 0) if (bytes[pos++]! < 0x80) left--;
        this.state.pos = pos;
      }
      if (this.state.pos >= bytes.length) {
        this.doc = Number.MAX_SAFE_INTEGER;
        return false;
      }
      this.doc += varintAt(bytes, this.state);
      this.count = varintAt(bytes, this.state);
      this.positionsAt = this.state.pos;
      this.decoded = false;
    }
    return this.doc === target;
  }

  /** The current entry's positions (valid until the next call). */
  positions(): Int32Array {
    if (this.count > this.scratch.length) this.scratch = new Int32Array(this.count * 2);
    this.state.pos = this.positionsAt;
    let pos = 0;
    for (let i = 0; i < this.count; i++) {
      pos += varintAt(this.bytes, this.state);
      this.scratch[i] = pos;
    }
    this.decoded = true;
    return this.scratch.subarray(0, this.count);
  }
}
