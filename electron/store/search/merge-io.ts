// Reading segment files in order and writing merged sections, for merges (segment-merge.ts).
import { ByteWriter } from '../../../shared/search/varint';
import { DICT_WIDTH, END_KEY, type SectionName } from './segment-format';
import type { SegmentFileParts } from './segment-file';

/** Bytes read from a source's section at a time. */
const CHUNK = 4 << 20;
/** Bytes gathered before they are written out. */
export const FLUSH = 4 << 20;
/** The largest offset a section's 32-bit offsets can hold. */
const MAX_OFFSET = 0xffffffff;

/** Reads a section of a segment file in increasing ranges, a few megabytes at a time. */
export class SectionReader {
  /** The bytes read last: section bytes from `from` on. */
  bytes: Uint8Array = new Uint8Array(0);
  from = 0;
  private readonly length: number;

  constructor(
    private readonly parts: SegmentFileParts,
    private readonly section: SectionName,
  ) {
    this.length = parts.header.sections[section][1];
  }

  /** Makes bytes `start` .. `end` of the section available in `bytes`; returns where `start` is in it. */
  load(start: number, end: number): number {
    if (start < this.from || end > this.from + this.bytes.length) {
      const length = Math.min(Math.max(CHUNK, end - start), this.length - start);
      const read = this.parts.read(this.section, start, length);
      this.bytes = new Uint8Array(read.buffer, read.byteOffset, read.length);
      this.from = start;
    }
    return start - this.from;
  }
}

/** Dictionary entries read at a time. */
const DICT_CHUNK = 1 << 16;

/** Walks a segment's bigram dictionary in key order (entry i is key, list offset, positions offset). */
export class DictCursor {
  private entries = new Uint32Array(0);
  private first = 0;
  private index = -1;
  key = END_KEY;
  start = 0;
  end = 0;
  proxStart = 0;
  proxEnd = 0;

  constructor(private readonly parts: SegmentFileParts) {
    this.next();
  }

  next(): void {
    const i = ++this.index;
    const count = this.parts.header.gramCount;
    if (i >= count) {
      this.key = END_KEY;
      return;
    }
    const w = DICT_WIDTH;
    if (i + 1 >= this.first + this.entries.length / w) {
      // Entries i .. i + DICT_CHUNK, and the one after the last (its offsets end the last list).
      const n = Math.min(DICT_CHUNK, count - i) + 1;
      const read = this.parts.read('dict', i * w * 4, n * w * 4);
      this.entries = new Uint32Array(n * w);
      this.entries.set(new Uint32Array(read.buffer.slice(read.byteOffset, read.byteOffset + read.length)));
      this.first = i;
    }
    const at = (i - this.first) * w;
    const e = this.entries;
    this.key = e[at]!;
    this.start = e[at + 1]!;
    this.proxStart = e[at + 2]!;
    this.end = e[at + w + 1]!;
    this.proxEnd = e[at + w + 2]!;
  }
}

/** A growable list of 32-bit numbers. */
export class Uint32List {
  private array = new Uint32Array(1 << 16);
  length = 0;

  push(value: number): void {
    if (this.length === this.array.length) {
      const next = new Uint32Array(this.array.length * 2);
      next.set(this.array);
      this.array = next;
    }
    this.array[this.length++] = value;
  }

  pop(): void {
    this.length--;
  }

  view(): Uint32Array {
    return this.array.subarray(0, this.length);
  }
}

/**
 * A stream into one of the writer's sections, written out every few
 * megabytes: one write is under way while the next buffer fills (double
 * buffering), so the disk works while the merge goes on.
 */
export class Output {
  readonly bytes = new ByteWriter(FLUSH + (FLUSH >> 2));
  written = 0;
  private pending: Promise<void> = Promise.resolve();

  constructor(private readonly sink: (bytes: Uint8Array) => Promise<void>) {}

  /** Where the next byte goes, counted from the section's start. */
  get position(): number {
    return this.written + this.bytes.length;
  }

  /** True when enough is gathered to be written. */
  get full(): boolean {
    return this.bytes.length >= FLUSH;
  }

  /** Starts writing what is gathered, once the write before it is done. */
  async flush(): Promise<void> {
    const previous = this.pending;
    const bytes = this.bytes.take();
    this.written += bytes.length;
    if (this.written > MAX_OFFSET) throw new RangeError('检索索引分段过大');
    this.pending = previous.then(() => this.sink(bytes));
    // A failed write is reported by the next flush or by `close`, never left unhandled.
    this.pending.catch(() => {});
    await previous;
  }

  /** Writes the rest and waits for every write. */
  async close(): Promise<void> {
    await this.flush();
    await this.pending;
  }
}
