// Positioned reads of segment files: resident sections, posting lists and
// snippet texts, each read the way its use asks.
import { read, readSync } from 'node:fs';

/** A segment file that cannot be read as one (cut off, damaged, another version). */
export class DamagedSegmentError extends Error {}

/** Reads `length` bytes at `start` into `buffer` from its start. */
function readInto(fd: number, buffer: Buffer, start: number, length: number): void {
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, start + done);
    if (n === 0) throw new DamagedSegmentError('检索索引文件不完整');
    done += n;
  }
}

/**
 * Reads `length` bytes at `start` into a fresh buffer: 8-byte aligned (for
 * typed views of resident sections), or, for postings, taken without
 * zero-filling.
 */
export function readAt(fd: number, start: number, length: number, aligned = true): Buffer {
  const buffer = aligned ? Buffer.from(new ArrayBuffer(length)) : Buffer.allocUnsafe(length);
  readInto(fd, buffer, start, length);
  return buffer;
}

/**
 * Where a posting list's bytes are read before they are indexed: one buffer
 * grown as needed, since the list is indexed at once and its bytes are not
 * kept. A fresh buffer per list (up to half a megabyte for a frequent pair)
 * added to the memory outside the heap that sets off full garbage collections.
 */
let listBytes = Buffer.alloc(0);

/** Reads `length` bytes at `start` into the shared list buffer; the view is good until the next call. */
export function readList(fd: number, start: number, length: number): Buffer {
  if (listBytes.length < length) listBytes = Buffer.allocUnsafe(Math.max(length, listBytes.length * 2, 1 << 16));
  readInto(fd, listBytes, start, length);
  return listBytes.subarray(0, length);
}

/** The same as readAt without blocking: the read runs in the thread pool (several at once run in parallel). */
export function readAtAsync(fd: number, start: number, length: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(length);
  return new Promise((resolve, reject) => {
    const step = (done: number) => {
      if (done === length) return resolve(buffer);
      read(fd, buffer, done, length - done, start + done, (error, n) => {
        if (error) reject(error);
        else if (n === 0) reject(new DamagedSegmentError('检索索引文件不完整'));
        else step(done + n);
      });
    };
    step(0);
  });
}

/**
 * How a page's snippet texts are read. From the page cache a read done at
 * once takes microseconds, while one in the thread pool costs two thread
 * wake-ups, which a busy two-core machine (a garbage collection under way,
 * another program) delays by milliseconds. From the disk, though, each read
 * done at once waits for it, while reads in the pool overlap. So texts are
 * read at once until one takes longer than `slowMs`; then, for `spellMs`,
 * they are read in the pool, in parallel.
 */
export class TextReads {
  private poolUntil = 0;

  constructor(
    private readonly slowMs: number,
    private readonly spellMs: number,
  ) {}

  /** True while reads go to the pool (a read was slow lately). */
  get pooled(): boolean {
    return performance.now() < this.poolUntil;
  }

  /** Runs `read` at once; if it was slow, the reads of the next spell go to the pool. */
  atOnce<T>(read: () => T): T {
    const started = performance.now();
    const value = read();
    if (performance.now() - started > this.slowMs) this.poolFor(this.spellMs);
    return value;
  }

  /** Sends reads to the pool for `ms` (as a slow read does; 0 ends a spell). */
  poolFor(ms: number): void {
    this.poolUntil = performance.now() + ms;
  }
}

/** The policy every segment's snippet texts follow (the disk is the same for all). */
export const textReads = new TextReads(1, 2000);
