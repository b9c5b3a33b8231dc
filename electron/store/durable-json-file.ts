import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileAtomic, isMissing, stageFile, type AtomicWriteOptions, type StagedFile } from './durable-file';
import { DamagedFileError } from './errors';

/**
 * A lowdb adapter for one JSON file with atomic, durable writes (temp, fsync,
 * rename, fsync folder). lowdb's own JSONFile renames without fsync, and
 * JSONFilePreset silently keeps data in memory under NODE_ENV=test, so the
 * store uses this adapter with `new Low(...)` directly.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly file: string;
  private readonly options: AtomicWriteOptions;

  constructor(file: string, options: AtomicWriteOptions = {}) {
    this.file = file;
    this.options = options;
  }

  /** Reads and parses the file; null when it does not exist; DamagedFileError when it cannot be parsed. */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new DamagedFileError(this.file, text.length === 0 ? '文件为空' : 'JSON 无法解析');
    }
  }

  /** Writes the data atomically and durably. */
  async write(data: T): Promise<void> {
    await writeFileAtomic(this.file, JSON.stringify(data), this.options);
  }

  /**
   * The first half of `write`: the data is written and fsynced beside the file;
   * `commit()` renames it into place. The store stages an article while its
   * journal and revision-log lines are flushed, then commits it after them.
   */
  stage(data: T): Promise<StagedFile> {
    return stageFile(this.file, JSON.stringify(data));
  }
}
