import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync } from 'node:fs';
import { DamagedSegmentError, readAt, readAtAsync, readList, textReads } from './file-reads';
import type { SearchDoc } from '../../../shared/search/doc';
import type { Segment } from '../../../shared/search/engine';
import type { GramRange } from '../../../shared/search/postings';
import { docColumns, type DocColumns } from '../../../shared/search/columns';
import type { SegmentData } from '../../../shared/search/segment';
import { SizedCache } from '../../../shared/search/byte-cache';
import {
  indexBigramList,
  indexBigramSubset,
  indexUnitList,
  type IndexedList,
} from '../../../shared/search/posting-list';
import {
  BLOCK,
  bytesOf,
  columnSections,
  DICT_WIDTH,
  dictEntries,
  HEADER_AREA,
  MAGIC,
  ON_DEMAND,
  RESIDENT,
  SEGMENT_VERSION,
  sparseKeys,
  utf16,
  utf8,
  type Header,
  type SectionName,
} from './segment-format';
import { SegmentFileWriter } from './segment-writer';

export { DamagedSegmentError } from './file-reads';

/** Records and texts of `data` as the file's sections. */
function sectionsOf(data: SegmentData): Record<SectionName, Uint8Array> {
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
  const texts = joined(data.texts, utf16);
  const { gramKeys, gramOffsets, gramProx, uniKeys, uniOffsets, bytes, prox } = data.postings;
  return {
    ...columnSections(docColumns(data.docs)),
    sparse: bytesOf(sparseKeys(gramKeys)),
    unitDict: bytesOf(dictEntries(uniKeys, uniOffsets)),
    docOffsets: bytesOf(docs.offsets),
    textOffsets: bytesOf(texts.offsets),
    dict: bytesOf(dictEntries(gramKeys, gramOffsets, gramProx)),
    docs: docs.all,
    titles: titleSection(data.docs.map((d) => d.title)),
    signatures: bytesOf(data.signatures),
    texts: texts.all,
    postings: bytes,
    prox,
  };
}

/** The headlines section: one line each. */
export function titleSection(titles: readonly string[]): Uint8Array {
  return utf16(titles.map((t) => t.replace(/\n/g, ' ')).join('\n'));
}

