import { Low } from 'lowdb';
import { dirname } from 'node:path';
import { ensureDir } from './durable-file';
import { DurableJsonFile } from './durable-json-file';
import { DamagedFileError } from './errors';

/**
 * One small lowdb file of the data folder holding one value under a key
 * (`{schemaVersion: 1, [key]: value}`), written atomically with a backup. A
 * damaged file reads as missing, with a notice, and stays for repair.
 */
export class SmallJsonFile {
  private readonly db: Low<Record<string, unknown> | null>;
  readonly notices: string[] = [];

  constructor(
    private readonly file: string,
    private readonly key: string,
    private readonly damagedNotice: string,
  ) {
    this.db = new Low<Record<string, unknown> | null>(new DurableJsonFile(file, { backup: true }), null);
  }

  /** Whether the file exists (and is whole), and the value under the key. */
  async read(): Promise<{ exists: boolean; value: unknown }> {
    try {
      await this.db.read();
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      this.notices.push(this.damagedNotice);
      return { exists: false, value: undefined };
    }
    return { exists: this.db.data !== null, value: this.db.data?.[this.key] };
  }

  /** Writes the value under the key. */
  async write(value: unknown): Promise<void> {
    await ensureDir(dirname(this.file));
    this.db.data = { schemaVersion: 1, [this.key]: value };
    await this.db.write();
  }
}
