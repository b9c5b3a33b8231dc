import { readdir, utimes } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Ages the .cdsub files waiting in a 收稿箱 folder by a minute: the inbox
 * leaves a file younger than a second for the next look (it may still be
 * arriving), and tests should not sleep for that.
 */
export async function ageInboxFiles(dir: string): Promise<void> {
  const old = new Date(Date.now() - 60_000);
  for (const name of await readdir(dir)) if (name.endsWith('.cdsub')) await utimes(join(dir, name), old, old);
}
