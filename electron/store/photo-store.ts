import { readFile, readdir, stat, unlink, utimes } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { CopydeskError } from '../../shared/ipc/result';
import {
  PHOTO_EXTENSIONS,
  PhotoInfoSchema,
  PhotoMetadataSchema,
  type PhotoInfo,
  type PhotoMetadata,
} from '../../shared/model/photo';
import type { DataPaths } from './data-paths';
import { ensureDir, isMissing, writeFileAtomic } from './durable-file';

/** A stored original's record file: what it is, what its metadata said, and when it was first added. */
const PhotoRecordSchema = z.object({ info: PhotoInfoSchema, metadata: PhotoMetadataSchema, addedAt: z.string() });

/** A stored original's record. */
export type PhotoRecord = z.infer<typeof PhotoRecordSchema>;

const NOT_FOUND = '找不到这张图片的原图，它可能已被清理。请重新插入图片。';

/**
 * The photo originals of a data folder, content-addressed: each original is
 * kept byte for byte as it arrived under the SHA-256 of its bytes
 * (`photos/<ab>/<hash>.jpg`), with a record beside it (`<hash>.json`). The
 * same picture added twice is stored once; a report refers to it by hash, so
 * revisions, restores and the 回收站 keep working without copies.
 *
 * Crash safety: the original is written atomically (staged, fsynced, renamed)
 * before its record, and the record is what makes a photo exist. A crash
 * between the two leaves an original without a record, which the next add
 * of that picture completes and `collect` removes otherwise; a reader never
 * sees a record whose original is partial. Renditions live apart in
 * `photo-cache/`, made again whenever missing or unreadable.
 */
export class PhotoStore {
  constructor(
    private readonly paths: DataPaths,
    private readonly options: { readOnly: boolean },
  ) {}

  private refuseReadOnly(): void {
    if (this.options.readOnly) throw new CopydeskError('FORBIDDEN', '数据文件夹以只读方式打开，不能保存图片。');
  }

