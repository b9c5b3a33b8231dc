import { isLineBreak } from './fold';
import { ByteWriter } from './varint';

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

/** True when two code units form an indexed bigram (no line break in it). */
function isBigram(first: number, second: number): boolean {
  return !isLineBreak(first) && !isLineBreak(second) && (first | second) !== 0;
}

/** The bigram key of two code units of a term (terms hold no line breaks). */
export function termBigram(term: string, at: number): number {
  return term.charCodeAt(at) * 65536 + term.charCodeAt(at + 1);
}

/** True for a code unit a one-character query can ask for (not a space or line break). */
function isIndexedUnit(code: number): boolean {
  return code !== 0x20 && !isLineBreak(code);
}

/** How many documents a build works through between yields. */
const DOCS_PER_STEP = 128;

/** Most documents in one segment: a document number takes 12 bits of an occurrence's packed place. */
export const MAX_SEGMENT_DOCS = 4096;

/** Bits of a packed place that hold the position (texts are far shorter than 2^18 code units: see MAX_BODY_CHARS). */
const POS_BITS = 18;
const POS_MASK = (1 << POS_BITS) - 1;

/**
 * Sorts (key, place) pairs stably by 16 bits of the key at `shift`, from
 * `keys`/`places` into `outKeys`/`outPlaces`.
 */
function radixPass(
  keys: Uint32Array,
  places: Int32Array,
  outKeys: Uint32Array,
  outPlaces: Int32Array,
  shift: number,
  counts: Int32Array,
): void {
  counts.fill(0);
  const n = keys.length;
  for (let i = 0; i < n; i++) counts[(keys[i]! >>> shift) & 0xffff]!++;
  let sum = 0;
  for (let b = 0; b < 65536; b++) {
    const c = counts[b]!;
    counts[b] = sum;
    sum += c;
  }
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    const at = counts[(key >>> shift) & 0xffff]!++;
    outKeys[at] = key;
    outPlaces[at] = places[i]!;
  }
}

/**
 * A build's working arrays: every bigram occurrence as its key and its
 * place (document and position packed in one int32), in text order, and
 * every unit's count per document. The occurrences are then sorted by key
 * with a stable two-pass radix sort (by the second code unit, then the
 * first), which keeps each key's occurrences in document and position
 * order and leaves them in sequence for encoding: a hash table of a million
 * bigrams is several times slower, its look-ups missing the cache.
 */
class PostingsBuilder {
  keys: Uint32Array;
  places: Int32Array;
  n = 0;
  /** Unit postings as (code, doc, count) triples, in document order. */
  private uniCode: Uint16Array;
  private uniDoc: Uint16Array;
  private uniTf: Int32Array;
  private uniN = 0;
  private readonly tf = new Int32Array(65536);
  private readonly touched: number[] = [];

  constructor(totalChars: number) {
    this.keys = new Uint32Array(totalChars);
    this.places = new Int32Array(totalChars);
    const guess = Math.max(1024, totalChars >> 1);
    this.uniCode = new Uint16Array(guess);
    this.uniDoc = new Uint16Array(guess);
    this.uniTf = new Int32Array(guess);
  }

