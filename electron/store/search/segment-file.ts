import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { SearchDoc } from '../../../shared/search/doc';
import type { Segment } from '../../../shared/search/engine';
import type { SegmentData } from '../../../shared/search/segment';
import { SIGNATURE_SIZE } from '../../../shared/search/similar';
import { writeFileAtomic } from '../durable-file';

/** The first bytes of a segment file. */
const MAGIC = 'CDSX';
/** The segment file format; a file of another version is rebuilt. */
export const SEGMENT_VERSION = 2;

/** The sections of a segment file, in file order. */
const SECTIONS = [
  'docs',
  'textOffsets',
  'signatures',
  'gramKeys',
  'gramOffsets',
  'uniKeys',
  'uniOffsets',
  'texts',
  'postings',
] as const;
type SectionName = (typeof SECTIONS)[number];

/** Sections read into memory when a segment opens (and covered by the checksum); the rest are read on demand. */
const RESIDENT: readonly SectionName[] = [
  'docs',
  'textOffsets',
  'signatures',
  'gramKeys',
  'gramOffsets',
  'uniKeys',
  'uniOffsets',
];

interface Header {
  version: number;
  docCount: number;
  sections: Record<SectionName, [number, number]>;
  /** SHA-256 of the resident sections. */
  checksum: string;
  /** The file's whole length (a shorter file was cut off). */
  length: number;
}

/** A segment file that cannot be read as one (cut off, damaged, another version). */
export class DamagedSegmentError extends Error {}

function bytesOf(array: Uint32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

/**
 * Writes a segment atomically: a small header (JSON, with each section's
 * place, the file's length and a checksum of the sections kept in memory),
 * then the sections, each starting on a 4-byte boundary.
 */
export async function writeSegment(file: string, data: SegmentData): Promise<void> {
  const encoder = new TextEncoder();
  const textBytes: Uint8Array[] = [];
  const textOffsets = new Uint32Array(data.texts.length + 1);
  let textLength = 0;
  for (const [i, text] of data.texts.entries()) {
    // UTF-16: Chinese takes two bytes instead of three, and reading it back is a copy, not a decode.
    const bytes = Buffer.from(text, 'utf16le');
    textBytes.push(bytes);
    textOffsets[i] = textLength;
    textLength += bytes.length;
  }
  textOffsets[data.texts.length] = textLength;
  const texts = new Uint8Array(textLength);
  let at = 0;
  for (const bytes of textBytes) {
    texts.set(bytes, at);
    at += bytes.length;
  }
  const parts: Record<SectionName, Uint8Array> = {
    docs: encoder.encode(JSON.stringify(data.docs)),
    textOffsets: bytesOf(textOffsets),
    signatures: bytesOf(data.signatures),
    gramKeys: bytesOf(data.postings.gramKeys),
    gramOffsets: bytesOf(data.postings.gramOffsets),
    uniKeys: bytesOf(data.postings.uniKeys),
    uniOffsets: bytesOf(data.postings.uniOffsets),
    texts,
    postings: data.postings.bytes,
  };
  const hash = createHash('sha256');
  for (const name of RESIDENT) hash.update(parts[name]);
  // The header's own length depends on the offsets it holds: lay out with a fixed 4 KB header area.
  const headerArea = 4096;
  const sections = {} as Record<SectionName, [number, number]>;
  let offset = headerArea;
  for (const name of SECTIONS) {
    sections[name] = [offset, parts[name].length];
    offset += Math.ceil(parts[name].length / 4) * 4;
  }
  const header: Header = {
    version: SEGMENT_VERSION,
    docCount: data.docs.length,
    sections,
    checksum: hash.digest('hex'),
    length: offset,
  };
  const file4 = new Uint8Array(offset);
  const headerBytes = encoder.encode(MAGIC + JSON.stringify(header));
  if (headerBytes.length > headerArea) throw new Error('segment header too long');
  file4.set(headerBytes, 0);
  for (const name of SECTIONS) file4.set(parts[name], sections[name][0]);
  await writeFileAtomic(file, file4);
}

function readAt(fd: number, start: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, start + done);
    if (n === 0) throw new DamagedSegmentError('检索索引文件不完整');
    done += n;
  }
  return buffer;
}

function uint32s(bytes: Uint8Array): Uint32Array {
  return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

/** A segment opened from its file: its dictionaries in memory, postings and texts read when needed. */
export interface OpenedSegment extends Segment {
  close(): void;
}

/**
 * Opens a segment file: checks its header, length and checksum, reads the
 * records, signatures and dictionaries; postings and texts stay on disk and
 * are read with positioned reads (served from the page cache after first
 * use). The file stays open, so a segment a merge deletes meanwhile can
 * still be read by a process that has it open.
 */
export function openSegment(file: string, name: string): OpenedSegment {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size < 4096) throw new DamagedSegmentError('检索索引文件太短');
    const head = Buffer.from(readAt(fd, 0, 4096));
    if (head.subarray(0, 4).toString('latin1') !== MAGIC) throw new DamagedSegmentError('不是检索索引文件');
    const end = head.indexOf(0, 4);
    let header: Header;
    try {
      header = JSON.parse(head.subarray(4, end < 0 ? 4096 : end).toString('utf8')) as Header;
    } catch {
      throw new DamagedSegmentError('检索索引文件头已损坏');
    }
    if (header.version !== SEGMENT_VERSION) throw new DamagedSegmentError('检索索引格式已更新');
    if (header.length !== size) throw new DamagedSegmentError('检索索引文件长度不对');
    const resident = {} as Record<SectionName, Uint8Array>;
    const hash = createHash('sha256');
    for (const section of RESIDENT) {
      const [start, length] = header.sections[section];
      resident[section] = readAt(fd, start, length);
      hash.update(resident[section]);
    }
    if (hash.digest('hex') !== header.checksum) throw new DamagedSegmentError('检索索引校验不符');
    // The checksum vouches for the records (checking 100,000 of them with zod would cost the open its time budget).
    const docs = JSON.parse(new TextDecoder().decode(resident.docs)) as SearchDoc[];
    const textOffsets = uint32s(resident.textOffsets);
    const signatures = uint32s(resident.signatures);
    if (docs.length !== header.docCount || signatures.length !== docs.length * SIGNATURE_SIZE)
      throw new DamagedSegmentError('检索索引内容不一致');
    const [textsStart] = header.sections.texts;
    const [postingsStart, postingsLength] = header.sections.postings;
    let closed = false;
    return {
      name,
      docs,
      keys: {
        gramKeys: uint32s(resident.gramKeys),
        gramOffsets: uint32s(resident.gramOffsets),
        uniKeys: uint32s(resident.uniKeys),
        uniOffsets: uint32s(resident.uniOffsets),
      },
      signatures,
      read(start, stop) {
        if (stop > postingsLength) throw new DamagedSegmentError('检索索引内容不一致');
        return readAt(fd, postingsStart + start, stop - start);
      },
      text(docNo) {
        const from = textOffsets[docNo]!;
        return readAt(fd, textsStart + from, textOffsets[docNo + 1]! - from).toString('utf16le');
      },
      close() {
        if (!closed) closeSync(fd);
        closed = true;
      },
    };
  } catch (error) {
    closeSync(fd);
    if (error instanceof DamagedSegmentError) throw error;
    if (error instanceof SyntaxError) throw new DamagedSegmentError('检索索引内容已损坏');
    throw error;
  }
}
