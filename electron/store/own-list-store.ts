import { Low } from 'lowdb';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { ensureDir } from './durable-file';
import { DurableJsonFile } from './durable-json-file';
import { DamagedFileError } from './errors';

/** How an OwnListStore keeps its list. */
export interface OwnListOptions<T> {
  /** The JSON file in the data folder. */
  file: string;
  /** The key the list stands under in the file (`entries`, `presets`). */
  key: string;
  /** What each item must be; invalid ones (a hand-edited file) are left out. */
  schema: z.ZodType<T>;
  /** The list used until the newsroom saves its own. */
  builtIn: readonly T[];
  /** When a saved list turns out empty, use the built-in one instead (a list that must never be empty). */
  emptyMeansBuiltIn: boolean;
  /** The notice when the file is damaged (the built-in list is then in use). */
  damagedNotice: string;
}

/**
 * A list the newsroom may replace with its own (the 词表, the page presets):
 * one small lowdb file, written atomically with a backup. Until the newsroom
 * saves its own, the built-in list is used; a damaged file leaves the
 * built-in list in use, with a notice, and stays for repair.
 */
export class OwnListStore<T> {
  private readonly db: Low<Record<string, unknown> | null>;
  private own: T[] | null = null;
  private loaded = false;
  readonly notices: string[] = [];

  constructor(private readonly options: OwnListOptions<T>) {
    this.db = new Low<Record<string, unknown> | null>(new DurableJsonFile(options.file, { backup: true }), null);
  }

  private async load(): Promise<void> {
    if (this.loaded) return;
    try {
      await this.db.read();
      const raw = this.db.data?.[this.options.key];
      const items = (Array.isArray(raw) ? raw : []).filter(
        (item) => this.options.schema.safeParse(item).success,
      ) as T[];
      this.own = this.db.data && !(this.options.emptyMeansBuiltIn && items.length === 0) ? items : null;
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      this.own = null;
      this.notices.push(this.options.damagedNotice);
    }
    this.loaded = true;
  }

  /** The list in use, and whether it is the built-in one. */
  async list(): Promise<{ items: T[]; builtIn: boolean }> {
    await this.load();
    return this.own ? { items: this.own, builtIn: false } : { items: [...this.options.builtIn], builtIn: true };
  }

  /** Replaces the list with the newsroom's own (saved whole). */
  async replace(items: readonly T[]): Promise<void> {
    await this.load();
    await ensureDir(dirname(this.options.file));
    this.db.data = { schemaVersion: 1, [this.options.key]: [...items] };
    await this.db.write();
    this.own = [...items];
  }
}
