import type { DocColumns } from '../../../shared/search/columns';

/** The first bytes of a segment file. */
export const MAGIC = 'CDSX';
/** The segment file format; a file of another version is set aside and its articles indexed again. */
export const SEGMENT_VERSION = 4;
/** Bytes before the first section (the header lives there). */
export const HEADER_AREA = 4096;
/** One key in this many of the bigram dictionary is kept in memory; a look-up reads one block of the rest. */
export const BLOCK = 64;
/** Entry width of the bigram dictionary: key, document list offset, positions offset. */
export const DICT_WIDTH = 3;
/** The key of the dictionaries' last entry, which holds the end offsets. */
export const END_KEY = 0xffffffff;

/**
 * The sections of a segment file. Resident ones are read when the segment
 * opens (and covered by its checksum): the records as columns and the small
 * indexes into the rest. The others are read when needed: the bigram
 * dictionary a block at a time, a document's record, text or signature, and
 * the postings. So opening 100,000 articles' index reads a few megabytes.
 * The header gives each section's place, so they may stand in any order.
 */
export const RESIDENT = [
  'ids',
  'revisions',
  'status',
  'kind',
  'deleted',
  'submitted',
  'day',
  'headEnd',
  'updated',
  'authorNames',
  'authorStart',
  'authorIds',
  'sparse',
  'unitDict',
  'docOffsets',
  'textOffsets',
] as const;
export const ON_DEMAND = ['dict', 'docs', 'titles', 'signatures', 'texts', 'postings', 'prox'] as const;
export type SectionName = (typeof RESIDENT)[number] | (typeof ON_DEMAND)[number];

/** A segment file's header (JSON after the magic). */
export interface Header {
  version: number;
  docCount: number;
  gramCount: number;
  sections: Record<SectionName, [number, number]>;
  /** SHA-256 of the resident sections. */
  checksum: string;
  /** The file's whole length (a shorter file was cut off). */
  length: number;
}

type Typed = Uint8Array | Uint32Array | Int32Array | Float64Array;

/** The bytes of a typed array (a view). */
export function bytesOf(array: Typed): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

/** UTF-16 bytes of `text` (Chinese takes two bytes instead of three, and reading it back is a copy, not a decode). */
export const utf16 = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
/** UTF-8 bytes of `text`. */
export const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

/** Entries of a key and its offsets (one per array), with a last entry holding the end offsets. */
export function dictEntries(keys: Uint32Array, ...offsets: Uint32Array[]): Uint32Array {
  const width = offsets.length + 1;
  const n = keys.length;
  const out = new Uint32Array((n + 1) * width);
  for (let i = 0; i < n; i++) out[width * i] = keys[i]!;
  out[width * n] = END_KEY;
  for (let j = 0; j < offsets.length; j++) {
    const o = offsets[j]!;
    for (let i = 0; i <= n; i++) out[width * i + 1 + j] = o[i]!;
  }
  return out;
}

/** Every BLOCK-th key of the bigram dictionary (kept in memory). */
export function sparseKeys(gramKeys: Uint32Array): Uint32Array {
  const sparse = new Uint32Array(Math.ceil(gramKeys.length / BLOCK));
  for (let i = 0; i < sparse.length; i++) sparse[i] = gramKeys[i * BLOCK]!;
  return sparse;
}

/** The sections of the records' columns. */
export function columnSections(columns: DocColumns) {
  return {
    ids: utf16(columns.ids.join('\n')),
    revisions: bytesOf(columns.revisions),
    status: columns.status,
    kind: columns.kind,
    deleted: columns.deleted,
    submitted: columns.submitted,
    day: bytesOf(columns.day),
    headEnd: bytesOf(columns.headEnd),
    updated: bytesOf(columns.updated),
    authorNames: utf8(JSON.stringify(columns.authorNames)),
    authorStart: bytesOf(columns.authorStart),
    authorIds: bytesOf(columns.authorIds),
  };
}
