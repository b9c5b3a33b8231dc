import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The project folder, found from the working folder up (helpers run both in
 * Vitest and bundled into benchmarks, where __dirname is not theirs).
 */
export const ROOT = (() => {
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'copydesk') return dir;
    if (dirname(dir) === dir) throw new Error('copydesk project folder not found from the working folder');
  }
})();
