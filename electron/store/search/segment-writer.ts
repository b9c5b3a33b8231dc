import { createHash } from 'node:crypto';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fsyncDir } from '../durable-file';
import { HEADER_AREA, MAGIC, RESIDENT, SEGMENT_VERSION, type Header, type SectionName } from './segment-format';

const pad8 = (n: number) => Math.ceil(n / 8) * 8;

/** The name of a segment's file while it is being written (removed as stray when a crash leaves it). */
export function segmentTempName(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
}

/**
 * Writes a segment file section by section, so that a merge of 100,000
 * articles never holds the whole file in memory: a section is written whole
 * (`section`), streamed (`begin` … `write` … `end`), or given a region of a
 * known most size to fill at the same time as another (`region`). Sections
 * start on 8-byte boundaries (typed views of resident ones). `finish`
 * writes the header (each section's place, the file's length and the
 * checksum of the resident sections), fsyncs the file and renames it into
 * place, then fsyncs the folder: a crash leaves the old state and a temp
 * file, never a part-written segment under its name.
 */
export class SegmentFileWriter {
  private size = HEADER_AREA;
  private streaming: { name: SectionName; start: number; at: number } | null = null;
  private readonly sections: Partial<Record<SectionName, [number, number]>> = {};
  private readonly resident = new Map<SectionName, Uint8Array>();

  private constructor(
    private readonly file: string,
    private readonly tmp: string,
    private readonly handle: FileHandle,
  ) {}

  /** Starts writing `file` (under a temp name until `finish`). */
  static async create(file: string): Promise<SegmentFileWriter> {
    const tmp = segmentTempName(file);
    return new SegmentFileWriter(file, tmp, await open(tmp, 'w'));
  }

  private async writeAt(bytes: Uint8Array, position: number): Promise<void> {
    let done = 0;
    while (done < bytes.length) {
      const { bytesWritten } = await this.handle.write(bytes, done, bytes.length - done, position + done);
      done += bytesWritten;
    }
  }

  /** Writes a whole section. */
  async section(name: SectionName, bytes: Uint8Array): Promise<void> {
    if (this.streaming) throw new Error(`section ${name} written while ${this.streaming.name} streams`);
    this.sections[name] = [this.size, bytes.length];
    if ((RESIDENT as readonly string[]).includes(name)) this.resident.set(name, bytes);
    await this.writeAt(bytes, this.size);
    this.size += pad8(bytes.length);
  }

  /** Starts streaming a section at the end of the file. */
  begin(name: SectionName): void {
    this.streaming = { name, start: this.size, at: this.size };
  }

  /** Appends to the section being streamed (its place is taken at once, so writes may overlap). */
  async write(bytes: Uint8Array): Promise<void> {
    const s = this.streaming!;
    const at = s.at;
    s.at += bytes.length;
    await this.writeAt(bytes, at);
  }

  /** Ends the section being streamed. */
  end(): void {
    const s = this.streaming!;
    this.sections[s.name] = [s.start, s.at - s.start];
    this.size = pad8(s.at);
    this.streaming = null;
  }

  /**
   * Reserves `capacity` bytes for a section written alongside others;
   * `write` appends to it (never beyond the capacity), `close` records how
   * much was written (the rest stays a hole in the file).
   */
  region(name: SectionName, capacity: number): { write(bytes: Uint8Array): Promise<void>; close(): void } {
    const start = this.size;
    this.size += pad8(capacity);
    let at = start;
    return {
      write: async (bytes) => {
        if (at + bytes.length > start + capacity) throw new Error(`section ${name} over its reserved size`);
        const from = at;
        at += bytes.length;
        await this.writeAt(bytes, from);
      },
      close: () => {
        this.sections[name] = [start, at - start];
      },
    };
  }

  /** Writes the header, makes the file durable and puts it in place. */
  async finish(docCount: number, gramCount: number): Promise<void> {
    const hash = createHash('sha256');
    for (const name of RESIDENT) {
      const bytes = this.resident.get(name);
      if (!bytes) throw new Error(`segment section ${name} missing`);
      hash.update(bytes);
    }
    const header: Header = {
      version: SEGMENT_VERSION,
      docCount,
      gramCount,
      sections: this.sections as Header['sections'],
      checksum: hash.digest('hex'),
      length: this.size,
    };
    const headerBytes = new TextEncoder().encode(MAGIC + JSON.stringify(header));
    if (headerBytes.length > HEADER_AREA) throw new Error('segment header too long');
    await this.writeAt(headerBytes, 0);
    await this.handle.truncate(this.size);
    await this.handle.sync();
    await this.handle.close();
    await rename(this.tmp, this.file);
    await fsyncDir(dirname(this.file));
  }

  /** Drops the file being written (after a failure). */
  async abandon(): Promise<void> {
    await this.handle.close().catch(() => {});
    await unlink(this.tmp).catch(() => {});
  }
}
