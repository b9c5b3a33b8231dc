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
 * positions it needs: a few entries' positions are read one by one; once
 * many are asked for, all of them are read and decoded once and stay with
 * the list. One class for every list, so that the calls in the matching
 * loop stay monomorphic.
 */
export class IndexedList {
  /** Every entry's positions, once read whole (`readAll`): entry i's are `counts[i]` from `flatStart[i]`. */
  flat: Int32Array | null = null;
  flatStart: Int32Array | null = null;
  private alone = 0;

  constructor(
    readonly docs: Int32Array,
    readonly counts: Int32Array,
    readonly firsts: Int32Array,
    /** Entry i's other position gaps are bytes `proxAt[i]` .. `proxAt[i + 1]` of the list's positions. */
    private readonly proxAt: Int32Array | null,
    private readonly readProx: ProxReader,
  ) {}

  /** Bytes held (for the cache's budget). */
  get size(): number {
    return this.docs.length * 16 + (this.flat ? this.flat.length * 4 + this.docs.length * 4 : 0);
  }

  /** Reads and decodes every entry's positions, when there are others than the first. */
  readAll(): void {
    const { proxAt, counts, firsts } = this;
    if (this.flat || !proxAt) return;
    const n = counts.length;
    const bytes = this.readProx(0, proxAt[n]!);
    const starts = new Int32Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      starts[i] = total;
      total += counts[i]!;
    }
    const flat = new Int32Array(total);
    cursor = 0;
    for (let i = 0, at = 0; i < n; i++) {
      let pos = firsts[i]!;
      flat[at++] = pos;
      for (let k = counts[i]!; k > 1; k--) {
        pos += varint(bytes);
        flat[at++] = pos;
      }
    }
    this.flat = flat;
    this.flatStart = starts;
  }

  /**
   * Entry i's positions, in order, written to `out` (or to a larger array
   * when `out` is short, which is returned instead).
   */
  positions(i: number, out: Int32Array): Int32Array {
    const count = this.counts[i]!;
    if (count > out.length) out = new Int32Array(count * 2);
    if (count === 1 || !this.proxAt) {
      out[0] = this.firsts[i]!;
      return out;
    }
    if (!this.flat && ++this.alone > PROX_READS_ALONE) this.readAll();
    if (this.flat) {
      const { flat } = this;
      const from = this.flatStart![i]!;
      for (let k = 0; k < count; k++) out[k] = flat[from + k]!;
      return out;
    }
    const bytes = this.readProx(this.proxAt[i]!, this.proxAt[i + 1]!);
    let pos = this.firsts[i]!;
    out[0] = pos;
    cursor = 0;
    for (let k = 1; k < count; k++) {
      pos += varint(bytes);
      out[k] = pos;
    }
    return out;
  }
}

/**
 * Indexes a bigram's document list: per entry the document number's gap
 * (varint), the count n, the first position, and when n > 1 the byte length
 * of the other positions' gaps, which `readProx` reads.
 */
export function indexBigramList(bytes: Uint8Array, readProx: ProxReader): IndexedList {
  const max = Math.floor(bytes.length / 3) + 1;
  const docs = new Int32Array(max);
  const counts = new Int32Array(max);
  const firsts = new Int32Array(max);
  const proxAt = new Int32Array(max + 1);
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

/** Indexes a unit list (document gap and count per entry; no positions). */
export function indexUnitList(bytes: Uint8Array): IndexedList {
  const max = (bytes.length >> 1) + 1;
  const docs = new Int32Array(max);
  const counts = new Int32Array(max);
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
