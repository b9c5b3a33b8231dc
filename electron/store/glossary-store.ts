import { Low } from 'lowdb';
import { join } from 'node:path';
import { GlossaryEntrySchema, type GlossaryEntry } from '../../shared/proof/glossary';
import { ensureDir } from './durable-file';
import { DurableJsonFile } from './durable-json-file';
import { DamagedFileError } from './errors';

interface GlossaryFile {
  schemaVersion: 1;
  entries: GlossaryEntry[];
}

/**
 * The newsroom's word list (词表) for the proofreader: one small lowdb file,
 * `glossary.json`, written atomically with a backup. Until the newsroom saves
 * its own, the built-in list is used. A damaged file leaves the built-in list
 * in use, with a notice; the file is kept for repair.
 */
export class GlossaryStore {
  private readonly db: Low<GlossaryFile | null>;
  private readonly dir: string;
  private loaded = false;
  readonly notices: string[] = [];

  constructor(
    dataDir: string,
    private readonly builtIn: readonly GlossaryEntry[],
  ) {
    this.dir = dataDir;
    this.db = new Low<GlossaryFile | null>(new DurableJsonFile(join(dataDir, 'glossary.json'), { backup: true }), null);
  }

  private async load(): Promise<void> {
    if (this.loaded) return;
    try {
      await this.db.read();
      if (this.db.data) {
        const entries = Array.isArray(this.db.data.entries) ? this.db.data.entries : [];
        this.db.data = { schemaVersion: 1, entries: entries.filter((e) => GlossaryEntrySchema.safeParse(e).success) };
      }
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      this.db.data = null;
      this.notices.push(
        '词表文件已损坏，暂用内置词表；原文件保留在数据文件夹中（glossary.json），可从备份或导出的词表恢复。',
      );
    }
    this.loaded = true;
  }

  /** The word list in use, and whether it is the built-in one. */
  async list(): Promise<{ entries: GlossaryEntry[]; builtIn: boolean }> {
    await this.load();
    return this.db.data
      ? { entries: this.db.data.entries, builtIn: false }
      : { entries: [...this.builtIn], builtIn: true };
  }

  /** Replaces the word list (the editor saves the whole table at once). */
  async replace(entries: readonly GlossaryEntry[]): Promise<void> {
    await this.load();
    await ensureDir(this.dir);
    this.db.data = { schemaVersion: 1, entries: [...entries] };
    await this.db.write();
  }
}