  private growUnits(): void {
    const grow = <T extends Uint16Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const next = make(a.length * 2);
      next.set(a);
      return next;
    };
    this.uniCode = grow(this.uniCode, (n) => new Uint16Array(n));
    this.uniDoc = grow(this.uniDoc, (n) => new Uint16Array(n));
    this.uniTf = grow(this.uniTf, (n) => new Int32Array(n));
  }

  /** Records a document's bigram occurrences and unit counts. */
  add(text: string, d: number): void {
    if (text.length > POS_MASK || d >= MAX_SEGMENT_DOCS) throw new RangeError('检索索引：文本或分段过大');
    const { keys, places, tf, touched } = this;
    let n = this.n;
    const docBits = d << POS_BITS;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (isIndexedUnit(code)) {
        if (tf[code] === 0) touched.push(code);
        tf[code]!++;
      }
      if (i + 1 >= text.length) continue;
      const next = text.charCodeAt(i + 1);
      if (!isBigram(code, next)) continue;
      keys[n] = ((code << 16) | next) >>> 0;
      places[n++] = docBits | i;
    }
    this.n = n;
    while (this.uniN + touched.length > this.uniCode.length) this.growUnits();
    let u = this.uniN;
    for (const code of touched) {
      this.uniCode[u] = code;
      this.uniDoc[u] = d;
      this.uniTf[u++] = tf[code]!;
      tf[code] = 0;
    }
    this.uniN = u;
    touched.length = 0;
  }

  /** Sorts the occurrences by key (stable), in place of the arrays. */
  sort(): void {
    const keys = this.keys.subarray(0, this.n);
    const places = this.places.subarray(0, this.n);
    const tmpKeys = new Uint32Array(this.n);
    const tmpPlaces = new Int32Array(this.n);
    const counts = new Int32Array(65536);
    radixPass(keys, places, tmpKeys, tmpPlaces, 0, counts);
    radixPass(tmpKeys, tmpPlaces, keys, places, 16, counts);
    this.keys = keys;
    this.places = places;
  }

  /** Encodes sorted occurrences from `from` to the first key boundary at or after `to`; returns where it stopped. */
  encodeGrams(from: number, to: number, writer: ByteWriter, gramKeys: number[], gramOffsets: number[]): number {
    const { keys, places } = this;
    const n = this.n;
    let s = from;
    while (s < n && s < to) {
      const key = keys[s]!;
      gramKeys.push(key);
      gramOffsets.push(writer.length);
      let prevDoc = -1;
      while (s < n && keys[s] === key) {
        const doc = places[s]! >>> POS_BITS;
        let e = s;
        while (e < n && keys[e] === key && places[e]! >>> POS_BITS === doc) e++;
        writer.varint(doc - prevDoc);
        writer.varint(e - s);
        let prevPos = 0;
        for (let p = s; p < e; p++) {
          const pos = places[p]! & POS_MASK;
          writer.varint(pos - prevPos);
          prevPos = pos;
        }
        prevDoc = doc;
        s = e;
      }
    }
    return s;
  }

  /** Encodes the unit lists after the bigrams (triples grouped by code with a counting sort, stable). */
  encodeUnits(writer: ByteWriter): { uniKeys: Uint32Array; uniOffsets: Uint32Array } {
    const { uniCode, uniDoc, uniTf, uniN } = this;
    const starts = new Int32Array(65537);
    for (let t = 0; t < uniN; t++) starts[uniCode[t]! + 1]!++;
    for (let c = 0; c < 65536; c++) starts[c + 1]! += starts[c]!;
    const order = new Int32Array(uniN);
    const cursor = starts.slice(0, 65536);
    for (let t = 0; t < uniN; t++) order[cursor[uniCode[t]!]!++] = t;
    const keys: number[] = [];
    const offsets: number[] = [];
    for (let c = 0; c < 65536; c++) {
      if (starts[c] === starts[c + 1]) continue;
      keys.push(c);
      offsets.push(writer.length);
      let prevDoc = -1;
      for (let i = starts[c]!; i < starts[c + 1]!; i++) {
        const t = order[i]!;
        writer.varint(uniDoc[t]! - prevDoc);
        writer.varint(uniTf[t]!);
        prevDoc = uniDoc[t]!;
      }
    }
    offsets.push(writer.length);
    return { uniKeys: Uint32Array.from(keys), uniOffsets: Uint32Array.from(offsets) };
  }
}

/**
 * Builds the postings of `texts` (folded searchable texts, document number =
 * index). A generator: it yields every few documents, so a caller can give
 * the event loop a turn and a long build never blocks saves or typing.
 */
export function* buildPostings(texts: readonly string[]): Generator<void, SegmentPostings> {
  let totalChars = 0;
  for (const text of texts) totalChars += text.length;
  const builder = new PostingsBuilder(totalChars);
  for (let d = 0; d < texts.length; d++) {
    builder.add(texts[d]!, d);
    if (d % DOCS_PER_STEP === DOCS_PER_STEP - 1) yield;
  }
  builder.sort();
  yield;
  const gramKeys: number[] = [];
  const gramOffsets: number[] = [];
  const writer = new ByteWriter();
  for (let s = 0; s < builder.n;) {
    s = builder.encodeGrams(s, s + (1 << 20), writer, gramKeys, gramOffsets);
    yield;
  }
  gramOffsets.push(writer.length);
  const { uniKeys, uniOffsets } = builder.encodeUnits(writer);
  return {
    gramKeys: Uint32Array.from(gramKeys),
    gramOffsets: Uint32Array.from(gramOffsets),
    uniKeys,
    uniOffsets,
    bytes: writer.view().slice(),
  };
}

/** Runs a generator to its end without yielding (for small builds and tests). */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
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
