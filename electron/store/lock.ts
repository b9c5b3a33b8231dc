import { link, open, readFile, stat, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { CopydeskError } from '../../shared/ipc/result';

/** A held lock on a data folder; release it on exit. */
export interface DataLock {
  /** True when the lock was taken over from a writer that had died (the folder may hold what a crash leaves). */
  readonly tookOver: boolean;
  release(): Promise<void>;
}

/** Who holds a lock, as its file says. */
interface LockOwner {
  pid?: number;
  host?: string;
  since?: string;
  token?: string;
}

/** A lock file that cannot be read is taken as abandoned only once it is this old (a writer's own file is never unreadable). */
const UNREADABLE_GRACE_MS = 10_000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Creates `file` holding `text`, whole or not at all: written beside it, then hard-linked into place (fails with EEXIST). */
async function createWhole(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(tmp, 'wx');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(tmp, file);
  } finally {
    await unlink(tmp).catch(() => {});
  }
}

async function readOwner(file: string): Promise<{ owner: LockOwner | null; text: string | null }> {
  try {
    const text = await readFile(file, 'utf8');
    try {
      const owner = JSON.parse(text) as LockOwner;
      return { owner: typeof owner === 'object' && owner ? owner : null, text };
    } catch {
      return { owner: null, text };
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { owner: null, text: null };
    throw error;
  }
}

function busy(owner: LockOwner | null): CopydeskError {
  if (owner?.host && owner.host !== hostname())
    return new CopydeskError('LOCKED', `数据文件夹正被另一台电脑（${owner.host}）上的采编台使用。`);
  return new CopydeskError(
    'LOCKED',
    `数据文件夹正被另一个采编台进程使用${owner?.pid ? `（进程号 ${owner.pid}）` : ''}。同一数据文件夹同时只能由一个程序写入，请先关闭它。`,
  );
}

/**
 * Takes the single-writer lock on a data folder.
 *
 * The lock file is created whole: its content is written to a temp file and
 * hard-linked into place, so no process ever sees a lock file that exists but
 * is empty (the old `open('wx')` then write left that window, and a racing
 * process took the empty file for an abandoned one and removed a live lock).
 *
 * A lock left by a process that is gone (same host, pid not running) is
 * broken under a second, short-lived lock (`<lock>.break`): holding it, the
 * breaker reads the lock again and removes it only if it is still the same
 * abandoned file. Two processes that both found the same abandoned lock thus
 * cannot both remove it, one after the other's new lock was made. A `.break`
 * file is itself only ever held for a few milliseconds, so one older than
 * a few seconds is left by a crash and removed.
 */
export async function acquireDataLock(lockFile: string): Promise<DataLock> {
  const token = randomBytes(12).toString('hex');
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString(), token });
  let tookOver = false;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await createWhole(lockFile, mine);
      let released = false;
      return {
        tookOver,
        async release() {
          if (released) return;
          released = true;
          // Only our own lock is removed (never one another process holds after a takeover).
          const { owner } = await readOwner(lockFile).catch(() => ({ owner: null }));
          if (owner?.token === token) await unlink(lockFile).catch(() => {});
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const seen = await readOwner(lockFile);
    if (seen.text === null) continue; // released meanwhile: try again
    if (!(await isAbandoned(lockFile, seen.owner))) throw busy(seen.owner);
    await breakAbandoned(lockFile, seen.text);
    tookOver = true;
  }
  throw new CopydeskError('LOCKED', '无法锁定数据文件夹，请稍后重试。');
}

async function isAbandoned(lockFile: string, owner: LockOwner | null): Promise<boolean> {
  if (owner && typeof owner.pid === 'number') {
    if (owner.host && owner.host !== hostname()) return false;
    return !isAlive(owner.pid);
  }
  // Unreadable (a file from an older version, or a disk fault): abandoned once it is old enough.
  const info = await stat(lockFile).catch(() => null);
  return info !== null && Date.now() - info.mtimeMs > UNREADABLE_GRACE_MS;
}

/** Removes the abandoned lock whose content was `seenText`, under the `.break` lock (see acquireDataLock). */
async function breakAbandoned(lockFile: string, seenText: string): Promise<void> {
  const breaker = `${lockFile}.break`;
  try {
    await createWhole(breaker, String(process.pid));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const info = await stat(breaker).catch(() => null);
    if (info && Date.now() - info.mtimeMs > 5_000) await unlink(breaker).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 30));
    return;
  }
  try {
    const again = await readOwner(lockFile);
    if (again.text === seenText) await unlink(lockFile).catch(() => {});
  } finally {
    await unlink(breaker).catch(() => {});
  }
}
