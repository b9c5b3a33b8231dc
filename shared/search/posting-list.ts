/** Where the last `varint` call stopped (module state, so that decoding allocates nothing). */
let cursor = 0;

/** Reads one varint of `bytes` at `cursor`, leaving `cursor` after it. */
function varint(bytes: Uint8Array): number {
  let byte = bytes[cursor++]!;
  if (byte < 0x80) return byte;
  let result = byte & 0x7f;
  let scale = 128;
  do {
    byte = bytes[cursor++]!;
    result += (byte & 0x7f) * scale;
    scale *= 128;
  } while (byte & 0x80);
  return result;
}

/** Entries whose positions are read one by one before a list's positions are read whole. */
export const PROX_READS_ALONE = 32;

/** Reads bytes `start` .. `end` of a list's other positions. */
export type ProxReader = (start: number, end: number) => Uint8Array;

const NO_PROX: ProxReader = () => new Uint8Array(0);

/**
 * A posting list indexed for search: entry i is document `docs[i]`, holding
 * the key `counts[i]` times, first at `firsts[i]` (-1 for unit lists, which
 * keep no positions). Built in one pass and cached with the list, so that
 * a later query finds a document by binary search and decodes only the
 * positions it needs: a few entries' other positions are read one by one;
 * once many are asked for, the list's position bytes are read whole (one
 * read) and stay with it, and each entry's are still decoded only when
 * asked (decoding them all would cost a frequent pair's query more than it
 * saves). One class for every list, so that calls in the matching loop
 * stay monomorphic.
 */
export class IndexedList {
  private whole: Uint8Array | null = null;
  private alone = 0;

  constructor(
    readonly docs: Int32Array,
    readonly counts: Int32Array,
    readonly firsts: Int32Array,
    /**
     * Entry i's other position gaps are bytes `proxAt[i]` .. `proxAt[i + 1]`
     * of the list's positions (or .. `ends[i]` when the list holds some of
     * its entries only); `proxAt[n]` is where the last entry's positions end.
     */
    private readonly proxAt: Int32Array | null,
    private readonly readProx: ProxReader,
    private readonly ends: Int32Array | null = null,
  ) {}

  /** Bytes held (for the cache's budget). */
  get size(): number {
    return this.docs.length * 16 + (this.whole?.length ?? 0);
  }

  /** Reads the list's position bytes whole (when many entries will be asked for). */
  readAll(): void {
    if (!this.whole && this.proxAt) this.whole = this.readProx(0, this.proxAt[this.counts.length]!);
  }

  /**
   * Entry i's positions, in order, written to `out` (or to a larger array
   * when `out` is short, which is returned instead).
   */
  positions(i: number, out: Int32Array): Int32Array {
    const count = this.counts[i]!;
    if (count > out.length) out = new Int32Array(count * 2);
    let pos = this.firsts[i]!;
    out[0] = pos;
    if (count === 1 || !this.proxAt) return out;
    const bytes = this.otherPositions(i);
    for (let k = 1; k < count; k++) {
      pos += varint(bytes);
      out[k] = pos;
    }
    return out;
  }

  /**
   * Of the `count` sorted `starts`, those where entry i has a position at
   * start + `offset`, written in order to `kept`; returns how many. The
   * entry's positions are decoded only as far as the last start needs (a
   * frequent pair stands many times in an article; the rare one beside it
   * once or twice).
   */
  keepAt(i: number, starts: Int32Array, count: number, offset: number, kept: Int32Array): number {
    const total = this.counts[i]!;
    let pos = this.firsts[i]!;
    let k = 0;
    if (total === 1 || !this.proxAt) {
      for (let p = 0; p < count; p++)
        if (starts[p]! + offset === pos) {
          kept[k++] = starts[p]!;
          break;
        }
      return k;
    }
    const bytes = this.otherPositions(i);
    let seen = 1;
    for (let p = 0; p < count; p++) {
      const want = starts[p]! + offset;
      while (pos < want && seen < total) {
        pos += varint(bytes);
        seen++;
      }
      if (pos === want) kept[k++] = starts[p]!;
      else if (pos < want) break;
    }
    return k;
  }