/** Writes a segment built in memory (see SegmentFileWriter), its sections in the format's order. */
export async function writeSegment(file: string, data: SegmentData): Promise<void> {
  const parts = sectionsOf(data);
  const writer = await SegmentFileWriter.create(file);
  try {
    for (const name of [...RESIDENT, ...ON_DEMAND]) await writer.section(name, parts[name]);
    await writer.finish(data.docs.length, data.postings.gramKeys.length);
  } catch (error) {
    await writer.abandon();
    throw error;
  }
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
/** Lists up to this long (about 4,000 entries) are indexed whole and kept even when only some of their entries are asked for. */
const WHOLE_LIST_BYTES = 16 * 1024;
/** Dictionary look-ups a segment remembers before it starts again. */
const LOOKUPS_KEPT = 1 << 16;
/** Numbers each opening of a segment file: its cached lists read through its own descriptor, so are its own. */
let openings = 0;

/** A segment file's parts, as a merge reads them. */
export interface SegmentFileParts {
  header: Header;
  /** Reads `length` bytes of a section from `from` (not zero-filled). */
  read(section: SectionName, from: number, length: number): Buffer;
  /** The unit dictionary: code and offset pairs, with an end entry. */
  unitDict: Uint32Array;
  docOffsets: Uint32Array;
  textOffsets: Uint32Array;
}

/** A segment opened from its file. */
export interface OpenedSegment extends Segment {
  close(): void;
  readonly parts: SegmentFileParts;
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
    const cacheKey = `${++openings}\u0000`;
    // Dictionary look-ups of this file, remembered (frequent pairs are looked up by most queries).
    const looked = new Map<number, GramRange | null>();
    // The records, read whole when first needed: a page of results then reads none from disk.
    let records: Buffer | null = null;
    // Reads under way without blocking; the descriptor is closed only after them (its number could be reused).
    let reading = 0;
    const check = (ok: boolean) => {
      if (!ok) throw new DamagedSegmentError('检索索引内容不一致');
    };
    // A bigram's document list, read into the shared list buffer, and the reader of its positions.
    const listBytes = ([start, stop, pStart, pStop]: GramRange) => {
      check(stop <= postingsLength && start <= stop && pStop <= proxLength && pStart <= pStop);
      return readList(fd, postingsStart + start, stop - start);
    };
    const proxReader =
      ([, , pStart, pStop]: GramRange) =>
      (from: number, to: number) => {
        check(pStart + to <= pStop && from <= to);
        return readAt(fd, proxStart + pStart + from, to - from, false);
      };
    const bigramList = (range: GramRange) =>
      LISTS.get(cacheKey + range[0], () => indexBigramList(listBytes(range), proxReader(range)));
    return {
      name,
      columns,
      parts: {
        header,
        read: (s, from, length) => {
          check(from >= 0 && from + length <= header.sections[s][1]);
          return readAt(fd, header.sections[s][0] + from, length, false);
        },
        unitDict,
        docOffsets,
        textOffsets,
      },
      gram(key) {
        const known = looked.get(key);
        if (known !== undefined) return known;
        if (looked.size >= LOOKUPS_KEPT) looked.clear();
        const block = floorIndex(sparse, key);
        let range: GramRange | null = null;
        if (block >= 0) {
          const first = block * BLOCK;
          const count = Math.min(BLOCK + 1, header.gramCount + 1 - first);
          const w = DICT_WIDTH;
          const found = u32(readAt(fd, dictStart + first * w * 4, count * w * 4));
          const k = floorIndex(found, key, w, count - 1);
          if (k >= 0 && found[k * w] === key)
            range = [found[k * w + 1]!, found[(k + 1) * w + 1]!, found[k * w + 2]!, found[(k + 1) * w + 2]!];
        }
        looked.set(key, range);
        return range;
      },
      unit(code) {
        const k = floorIndex(unitDict, code, 2, unitDict.length / 2 - 1);
        if (k < 0 || unitDict[k * 2] !== code) return null;
        return [unitDict[k * 2 + 1]!, unitDict[k * 2 + 3]!];
      },
      bigramList,
      bigramSubset(range, wanted) {
        // A short list is indexed whole and kept; a long one not at hand is read for the wanted documents only.
        const whole = range[1] - range[0] <= WHOLE_LIST_BYTES ? bigramList(range) : LISTS.peek(cacheKey + range[0]);
        return whole ?? indexBigramSubset(listBytes(range), wanted, proxReader(range));
      },
      unitList(start, stop) {
        check(stop <= postingsLength && start <= stop);
        return LISTS.get(cacheKey + start, () => indexUnitList(readList(fd, postingsStart + start, stop - start)));
      },
      doc(docNo) {
        records ??= section('docs');
        return JSON.parse(records.toString('utf8', docOffsets[docNo]!, docOffsets[docNo + 1]!)) as SearchDoc;
      },
      titles() {
        return n === 0 ? [] : section('titles').toString('utf16le').split('\n');
      },
      text(docNo) {
        const from = textOffsets[docNo]!;
        return readAt(fd, header.sections.texts[0] + from, textOffsets[docNo + 1]! - from).toString('utf16le');
      },
      async readText(docNo) {
        const from = textOffsets[docNo]!;
        if (closed) throw new DamagedSegmentError('检索索引分段已关闭');
        const length = textOffsets[docNo + 1]! - from;
        if (!textReads.pooled)
          return textReads.atOnce(() => readAt(fd, header.sections.texts[0] + from, length, false)).toString('utf16le');
        reading++;
        try {
          const bytes = await readAtAsync(fd, header.sections.texts[0] + from, length);
          return bytes.toString('utf16le');
        } finally {
          // A merge may have closed the file meanwhile: the descriptor is let go after the last read.
          if (--reading === 0 && closed) closeSync(fd);
        }
      },
      signatures() {
        return (signatures ??= u32(section('signatures')));
      },
      close() {
        if (!closed && reading === 0) closeSync(fd);
        closed = true;
        LISTS.forget(cacheKey);
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
