import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { SearchDoc } from '../../../shared/search/doc';
import type { Segment } from '../../../shared/search/engine';
import { docColumns, type DocColumns } from '../../../shared/search/columns';
import type { SegmentData } from '../../../shared/search/segment';
import { SizedCache } from '../../../shared/search/byte-cache';
import { indexBigramList, indexUnitList, type IndexedList } from '../../../shared/search/postings';
import { writeFileAtomic } from '../durable-file';

/** The first bytes of a segment file. */
const MAGIC = 'CDSX';
/** The segment file format; a file of another version is set aside and its articles indexed again. */
export const SEGMENT_VERSION = 4;
/** Bytes before the first section (the header lives there). */
const HEADER_AREA = 4096;
/** One key in this many of the bigram dictionary is kept in memory; a look-up reads one block of the rest. */
const BLOCK = 64;

/**
 * The sections of a segment file. Resident ones are read when the segment
 * opens (and covered by its checksum): the records as columns and the small
 * indexes into the rest. The others are read when needed: the bigram
 * dictionary a block at a time, a document's record, text or signature, and
 * the postings. So opening 100,000 articles' index reads a few megabytes.
 */
const RESIDENT = [
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
const ON_DEMAND = ['dict', 'docs', 'titles', 'signatures', 'texts', 'postings', 'prox'] as const;
type SectionName = (typeof RESIDENT)[number] | (typeof ON_DEMAND)[number];

interface Header {
  version: number;
  docCount: number;
  gramCount: number;
  sections: Record<SectionName, [number, number]>;
  /** SHA-256 of the resident sections. */
  checksum: string;
  /** The file's whole length (a shorter file was cut off). */
  length: number;
}

/** A segment file that cannot be read as one (cut off, damaged, another version). */
export class DamagedSegmentError extends Error {}

type Typed = Uint8Array | Uint32Array | Int32Array | Float64Array;

function bytesOf(array: Typed): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

/** Entries of a key and its offsets (one per array), with a last entry holding the end offsets. */
function entries(keys: Uint32Array, ...offsets: Uint32Array[]): Uint32Array {
  const width = offsets.length + 1;
  const out = new Uint32Array((keys.length + 1) * width);
  for (let i = 0; i <= keys.length; i++) {
    out[width * i] = i < keys.length ? keys[i]! : 0xffffffff;
    for (const [j, o] of offsets.entries()) out[width * i + 1 + j] = o[i]!;
  }
  return out;
}

/** Entry width of the bigram dictionary: key, document list offset, positions offset. */
const DICT_WIDTH = 3;

/** Records and texts of `data` as the file's sections. */
function sectionsOf(data: SegmentData): Record<SectionName, Uint8Array> {
  const columns = docColumns(data.docs);
  const utf16 = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
  const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
  const joined = (parts: readonly string[], encode: (t: string) => Uint8Array) => {
    const encoded = parts.map(encode);
    const offsets = new Uint32Array(parts.length + 1);
    let length = 0;
    for (const [i, bytes] of encoded.entries()) {
      offsets[i] = length;
      length += bytes.length;
    }
    offsets[parts.length] = length;
    const all = new Uint8Array(length);
    for (const [i, bytes] of encoded.entries()) all.set(bytes, offsets[i]!);
    return { all, offsets };
  };
  const docs = joined(
    data.docs.map((d) => JSON.stringify(d)),
    utf8,
  );
  // UTF-16: Chinese takes two bytes instead of three, and reading it back is a copy, not a decode.
  const texts = joined(data.texts, utf16);
  const { gramKeys, gramOffsets, gramProx, uniKeys, uniOffsets, bytes, prox } = data.postings;
  const sparse = new Uint32Array(Math.ceil(gramKeys.length / BLOCK));
  for (let i = 0; i < sparse.length; i++) sparse[i] = gramKeys[i * BLOCK]!;
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
    sparse: bytesOf(sparse),
    unitDict: bytesOf(entries(uniKeys, uniOffsets)),
    docOffsets: bytesOf(docs.offsets),
    textOffsets: bytesOf(texts.offsets),
    dict: bytesOf(entries(gramKeys, gramOffsets, gramProx)),
    docs: docs.all,
    titles: utf16(data.docs.map((d) => d.title.replace(/\n/g, ' ')).join('\n')),
    signatures: bytesOf(data.signatures),
    texts: texts.all,
    postings: bytes,
    prox,
  };
}

