import { open, rename, mkdir, copyFile, unlink } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';

let tmpCounter = 0;

/** Flushes a folder's entries (a rename or a new file) to disk. */
export async function fsyncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Creates a folder (and parents) and makes its entry durable. */
export async function ensureDir(dir: string): Promise<void> {
  const created = await mkdir(dir, { recursive: true });
  if (created !== undefined) await fsyncDir(dirname(dir));
}

async function writeAndSync(file: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Options for atomic writes. */
export interface AtomicWriteOptions {
  /** Keep the replaced content as `<file>.bak` (for small files that can be restored from it). */
  backup?: boolean;
}

/**
 * Replaces a file atomically and durably: writes a temp file beside it, fsyncs
 * it, renames it over the target and fsyncs the folder. A reader (or a crash)
 * sees the old content or the new, never a mix.
 */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const staged = await stageFile(file, data);
  if (options.backup)
    await backupFile(file).catch(async (error) => {
      await staged.abandon();
      throw error;
    });
  await staged.commit();
}

/** A file written and fsynced beside its target, waiting to be renamed over it. */
export interface StagedFile {
  /** Renames the staged file over the target and fsyncs the folder. */
  commit(): Promise<void>;
  /** Removes the staged file. */
  abandon(): Promise<void>;
}

/**
 * The first half of an atomic write: the new content is written to a temp file
 * beside the target and fsynced. Several files can be staged at once and
 * committed in a chosen order.
 */
export async function stageFile(file: string, data: string | Uint8Array): Promise<StagedFile> {
  const dir = dirname(file);
  tmpCounter = (tmpCounter + 1) % 1_000_000;
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${tmpCounter}.tmp`);
  try {
    await writeAndSync(tmp, data);
  } catch (error) {
    await unlink(tmp).catch(() => {});
    throw error;
  }
  return {
    async commit() {
      try {
        await rename(tmp, file);
      } catch (error) {
        await unlink(tmp).catch(() => {});
        throw error;
      }
      await fsyncDir(dir);
    },
    async abandon() {
      await unlink(tmp).catch(() => {});
    },
  };
}

async function backupFile(file: string): Promise<void> {
  // A name of its own per write: two writes of one file at once (two windows, a
  // call racing a background task) must not rename each other's copy away.
  tmpCounter = (tmpCounter + 1) % 1_000_000;
  const bakTmp = `${file}.bak.${process.pid}.${tmpCounter}.tmp`;
  try {
    await copyFile(file, bakTmp);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const handle = await open(bakTmp, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(bakTmp, `${file}.bak`);
}

/**
 * Appends text to a file and flushes it (fdatasync) before returning. A crash
 * can leave at most the last line torn; readers of such logs drop a torn tail.
 */
export async function appendDurable(file: string, text: string): Promise<void> {
  const handle = await open(file, 'a');
  let isNew: boolean;
  try {
    isNew = (await handle.stat()).size === 0;
    await handle.appendFile(text);
    await handle.datasync();
  } finally {
    await handle.close();
  }
  if (isNew) await fsyncDir(dirname(file));
}

/** True when a file system error means the file is not there. */
export function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}
