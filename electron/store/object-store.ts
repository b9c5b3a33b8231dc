import { Low } from 'lowdb';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { ensureDir } from './durable-file';
import { DurableJsonFile } from './durable-json-file';
import { DamagedFileError } from './errors';

/**
 * One small settings object in its own lowdb file (the profile, the 收稿箱
 * settings), written atomically with a backup. Until saved, or when the file
 * is damaged or invalid (a notice then says so, and the file stays for
 * repair), the defaults are in use.
 */
export class ObjectStore<T> {
  private readonly db: Low<Record<string, unknown> | null>;
  private value: T | null = null;
  private loaded = false;
  readonly notices: string[] = [];

  constructor(
    private readonly options: {
      file: string;
      key: string;
      schema: z.ZodType<T>;
      defaults: T;
      damagedNotice: string;
    },
  ) {
    this.db = new Low<Record<string, unknown> | null>(new DurableJsonFile(options.file, { backup: true }), null);
  }

  private async load(): Promise<void> {
    if (this.loaded) return;
    try {
      await this.db.read();
      const raw = this.db.data?.[this.options.key];
      if (raw !== undefined) {
        const parsed = this.options.schema.safeParse(raw);
        if (parsed.success) this.value = parsed.data;
        else this.notices.push(this.options.damagedNotice);
      }
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      this.notices.push(this.options.damagedNotice);
    }
    this.loaded = true;
  }

  /** The saved value, or the defaults. */
  async get(): Promise<T> {
    await this.load();
    return this.value ?? this.options.defaults;
  }

  /** True once a value has been saved (e.g. the profile was set on first run). */
  async isSet(): Promise<boolean> {
    await this.load();
    return this.value !== null;
  }

  /** Saves the value whole. */
  async set(value: T): Promise<void> {
    await this.load();
    await ensureDir(dirname(this.options.file));
    this.db.data = { schemaVersion: 1, [this.options.key]: value };
    await this.db.write();
    this.value = value;
  }
}