/**
 * Writes a segment atomically: a small header (JSON, with each section's
 * place, the file's length and a checksum of the resident sections), then
 * the sections, each starting on an 8-byte boundary.
 */
export async function writeSegment(file: string, data: SegmentData): Promise<void> {
  const parts = sectionsOf(data);
  const hash = createHash('sha256');
  for (const name of RESIDENT) hash.update(parts[name]);
  const sections = {} as Record<SectionName, [number, number]>;
  let offset = HEADER_AREA;
  for (const name of [...RESIDENT, ...ON_DEMAND]) {
    sections[name] = [offset, parts[name].length];
    offset += Math.ceil(parts[name].length / 8) * 8;
  }
  const header: Header = {
    version: SEGMENT_VERSION,
    docCount: data.docs.length,
    gramCount: data.postings.gramKeys.length,
    sections,
    checksum: hash.digest('hex'),
    length: offset,
  };
  const out = new Uint8Array(offset);
  const headerBytes = new TextEncoder().encode(MAGIC + JSON.stringify(header));
  if (headerBytes.length > HEADER_AREA) throw new Error('segment header too long');
  out.set(headerBytes, 0);
  for (const name of [...RESIDENT, ...ON_DEMAND]) out.set(parts[name], sections[name][0]);
  await writeFileAtomic(file, out);
}

/**
 * Reads `length` bytes at `start` into a fresh buffer: 8-byte aligned (for
 * typed views of resident sections), or, for postings, taken without
 * zero-filling.
 */
function readAt(fd: number, start: number, length: number, aligned = true): Buffer {
  const buffer = aligned ? Buffer.from(new ArrayBuffer(length)) : Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, start + done);
    if (n === 0) throw new DamagedSegmentError('检索索引文件不完整');
    done += n;
  }
  return buffer;
}

const u32 = (b: Buffer) => new Uint32Array(b.buffer, b.byteOffset, b.byteLength / 4);
const i32 = (b: Buffer) => new Int32Array(b.buffer, b.byteOffset, b.byteLength / 4);
const f64 = (b: Buffer) => new Float64Array(b.buffer, b.byteOffset, b.byteLength / 8);
const u8 = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** The last index whose value is at most `key` in sorted `values`, or -1. */
function floorIndex(values: Uint32Array, key: number, step = 1, length = values.length / step): number {
  let lo = 0;
  let hi = length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid * step]! <= key) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Indexed posting lists kept in memory across queries (all segments share the budget). */
const LISTS = new SizedCache<IndexedList>(128 * 1024 * 1024, (list) => list.size);

/** A segment opened from its file. */
export interface OpenedSegment extends Segment {
  close(): void;
}

function readHeader(fd: number): Header {
  const size = fstatSync(fd).size;
  if (size < HEADER_AREA) throw new DamagedSegmentError('检索索引文件太短');
  const head = readAt(fd, 0, HEADER_AREA);
  if (head.subarray(0, 4).toString('latin1') !== MAGIC) throw new DamagedSegmentError('不是检索索引文件');
  const end = head.indexOf(0, 4);
  let header: Header;
  try {
    header = JSON.parse(head.subarray(4, end < 0 ? HEADER_AREA : end).toString('utf8')) as Header;
  } catch {
    throw new DamagedSegmentError('检索索引文件头已损坏');
  }
  if (header.version !== SEGMENT_VERSION) throw new DamagedSegmentError('检索索引格式已更新');
  if (header.length !== size) throw new DamagedSegmentError('检索索引文件长度不对');
  return header;
}

/**
 * Opens a segment file: checks its header, length and checksum and reads
 * the resident sections; everything else is read with positioned reads when
 * needed (served from the page cache after first use). The file stays open,
 * so a segment a merge deletes meanwhile can still be read by a process
 * that has it open.
 */
