import type { z } from 'zod';
import { SmallJsonFile } from './small-json-file';

/**
 * One small settings object in its own lowdb file (the profile, the 收稿箱
 * settings), written atomically with a backup. Until saved, or when the file
 * is damaged or invalid (a notice then says so, and the file stays for
 * repair), the defaults are in use.
 */
export class ObjectStore<T> {
  private readonly file: SmallJsonFile;
  private value: T | null = null;
  private loaded = false;

  constructor(
    private readonly options: {
      file: string;
      key: string;
      schema: z.ZodType<T>;
      defaults: T;
      damagedNotice: string;
    },
  ) {
    this.file = new SmallJsonFile(options.file, options.key, options.damagedNotice);
  }

  /** Notices from a damaged or invalid file. */
  get notices(): string[] {
    return this.file.notices;
  }

  private async load(): Promise<void> {
    if (this.loaded) return;
    const { value } = await this.file.read();
    if (value !== undefined) {
      const parsed = this.options.schema.safeParse(value);
      if (parsed.success) this.value = parsed.data;
      else this.file.notices.push(this.options.damagedNotice);
    }
    this.loaded = true;
  }

  /** The saved value, or the defaults. */
  async get(): Promise<T> {
    await this.load();
    return this.value ?? this.options.defaults;
  }

  /** Saves the value whole. */
  async set(value: T): Promise<void> {
    await this.load();
    await this.file.write(value);
    this.value = value;
  }
}
