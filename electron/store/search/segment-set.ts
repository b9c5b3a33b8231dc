import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Segment } from '../../../shared/search/engine';
import { memorySegment, type SegmentData } from '../../../shared/search/segment';
import { isMissing } from '../durable-file';
import type { DataPaths } from '../data-paths';
import { readManifest, removeFile, writeManifest, type Manifest } from './index-files';
import { DamagedSegmentError, openSegment, writeSegment, type OpenedSegment } from './segment-file';
import { writeMergedSegment } from './segment-merge';

/** What loading the segments found. */
export interface LoadedSegments {
  segments: Segment[];
  /** Articles deleted for good that a segment may still hold. */
  removed: string[];
  /** True when something was missing or damaged: the index must be checked against the archive. */
  incomplete: boolean;
}

/**
 * The index's segment files and the manifest that lists them. A segment is
 * written whole (atomically) before the manifest names it; a segment
 * dropped by a merge is deleted only after the manifest stops naming it.
 * A read-only set keeps new segments in memory and writes nothing.
 */
export class SegmentSet {
  private manifest: Manifest = { version: 1, segments: [], removed: [], next: 1 };
  private readonly opened = new Map<Segment, OpenedSegment>();

  constructor(
    private readonly paths: DataPaths,
    private readonly readOnly: boolean,
    /** Moves a damaged file aside with a notice. */
    private readonly setAside: (file: string) => Promise<void>,
  ) {}

  /** Reads the manifest and opens its segments (a damaged one is set aside). */
  async load(): Promise<LoadedSegments> {
    const manifest = await readManifest(this.paths);
    let incomplete = manifest === null;
    if (manifest === 'damaged') {
      await this.setAside(this.paths.searchManifest);
      incomplete = true;
    } else if (manifest) this.manifest = manifest;
    const segments: Segment[] = [];
    for (const name of this.manifest.segments) {
      try {
        segments.push(this.open(name));
      } catch (error) {
        if (error instanceof DamagedSegmentError) await this.setAside(this.paths.searchSegment(name));
        else if (!isMissing(error)) throw error;
        incomplete = true;
      }
    }
    this.manifest.segments = segments.map((s) => s.name);
    if (!this.readOnly) {
      if (incomplete) await writeManifest(this.paths, this.manifest);
      await this.removeStray();
    }
    return { segments, removed: this.manifest.removed, incomplete };
  }

  /**
   * Segment files no manifest names (a crash between writing one and the
   * manifest), and temp files a crash left mid-write (a segment or merge,
   * the log, the manifest): only the one writer writes here, and it has
   * just opened.
   */
  private async removeStray(): Promise<void> {
    const names = await readdir(this.paths.searchDir).catch(() => [] as string[]);
    const listed = new Set(this.manifest.segments.map((s) => `${s}.cdsx`));
    for (const name of names)
      if ((/^seg-\d+\.cdsx$/.test(name) && !listed.has(name)) || /^\..*\.tmp$/.test(name))
        await removeFile(join(this.paths.searchDir, name));
  }

  /** Writes `data` as a new segment file (kept in memory when read-only); the manifest names it at the next save. */
  async write(data: SegmentData): Promise<Segment> {
    const name = `seg-${this.manifest.next++}`;
    if (this.readOnly) return memorySegment(name, data);
    await writeSegment(this.paths.searchSegment(name), data);
    return this.adopt(name);
  }

  /**
   * Writes the kept documents of `inputs` (segments on file) as one new
   * segment file, joining their postings (see writeMergedSegment); the
   * manifest names it at the next save. `breathe` runs between steps and
   * may throw to stop the merge (its file is then removed).
   */
  async merge(
    inputs: ReadonlyArray<{ segment: Segment; keep: readonly number[] }>,
    breathe: () => Promise<void>,
  ): Promise<Segment> {
    const opened = inputs.map(({ segment, keep }) => {
      const file = this.opened.get(segment);
      if (!file || this.readOnly) throw new Error('only segment files are merged');
      return { segment: file, keep };
    });
    const name = `seg-${this.manifest.next++}`;
    await writeMergedSegment(this.paths.searchSegment(name), opened, breathe);
    return this.adopt(name);
  }

  /** Opens a segment file and keeps it open until the set closes or drops it. */
  private open(name: string): OpenedSegment {
    const segment = openSegment(this.paths.searchSegment(name), name);
    this.opened.set(segment, segment);
    return segment;
  }

  /** Opens a segment file just written; the manifest names it at the next save. */
  private adopt(name: string): OpenedSegment {
    const segment = this.open(name);
    this.manifest.segments.push(name);
    return segment;
  }

  /**
   * Saves the manifest: the segments written and not dropped, and the
   * removed articles; then deletes the files of `dropped` segments.
   */
  async save(removed: string[], dropped: readonly Segment[] = []): Promise<void> {
    if (this.readOnly) return;
    const gone = new Set(dropped.map((s) => s.name));
    this.manifest.segments = this.manifest.segments.filter((n) => !gone.has(n));
    this.manifest.removed = removed;
    await writeManifest(this.paths, this.manifest);
    for (const segment of dropped) {
      this.opened.get(segment)?.close();
      this.opened.delete(segment);
      await removeFile(this.paths.searchSegment(segment.name));
    }
  }

  /** Closes every open segment file. */
  close(): void {
    for (const segment of this.opened.values()) segment.close();
    this.opened.clear();
  }
}
