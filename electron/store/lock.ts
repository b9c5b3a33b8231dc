import { open, readFile, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { CopydeskError } from '../../shared/ipc/result';

/** A held lock on a data folder; release it on exit. */
export interface DataLock {
  release(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the single-writer lock on a data folder: a lock file holding the
 * owner's pid. A lock left by a process that is gone is taken over. Another
 * live writer (the app, the host, or a CLI import) makes this fail with LOCKED.
 */
export async function acquireDataLock(lockFile: string): Promise<DataLock> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      await handle.close();
      let released = false;
      return {
        async release() {
          if (released) return;
          released = true;
          await unlink(lockFile).catch(() => {});
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let owner: { pid?: number; host?: string } = {};
      try {
        owner = JSON.parse(await readFile(lockFile, 'utf8')) as typeof owner;
      } catch {
        // An unreadable lock file was left by a writer that died while creating it.
      }
      const sameHost = !owner.host || owner.host === hostname();
      if (typeof owner.pid === 'number' && sameHost && isAlive(owner.pid)) {
        throw new CopydeskError(
          'LOCKED',
          `数据文件夹正被另一个采编台进程使用（进程号 ${owner.pid}）。同一数据文件夹同时只能由一个程序写入，请先关闭它。`,
        );
      }
      if (!sameHost && typeof owner.pid === 'number') {
        throw new CopydeskError('LOCKED', `数据文件夹正被另一台电脑（${owner.host}）上的采编台使用。`);
      }
      await unlink(lockFile).catch(() => {});
    }
  }
  throw new CopydeskError('LOCKED', '无法锁定数据文件夹，请稍后重试。');
}