export function openSegment(file: string, name: string): OpenedSegment {
  const fd = openSync(file, 'r');
  try {
    const header = readHeader(fd);
    const section = (s: SectionName) => readAt(fd, header.sections[s][0], header.sections[s][1]);
    const resident = {} as Record<(typeof RESIDENT)[number], Buffer>;
    const hash = createHash('sha256');
    for (const s of RESIDENT) {
      resident[s] = section(s);
      hash.update(resident[s]);
    }
    if (hash.digest('hex') !== header.checksum) throw new DamagedSegmentError('检索索引校验不符');
    const n = header.docCount;
    const columns: DocColumns = {
      ids: n === 0 ? [] : resident.ids.toString('utf16le').split('\n'),
      revisions: u32(resident.revisions),
      status: u8(resident.status),
      kind: u8(resident.kind),
      deleted: u8(resident.deleted),
      submitted: u8(resident.submitted),
      day: i32(resident.day),
      headEnd: i32(resident.headEnd),
      updated: f64(resident.updated),
      authorNames: JSON.parse(resident.authorNames.toString('utf8')) as string[],
      authorStart: i32(resident.authorStart),
      authorIds: i32(resident.authorIds),
    };
    if (columns.ids.length !== n || columns.revisions.length !== n || columns.updated.length !== n)
      throw new DamagedSegmentError('检索索引内容不一致');
    const sparse = u32(resident.sparse);
    const unitDict = u32(resident.unitDict);
    const docOffsets = u32(resident.docOffsets);
    const textOffsets = u32(resident.textOffsets);
    const [dictStart] = header.sections.dict;
    const [postingsStart, postingsLength] = header.sections.postings;
    const [proxStart, proxLength] = header.sections.prox;
    let signatures: Uint32Array | null = null;
    let closed = false;
    const check = (ok: boolean) => {
      if (!ok) throw new DamagedSegmentError('检索索引内容不一致');
    };
    return {
      name,
      columns,
      gram(key) {
        const block = floorIndex(sparse, key);
        if (block < 0) return null;
        const first = block * BLOCK;
        const count = Math.min(BLOCK + 1, header.gramCount + 1 - first);
        const w = DICT_WIDTH;
        const found = u32(readAt(fd, dictStart + first * w * 4, count * w * 4));
        const k = floorIndex(found, key, w, count - 1);
        if (k < 0 || found[k * w] !== key) return null;
        return [found[k * w + 1]!, found[(k + 1) * w + 1]!, found[k * w + 2]!, found[(k + 1) * w + 2]!];
      },
      unit(code) {
        const k = floorIndex(unitDict, code, 2, unitDict.length / 2 - 1);
        if (k < 0 || unitDict[k * 2] !== code) return null;
        return [unitDict[k * 2 + 1]!, unitDict[k * 2 + 3]!];
      },
      bigramList([start, stop, pStart, pStop]) {
        check(stop <= postingsLength && start <= stop && pStop <= proxLength && pStart <= pStop);
        return LISTS.get(`${file}\u0000${start}`, () =>
          indexBigramList(readAt(fd, postingsStart + start, stop - start, false), (from, to) => {
            check(pStart + to <= pStop && from <= to);
            return readAt(fd, proxStart + pStart + from, to - from, false);
          }),
        );
      },
      unitList(start, stop) {
        check(stop <= postingsLength && start <= stop);
        return LISTS.get(`${file}\u0000${start}`, () =>
          indexUnitList(readAt(fd, postingsStart + start, stop - start, false)),
        );
      },
      doc(docNo) {
        const from = docOffsets[docNo]!;
        const bytes = readAt(fd, header.sections.docs[0] + from, docOffsets[docNo + 1]! - from);
        return JSON.parse(bytes.toString('utf8')) as SearchDoc;
      },
      titles() {
        return n === 0 ? [] : section('titles').toString('utf16le').split('\n');
      },
      text(docNo) {
        const from = textOffsets[docNo]!;
        return readAt(fd, header.sections.texts[0] + from, textOffsets[docNo + 1]! - from).toString('utf16le');
      },
      signatures() {
        return (signatures ??= u32(section('signatures')));
      },
      close() {
        if (!closed) closeSync(fd);
        closed = true;
      },
    };
  } catch (error) {
    closeSync(fd);
    if (error instanceof DamagedSegmentError) throw error;
    if (error instanceof SyntaxError || error instanceof RangeError)
      throw new DamagedSegmentError('检索索引内容已损坏');
    throw error;
  }
}
