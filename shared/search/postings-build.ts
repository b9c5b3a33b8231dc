import { isLineBreak } from './fold';
import type { SegmentPostings } from './postings';
import { ByteWriter } from './varint';

/** True when two code units form an indexed bigram (no line break in it). */
function isBigram(first: number, second: number): boolean {
  return !isLineBreak(first) && !isLineBreak(second) && (first | second) !== 0;
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

/** Where encoded bigram lists go: document lists, the other positions, and each key's start in both. */
interface GramWriters {
  writer: ByteWriter;
  prox: ByteWriter;
  keys: number[];
  offsets: number[];
  proxOffsets: number[];
}

interface WorkingArrays {
  keys: Uint32Array;
  places: Int32Array;
  tmpKeys: Uint32Array;
  tmpPlaces: Int32Array;
}

/** The working arrays of the last finished build (taken by the next one: two builds never share them). */
let spare: WorkingArrays | null = null;

/** Lets the working arrays of the last build go (after a run of builds, such as a rebuild, ends). */
export function forgetBuildArrays(): void {
  spare = null;
}

function takeSpare(length: number): WorkingArrays {
  const taken = spare && spare.keys.length >= length ? spare : null;
  spare = null;
  return (
    taken ?? {
      keys: new Uint32Array(length),
      places: new Int32Array(length),
      tmpKeys: new Uint32Array(length),
      tmpPlaces: new Int32Array(length),
    }
  );
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
  readonly keys: Uint32Array;
  readonly places: Int32Array;
  private readonly spareKeys: Uint32Array;
  private readonly sparePlaces: Int32Array;
  n = 0;
  /** Unit postings as (code, doc, count) triples, in document order. */
  private uniCode: Uint16Array;
  private uniDoc: Uint16Array;
  private uniTf: Int32Array;
  private uniN = 0;
  private readonly tf = new Int32Array(65536);
  private readonly touched: number[] = [];

  constructor(totalChars: number) {
    // Working arrays of an earlier build are taken over when large enough (less garbage per segment).
    const spare = takeSpare(totalChars);
    this.keys = spare.keys;
    this.places = spare.places;
    this.spareKeys = spare.tmpKeys;
    this.sparePlaces = spare.tmpPlaces;
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
    const tmpKeys = this.spareKeys.subarray(0, this.n);
    const tmpPlaces = this.sparePlaces.subarray(0, this.n);
    const counts = new Int32Array(65536);
    radixPass(keys, places, tmpKeys, tmpPlaces, 0, counts);
    radixPass(tmpKeys, tmpPlaces, keys, places, 16, counts);
  }

  /** Gives the working arrays back for the next build. */
  release(): void {
    spare = { keys: this.keys, places: this.places, tmpKeys: this.spareKeys, tmpPlaces: this.sparePlaces };
  }

  /** Encodes sorted occurrences from `from` to the first key boundary at or after `to`; returns where it stopped. */
  encodeGrams(from: number, to: number, out: GramWriters): number {
    const { keys, places } = this;
    const { writer, prox } = out;
    const n = this.n;
    let s = from;
    while (s < n && s < to) {
      const key = keys[s]!;
      out.keys.push(key);
      out.offsets.push(writer.length);
      out.proxOffsets.push(prox.length);
      let prevDoc = -1;
      while (s < n && keys[s] === key) {
        const doc = places[s]! >>> POS_BITS;
        let e = s;
        while (e < n && keys[e] === key && places[e]! >>> POS_BITS === doc) e++;
        const first = places[s]! & POS_MASK;
        writer.varint(doc - prevDoc);
        writer.varint(e - s);
        writer.varint(first);
        if (e - s > 1) {
          const before = prox.length;
          let prevPos = first;
          for (let p = s + 1; p < e; p++) {
            const pos = places[p]! & POS_MASK;
            prox.varint(pos - prevPos);
            prevPos = pos;
          }
          writer.varint(prox.length - before);
        }
        prevDoc = doc;
        s = e;
      }
    }
    return s;
  }

  /**
   * Encodes the unit lists after the bigrams: the (code, doc, count) triples
   * grouped by code with a counting sort (stable), scattered straight into
   * code order so that encoding reads them in sequence.
   */
  encodeUnits(writer: ByteWriter): { uniKeys: Uint32Array; uniOffsets: Uint32Array } {
    const { uniCode, uniDoc, uniTf, uniN } = this;
    const starts = new Int32Array(65537);
    for (let t = 0; t < uniN; t++) starts[uniCode[t]! + 1]!++;
    for (let c = 0; c < 65536; c++) starts[c + 1]! += starts[c]!;
    const docs = new Uint16Array(uniN);
    const tfs = new Int32Array(uniN);
    const cursor = starts.slice(0, 65536);
    for (let t = 0; t < uniN; t++) {
      const at = cursor[uniCode[t]!]!++;
      docs[at] = uniDoc[t]!;
      tfs[at] = uniTf[t]!;
    }
    const keys: number[] = [];
    const offsets: number[] = [];
    for (let c = 0; c < 65536; c++) {
      if (starts[c] === starts[c + 1]) continue;
      keys.push(c);
      offsets.push(writer.length);
      let prevDoc = -1;
      for (let i = starts[c]!; i < starts[c + 1]!; i++) {
        writer.varint(docs[i]! - prevDoc);
        writer.varint(tfs[i]!);
        prevDoc = docs[i]!;
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
  // Sized from the text (document lists take up to about four bytes a character, positions far fewer), so they seldom grow.
  const out: GramWriters = {
    writer: new ByteWriter(totalChars * 4),
    prox: new ByteWriter(totalChars >> 2),
    keys: [],
    offsets: [],
    proxOffsets: [],
  };
  for (let s = 0; s < builder.n;) {
    s = builder.encodeGrams(s, s + (1 << 20), out);
    yield;
  }
  out.offsets.push(out.writer.length);
  out.proxOffsets.push(out.prox.length);
  const { uniKeys, uniOffsets } = builder.encodeUnits(out.writer);
  builder.release();
  return {
    gramKeys: Uint32Array.from(out.keys),
    gramOffsets: Uint32Array.from(out.offsets),
    gramProx: Uint32Array.from(out.proxOffsets),
    uniKeys,
    uniOffsets,
    bytes: out.writer.view().slice(),
    prox: out.prox.view().slice(),
  };
}

/** Runs a generator to its end without yielding (for small builds and tests). */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
