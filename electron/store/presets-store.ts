import { Low } from 'lowdb';
import { join } from 'node:path';
import { BUILT_IN_PRESETS, PagePresetSchema, type PagePreset } from '../../shared/layout/presets';
import { ensureDir } from './durable-file';
import { DurableJsonFile } from './durable-json-file';
import { DamagedFileError } from './errors';

interface PresetsFile {
  schemaVersion: 1;
  presets: PagePreset[];
}

/**
 * The paper's page presets (版式): sizes, margins, column grid, body size and
 * line spacing, one small lowdb file (`presets.json`). Until the paper saves
 * its own, the built-in presets are used; a damaged file leaves them in use,
 * with a notice.
 */
export class PresetsStore {
  private readonly db: Low<PresetsFile | null>;
  private readonly dir: string;
  private loaded = false;
  readonly notices: string[] = [];

  constructor(dataDir: string) {
    this.dir = dataDir;
    this.db = new Low<PresetsFile | null>(new DurableJsonFile(join(dataDir, 'presets.json'), { backup: true }), null);
  }

  private async load(): Promise<void> {
    if (this.loaded) return;
    try {
      await this.db.read();
      const presets = (Array.isArray(this.db.data?.presets) ? this.db.data.presets : []).filter(
        (p) => PagePresetSchema.safeParse(p).success,
      );
      this.db.data = this.db.data && presets.length > 0 ? { schemaVersion: 1, presets } : null;
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      this.db.data = null;
      this.notices.push('版式设置文件已损坏，暂用内置版式；原文件保留在数据文件夹中（presets.json）。');
    }
    this.loaded = true;
  }

  /** The presets in use, and whether they are the built-in ones. */
  async list(): Promise<{ presets: PagePreset[]; builtIn: boolean }> {
    await this.load();
    return this.db.data
      ? { presets: this.db.data.presets, builtIn: false }
      : { presets: [...BUILT_IN_PRESETS], builtIn: true };
  }

  /** Saves the paper's presets (the whole list). */
  async replace(presets: readonly PagePreset[]): Promise<void> {
    await this.load();
    await ensureDir(this.dir);
    this.db.data = { schemaVersion: 1, presets: [...presets] };
    await this.db.write();
  }
}