  /** The record of a stored original, or null when there is none (or it is unreadable). */
  async record(hash: string): Promise<PhotoRecord | null> {
    const file = this.paths.photoFile(hash, 'json');
    const text = await readFile(file, 'utf8').catch((error: unknown) => {
      if (isMissing(error)) return null;
      throw error;
    });
    if (text === null) return null;
    try {
      const parsed = PhotoRecordSchema.safeParse(JSON.parse(text));
      return parsed.success && parsed.data.info.hash === hash ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** The record of a stored original; NOT_FOUND when there is none. */
  async info(hash: string): Promise<PhotoInfo> {
    const record = await this.record(hash);
    if (!record) throw new CopydeskError('NOT_FOUND', NOT_FOUND);
    return record.info;
  }

  /** The bytes of a stored original, as they arrived. */
  async original(hash: string): Promise<{ info: PhotoInfo; bytes: Buffer }> {
    const info = await this.info(hash);
    const bytes = await readFile(this.paths.photoFile(hash, PHOTO_EXTENSIONS[info.format])).catch((error: unknown) => {
      if (isMissing(error)) throw new CopydeskError('NOT_FOUND', NOT_FOUND);
      throw error;
    });
    return { info, bytes };
  }

  /**
   * Stores an original (already checked and hashed by the caller) and its
   * record; a picture already stored is left as it is, and its first record
   * (with the metadata read then) kept.
   */
  async put(info: PhotoInfo, metadata: PhotoMetadata, bytes: Uint8Array, now: Date): Promise<PhotoRecord> {
    this.refuseReadOnly();
    const existing = await this.record(info.hash);
    if (existing) {
      // Added again: the record's time restarts the grace `collect` gives a
      // picture not yet saved into a report.
      await utimes(this.paths.photoFile(info.hash, 'json'), now, now).catch(() => {});
      return existing;
    }
    const original = this.paths.photoFile(info.hash, PHOTO_EXTENSIONS[info.format]);
    await ensureDir(dirname(original));
    await writeFileAtomic(original, bytes);
    const record: PhotoRecord = { info, metadata, addedAt: now.toISOString() };
    await writeFileAtomic(this.paths.photoFile(info.hash, 'json'), JSON.stringify(record));
    return record;
  }

  /**
   * A rendition of an original from the cache, or made by `make` and cached.
   * A cache that cannot be written (read-only folder, full disk) costs only
   * the time to make the rendition again.
   */
  async rendition(hash: string, key: string, make: () => Promise<Buffer>): Promise<Buffer> {
    const file = this.paths.photoRendition(hash, key);
    const cached = await readFile(file).catch(() => null);
    if (cached && cached.length > 0) return cached;
    const made = await make();
    if (!this.options.readOnly)
      await ensureDir(dirname(file))
        .then(() => writeFileAtomic(file, made))
        .catch(() => {});
    return made;
  }

  /**
   * Removes the originals nothing in the data folder refers to any more
   * (after 清空回收站), sparing any added in the last `graceMs` (default a
   * day): a picture inserted into a report that is not saved yet.
   */
  async collectUnreferenced(now: Date, graceMs = 24 * 3600 * 1000): Promise<number> {
    return this.collect(await referencedPhotos(this.paths), now.getTime() - graceMs);
  }

  /** The hashes of every stored original, with when its record was last written. */
  private async stored(): Promise<Array<{ hash: string; mtimeMs: number }>> {
    const out = new Map<string, number>();
    for (const shard of await readdir(this.paths.photosDir).catch(() => [] as string[])) {
      if (!/^[0-9a-f]{2}$/.test(shard)) continue;
      const dir = join(this.paths.photosDir, shard);
      for (const name of await readdir(dir).catch(() => [] as string[])) {
        const match = /^([0-9a-f]{64})\.(jpg|png|tif|webp|json)$/.exec(name);
        if (!match) continue;
        const info = await stat(join(dir, name)).catch(() => null);
        if (info) out.set(match[1]!, Math.max(out.get(match[1]!) ?? 0, info.mtimeMs));
      }
    }
    return [...out].map(([hash, mtimeMs]) => ({ hash, mtimeMs }));
  }

  /**
   * Removes every original that nothing refers to (`referenced`: hashes named
   * by any article, revision, crash journal or 回收站 entry) and that was
   * stored before `before` (a picture just inserted and not yet saved into
   * its report is left alone), with its record and renditions. Returns how
   * many originals went.
   */
  async collect(referenced: ReadonlySet<string>, before: number): Promise<number> {
    this.refuseReadOnly();
    let removed = 0;
    for (const { hash, mtimeMs } of await this.stored()) {
      if (referenced.has(hash) || mtimeMs >= before) continue;
      // The record first: without it the photo no longer exists, whatever is left.
      await unlink(this.paths.photoFile(hash, 'json')).catch(() => {});
      for (const ext of Object.values(PHOTO_EXTENSIONS)) await unlink(this.paths.photoFile(hash, ext)).catch(() => {});
      const cacheDir = dirname(this.paths.photoRendition(hash, 'view'));
      for (const name of await readdir(cacheDir).catch(() => [] as string[]))
        if (name.startsWith(`${hash}-`)) await unlink(join(cacheDir, name)).catch(() => {});
      removed++;
    }
    return removed;
  }
}

/** Every photo hash a piece of stored JSON names (`"hash":"…"`), however deeply nested. */
export function photoHashesIn(text: string, into: Set<string>): void {
  for (const match of text.matchAll(/"hash"\s*:\s*"([0-9a-f]{64})"/g)) into.add(match[1]!);
}

/**
 * Every photo hash the data folder refers to: in article files (the 回收站's
 * too), every revision log line, crash journals and issue plans. Read only
 * when photos are collected (after 清空回收站), never on a save.
 */
export async function referencedPhotos(paths: DataPaths): Promise<Set<string>> {
  const found = new Set<string>();
  const readAll = async (dir: string, depth: number): Promise<void> => {
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      const path = join(dir, name);
      if (depth > 0) await readAll(path, depth - 1);
      else if (/\.(json|jsonl)$/.test(name)) photoHashesIn(await readFile(path, 'utf8').catch(() => ''), found);
    }
  };
  await readAll(paths.articlesDir, 1);
  await readAll(paths.revisionsDir, 1);
  await readAll(paths.draftsDir, 0);
  await readAll(paths.issuesDir, 0);
  return found;
}
