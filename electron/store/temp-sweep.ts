import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataPaths } from './data-paths';
import { isValidId } from '../../shared/model/ids';

/**
 * Removes the temp files that writes killed part-way leave behind (every
 * atomic write stages `….tmp` beside its target), and hands each revision log
 * whose article file is missing to `orphanLog` (a create that died after its
 * log line and before its article file, or a lost article file: the caller
 * tells them apart). Run in the background only when a writer takes over the
 * lock of one that died, so a clean start never pays for it; it reads every
 * shard folder once, then stops. Only files older than `before` (this
 * writer's start) are touched, never a write in flight.
 */
export async function sweepAfterCrash(
  paths: DataPaths,
  before: number,
  orphanLog: (id: string) => Promise<void>,
): Promise<number> {
  let removed = 0;
  const old = async (file: string) => {
    const info = await stat(file).catch(() => null);
    return info?.isFile() === true && info.mtimeMs < before;
  };
  const sweep = async (dir: string, logs: boolean) => {
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      const file = join(dir, name);
      if (name.endsWith('.tmp')) {
        if (
          (await old(file)) &&
          (await unlink(file).then(
            () => true,
            () => false,
          ))
        )
          removed++;
        continue;
      }
      const id = name.slice(0, -'.jsonl'.length);
      if (!logs || !name.endsWith('.jsonl') || !isValidId('article', id)) continue;
      if ((await old(file)) && !(await stat(paths.articleFile(id)).catch(() => null))) await orphanLog(id);
    }
  };
  for (const dir of [paths.root, paths.catalogDir, paths.draftsDir, paths.issuesDir]) await sweep(dir, false);
  for (const shard of await readdir(paths.articlesDir).catch(() => [] as string[]))
    await sweep(join(paths.articlesDir, shard), false);
  for (const shard of await readdir(paths.revisionsDir).catch(() => [] as string[]))
    await sweep(join(paths.revisionsDir, shard), true);
  return removed;
}