  /** The bytes holding entry i's other positions, with `cursor` at their start. */
  private otherPositions(i: number): Uint8Array {
    if (!this.whole && ++this.alone > PROX_READS_ALONE) this.readAll();
    if (this.whole) {
      cursor = this.proxAt![i]!;
      return this.whole;
    }
    cursor = 0;
    return this.readProx(this.proxAt![i]!, this.ends ? this.ends[i]! : this.proxAt![i + 1]!);
  }
}

/** Working arrays a list is decoded into before it is copied out at its exact length (no zero-filled arrays per list). */
let scratch = {
  docs: new Int32Array(0),
  counts: new Int32Array(0),
  firsts: new Int32Array(0),
  proxAt: new Int32Array(0),
};

function scratchFor(max: number): typeof scratch {
  if (scratch.docs.length < max) {
    const size = Math.max(max, scratch.docs.length * 2);
    scratch = {
      docs: new Int32Array(size),
      counts: new Int32Array(size),
      firsts: new Int32Array(size),
      proxAt: new Int32Array(size + 1),
    };
  }
  return scratch;
}

/**
 * Indexes a bigram's document list: per entry the document number's gap
 * (varint), the count n, the first position, and when n > 1 the byte length
 * of the other positions' gaps, which `readProx` reads.
 */
export function indexBigramList(bytes: Uint8Array, readProx: ProxReader): IndexedList {
  const { docs, counts, firsts, proxAt } = scratchFor(Math.floor(bytes.length / 3) + 1);
  const length = bytes.length;
  let n = 0;
  let doc = -1;
  let at = 0;
  cursor = 0;
  while (cursor < length) {
    doc += varint(bytes);
    const count = varint(bytes);
    docs[n] = doc;
    counts[n] = count;
    firsts[n] = varint(bytes);
    proxAt[n++] = at;
    if (count > 1) at += varint(bytes);
  }
  proxAt[n] = at;
  return new IndexedList(docs.slice(0, n), counts.slice(0, n), firsts.slice(0, n), proxAt.slice(0, n + 1), readProx);
}

/**
 * Indexes the entries of a bigram list (encoded as for indexBigramList) whose
 * documents are in `wanted` (sorted), and no others: a frequent pair's list
 * checked for the few documents of a rarer one is read through once without
 * being kept, and reading stops after the last wanted document.
 */
export function indexBigramSubset(bytes: Uint8Array, wanted: Int32Array, readProx: ProxReader): IndexedList {
  const max = wanted.length;
  const docs = new Int32Array(max);
  const counts = new Int32Array(max);
  const firsts = new Int32Array(max);
  const proxAt = new Int32Array(max + 1);
  const ends = new Int32Array(max);
  const length = bytes.length;
  let n = 0;
  let doc = -1;
  let at = 0;
  let w = 0;
  cursor = 0;
  while (cursor < length && w < max) {
    doc += varint(bytes);
    const count = varint(bytes);
    const first = varint(bytes);
    const size = count > 1 ? varint(bytes) : 0;
    while (w < max && wanted[w]! < doc) w++;
    if (wanted[w] === doc) {
      docs[n] = doc;
      counts[n] = count;
      firsts[n] = first;
      proxAt[n] = at;
      ends[n++] = at + size;
      w++;
    }
    at += size;
  }
  proxAt[n] = n > 0 ? ends[n - 1]! : 0;
  return new IndexedList(
    docs.subarray(0, n),
    counts.subarray(0, n),
    firsts.subarray(0, n),
    proxAt.subarray(0, n + 1),
    readProx,
    ends.subarray(0, n),
  );
}

/** Indexes a unit list (document gap and count per entry; no positions). */
export function indexUnitList(bytes: Uint8Array): IndexedList {
  const { docs, counts } = scratchFor((bytes.length >> 1) + 1);
  const length = bytes.length;
  let n = 0;
  let doc = -1;
  cursor = 0;
  while (cursor < length) {
    doc += varint(bytes);
    docs[n] = doc;
    counts[n++] = varint(bytes);
  }
  return new IndexedList(docs.slice(0, n), counts.slice(0, n), new Int32Array(n).fill(-1), null, NO_PROX);
}
