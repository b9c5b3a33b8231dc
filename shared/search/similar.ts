import { foldText } from './fold';

/** Characters per shingle: four, so that shared stock phrases of two or three characters do not count. */
export const SHINGLE_CHARS = 4;

/** Bins in a signature (64: the top six bits of a hash pick the bin); the estimate of overlap is within about ±0.1. */
export const SIGNATURE_SIZE = 64;

/** Signature overlap (estimated Jaccard) from which an article is compared exactly. */
export const CANDIDATE_JACCARD = 0.12;

/** Share of the shorter text's shingles found in the other from which two articles count as the same story (重稿). */
export const SIMILAR_OVERLAP = 0.5;

/** True for a code unit that counts in shingles: a letter, digit or Chinese character (punctuation and spacing do not). */
function counts(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);
  return (
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    (code >= 0xc0 && code < 0x2000)
  );
}

/** The code units that shingles are made of: folded, letters, digits and Chinese only. */
function shingleCodes(text: string): Uint16Array {
  const folded = foldText(text);
  const out = new Uint16Array(folded.length);
  let n = 0;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (counts(code)) out[n++] = code;
  }
  return out.subarray(0, n);
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The FNV-1a hash of the shingle at `at` (fewer code units when the text is shorter). */
function shingleHash(codes: Uint16Array, at: number): number {
  if (SHINGLE_CHARS === 4 && at + 4 <= codes.length) {
    // SHINGLE_CHARS (4) steps written out: this runs for every character of the archive in a rebuild.
    let hash = Math.imul(FNV_OFFSET ^ codes[at]!, FNV_PRIME);
    hash = Math.imul(hash ^ codes[at + 1]!, FNV_PRIME);
    hash = Math.imul(hash ^ codes[at + 2]!, FNV_PRIME);
    return Math.imul(hash ^ codes[at + 3]!, FNV_PRIME) >>> 0;
  }
  let hash = FNV_OFFSET;
  for (let i = at; i < codes.length; i++) hash = Math.imul(hash ^ codes[i]!, FNV_PRIME);
  return hash >>> 0;
}

/** How many shingles a text of `n` code units has (one when it is shorter than a shingle). */
function shingleCount(n: number): number {
  return n === 0 ? 0 : Math.max(1, n - SHINGLE_CHARS + 1);
}

/** The distinct shingle hashes of a text. */
export function shingles(text: string): Set<number> {
  const codes = shingleCodes(text);
  const set = new Set<number>();
  for (let i = 0, n = shingleCount(codes.length); i < n; i++) set.add(shingleHash(codes, i));
  return set;
}

/** A 32-bit mix of a shingle hash (murmur3's finaliser). */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The MinHash signature of a text's shingles, by one-permutation hashing:
 * each shingle's mixed hash picks one of SIGNATURE_SIZE bins by its top bits
 * and competes for that bin's minimum with the rest. One hash per shingle
 * instead of one per bin. A bin no shingle reached stays 0xffffffff.
 */
export function signature(text: string): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  // A repeated shingle cannot change a minimum, so no set is needed.
  const codes = shingleCodes(text);
  for (let i = 0, n = shingleCount(codes.length); i < n; i++) {
    const m = mix(shingleHash(codes, i));
    const bin = m >>> 26;
    const value = m & 0x3ffffff;
    if (value < sig[bin]!) sig[bin] = value;
  }
  return sig;
}

/** Estimated Jaccard overlap of two signatures (`b` read at `bAt` in a packed array): equal bins among bins either text reached. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array, bAt = 0): number {
  let same = 0;
  let used = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    const x = a[i]!;
    const y = b[bAt + i]!;
    if (x === 0xffffffff && y === 0xffffffff) continue;
    used++;
    if (x === y) same++;
  }
  return used === 0 ? 0 : same / used;
}

/** The exact overlap of two texts: shared shingles as a share of the smaller text's shingles (0 to 1). */
export function overlap(a: string, b: string): number {
  const sa = shingles(a);
  const sb = shingles(b);
  if (sa.size === 0 || sb.size === 0) return 0;
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  let shared = 0;
  for (const h of small) if (large.has(h)) shared++;
  return shared / small.size;
}
