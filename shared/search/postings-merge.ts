// Appending one segment's posting list for a key to a merged segment's list
// for the same key (see SegmentPostings for the encoding). Sources are
// appended in order and their documents numbered after the earlier sources',
// so the merged list stays in document order; `last` carries the merged
// list's last document number from one source to the next (-1 at a key's
// start).
//
// A source whose documents all stay (`renumber` null, numbered from `base`)
// is copied as it is after its first entry, whose gap is written again: a
// rebuild's merge is mostly copying. Otherwise each entry is read, dropped
// when its document no longer counts (`renumber[doc]` is -1: an older
// revision or an article deleted for good), and written again with its new
// number; its other positions (bigram lists) follow it to `proxOut`.
import type { ByteWriter } from './varint';

/** How one source segment's documents are numbered in the merged segment. */
export interface MergeSource {
  /** New number of each document, -1 for one dropped; null when all stay, numbered from `base`. */
  renumber: Int32Array | null;
  base: number;
}

/**
 * Where the last `varint` call stopped. The decoder is posting-list.ts's,
 * written again here on purpose: a cursor in the module's own `let` is what
 * keeps these loops fast (an imported cursor object measured slower).
 */
let at = 0;

/** Reads one varint of `bytes` at `at`, leaving `at` after it. */
function varint(bytes: Uint8Array): number {
  let byte = bytes[at++]!;
  if (byte < 0x80) return byte;
  let result = byte & 0x7f;
  let scale = 128;
  do {
    byte = bytes[at++]!;
    result += (byte & 0x7f) * scale;
    scale *= 128;
  } while (byte & 0x80);
  return result;
}

/**
 * Appends a bigram list (bytes `start` .. `end` of `lists`; its other
 * positions are bytes `proxStart` .. `proxEnd` of `prox`) to `out` /
 * `proxOut`. Returns the new last document number; when `needLast` is
 * false (no later source has the key) a list copied as it is is not read
 * through for it, and -1 is returned.
 */
export function appendBigramList(
  lists: Uint8Array,
  start: number,
  end: number,
  prox: Uint8Array,
  proxStart: number,
  proxEnd: number,
  source: MergeSource,
  last: number,
  needLast: boolean,
  out: ByteWriter,
  proxOut: ByteWriter,
): number {
  if (start === end) return last;
  if (!source.renumber) {
    // Only the first gap changes; the rest of the list and all its positions are copied.
    at = start;
    const first = varint(lists) - 1 + source.base;
    out.varint(first - last);
    out.copy(lists, at, end);
    proxOut.copy(prox, proxStart, proxEnd);
    if (!needLast) return -1;
    at = start;
    let doc = -1;
    while (at < end) {
      doc += varint(lists);
      const count = varint(lists);
      varint(lists);
      if (count > 1) varint(lists);
    }
    return doc + source.base;
  }
  const { renumber } = source;
  let doc = -1;
  let proxAt = proxStart;
  at = start;
  while (at < end) {
    doc += varint(lists);
    const count = varint(lists);
    const first = varint(lists);
    const proxLength = count > 1 ? varint(lists) : 0;
    const to = renumber[doc]!;
    if (to >= 0) {
      out.varint(to - last);
      out.varint(count);
      out.varint(first);
      if (count > 1) {
        out.varint(proxLength);
        proxOut.copy(prox, proxAt, proxAt + proxLength);
      }
      last = to;
    }
    proxAt += proxLength;
  }
  return last;
}

/** Appends a unit list (bytes `start` .. `end` of `lists`: document gap and count per entry) to `out`; returns the new last document number. */
export function appendUnitList(
  lists: Uint8Array,
  start: number,
  end: number,
  source: MergeSource,
  last: number,
  out: ByteWriter,
): number {
  let doc = -1;
  at = start;
  while (at < end) {
    doc += varint(lists);
    const count = varint(lists);
    const to = source.renumber ? source.renumber[doc]! : doc + source.base;
    if (to >= 0) {
      out.varint(to - last);
      out.varint(count);
      last = to;
    }
  }
  return last;
}
