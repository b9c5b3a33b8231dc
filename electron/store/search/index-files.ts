import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir, readFile, rename, unlink } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { SearchDoc } from '../../../shared/search/doc';
import { isMissing, writeFileAtomic } from '../durable-file';
import { DurableJsonFile } from '../durable-json-file';
import { DamagedFileError } from '../errors';
import type { DataPaths } from '../data-paths';

/** The index's list of segments and of articles deleted for good that a segment may still hold. */
export interface Manifest {
  version: 1;
  /** Segment names, oldest first. */
  segments: string[];
  removed: string[];
  /** The next segment number. */
  next: number;
}

/** Whether the index was closed cleanly, and how many articles the archive had then. */
export interface IndexState {
  clean: boolean;
  articles: number;
}

/** One line of the change log: an article's new revision with its text, or a removal. */
export type LogLine = { put: SearchDoc; text: string } | { remove: string };

/** Reads a JSON file: null when missing, 'damaged' when it cannot be parsed. */
async function readJson<T>(file: string): Promise<T | null | 'damaged'> {
  try {
    return await new DurableJsonFile<T>(file).read();
  } catch (error) {
    if (error instanceof DamagedFileError) return 'damaged';
    throw error;
  }
}

/** The manifest: null when there is none yet, 'damaged' when it cannot be read. */
export async function readManifest(paths: DataPaths): Promise<Manifest | null | 'damaged'> {
  const manifest = await readJson<Manifest>(paths.searchManifest);
  if (manifest === null || manifest === 'damaged') return manifest;
  const valid =
    manifest.version === 1 &&
    Array.isArray(manifest.segments) &&
    manifest.segments.every((s) => typeof s === 'string' && /^seg-\d{1,9}$/.test(s)) &&
    Array.isArray(manifest.removed) &&
    Number.isInteger(manifest.next);
  return valid ? manifest : 'damaged';
}

/** Writes the manifest atomically (the moment a new segment or a merge takes effect). */
export function writeManifest(paths: DataPaths, manifest: Manifest): Promise<void> {
  return new DurableJsonFile<Manifest>(paths.searchManifest).write(manifest);
}

/** The state file, or null. */
export async function readState(paths: DataPaths): Promise<IndexState | null> {
  const state = await readJson<IndexState>(paths.searchState);
  return state && state !== 'damaged' && typeof state.clean === 'boolean' ? state : null;
}

/** Writes the state file atomically. */
export function writeState(paths: DataPaths, state: IndexState): Promise<void> {
  return new DurableJsonFile<IndexState>(paths.searchState).write(state);
}

/**
 * Reads the change log. A last line cut off by a crash is dropped; a line
 * that is not a change (damage) makes `damaged` true, and the lines after
 * it are not trusted: the reconcile with the archive then puts right
 * whatever they held.
 */
export async function readLog(paths: DataPaths): Promise<{ lines: LogLine[]; damaged: boolean }> {
  let text: string;
  try {
    text = await readFile(paths.searchLog, 'utf8');
  } catch (error) {
    if (isMissing(error)) return { lines: [], damaged: false };
    throw error;
  }
  const raw = text.split('\n');
  const tornTail = raw.pop() !== '';
  const lines: LogLine[] = [];
  for (const line of raw) {
    if (line.length === 0) continue;
    try {
      const parsed = JSON.parse(line) as LogLine;
      if (
        ('put' in parsed && typeof parsed.text === 'string') ||
        ('remove' in parsed && typeof parsed.remove === 'string')
      )
        lines.push(parsed);
      else return { lines, damaged: true };
    } catch {
      return { lines, damaged: true };
    }
  }
  return { lines, damaged: tornTail };
}

/**
 * The change log being written: one line per change, appended with a plain
 * write (no fsync: the archive's own files are the durable record, and an
 * index that missed a change after a power cut is reconciled with them on
 * the next open). While the log is being replaced, lines wait in memory.
 */
export class LogWriter {
  private fd: number | null = null;
  private waiting: string[] | null = null;

  constructor(private readonly paths: DataPaths) {}

  /** Appends a change. */
  append(line: LogLine): void {
    const text = `${JSON.stringify(line)}\n`;
    if (this.waiting) {
      this.waiting.push(text);
      return;
    }
    this.fd ??= openSync(this.paths.searchLog, 'a');
    writeSync(this.fd, text);
  }

  /**
   * Replaces the log with `lines` (the changes not yet in a segment), plus
   * whatever is appended while the new log is written.
   */
  async replace(lines: readonly LogLine[]): Promise<void> {
    this.waiting = [];
    try {
      await writeFileAtomic(this.paths.searchLog, lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
    } finally {
      const waiting = this.waiting;
      this.waiting = null;
      this.close();
      if (waiting.length > 0) {
        this.fd = openSync(this.paths.searchLog, 'a');
        writeSync(this.fd, waiting.join(''));
      }
    }
  }

  /** Closes the log file. */
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

/** Moves a damaged index file into `damaged/`; returns its new name relative to the data folder. */
export async function setAside(paths: DataPaths, file: string, now: Date): Promise<string> {
  await mkdir(paths.damagedDir, { recursive: true });
  const name = relative(paths.root, file).replaceAll('/', '_').replaceAll('\\', '_');
  const target = join(paths.damagedDir, `${now.toISOString().replace(/[:.]/g, '-')}-${name}`);
  await rename(file, target);
  return relative(paths.root, target);
}

/** Removes a file that may already be gone. */
export async function removeFile(file: string): Promise<void> {
  await unlink(file).catch((error) => (isMissing(error) ? undefined : Promise.reject(error)));
}
