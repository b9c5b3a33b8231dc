import type { z } from 'zod';
import { SmallJsonFile } from './small-json-file';

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
  private readonly file: SmallJsonFile;
  private own: T[] | null = null;
  private loaded = false;

  constructor(private readonly options: OwnListOptions<T>) {
    this.file = new SmallJsonFile(options.file, options.key, options.damagedNotice);
  }

  /** Notices from a damaged file. */
  get notices(): string[] {
    return this.file.notices;
  }

  private async load(): Promise<void> {
    if (this.loaded) return;
    const { exists, value } = await this.file.read();
    const items = (Array.isArray(value) ? value : []).filter(
      (item) => this.options.schema.safeParse(item).success,
    ) as T[];
    this.own = exists && !(this.options.emptyMeansBuiltIn && items.length === 0) ? items : null;
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
    await this.file.write([...items]);
    this.own = [...items];
  }
}
