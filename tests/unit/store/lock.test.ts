import { beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawnSync } from 'node:child_process';
import { utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { acquireDataLock } from '../../../electron/store/lock';
import { bundleHelper } from '../../helpers/bundle';
import { tempDir } from '../../helpers/temp-dir';

const run = promisify(execFile);
const TRIALS = Number(process.env.LOCK_TRIALS ?? 8);
let racer: string;

beforeAll(async () => {
  racer = await bundleHelper('lock-racer');
});

/** A pid that no process has now (a process that has exited). */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString());
}

/** Four processes race for one lock; returns the intervals during which each winner held it. */
async function race(lockFile: string): Promise<Array<[number, number]>> {
  const startAt = Date.now() + 400;
  const outputs = await Promise.all(
    [0, 1, 2, 3].map(() => run(process.execPath, [racer, lockFile, String(startAt), '150']).then((r) => r.stdout)),
  );
  return outputs
    .map((o) => o.trim())
    .filter((o) => o.startsWith('HELD'))
    .map((o) => o.split(' ').slice(1).map(Number) as [number, number]);
}

function overlaps(held: Array<[number, number]>): number {
  let count = 0;
  for (let i = 0; i < held.length; i++)
    for (let j = i + 1; j < held.length; j++) if (held[i]![0] < held[j]![1] && held[j]![0] < held[i]![1]) count++;
  return count;
}

describe('the single-writer lock', () => {
  it(`four processes racing for a free lock: never two holders at once (${TRIALS} trials)`, async () => {
    const { dir, cleanup } = await tempDir('copydesk-lock-');
    try {
      for (let trial = 0; trial < TRIALS; trial++) {
        const held = await race(join(dir, `free-${trial}.lock`));
        expect(held.length).toBeGreaterThanOrEqual(1);
        expect(overlaps(held)).toBe(0);
      }
    } finally {
      await cleanup();
    }
  }, 120_000);

  it(`four processes racing to take over an abandoned lock: exactly one takes it (${TRIALS} trials)`, async () => {
    const { dir, cleanup } = await tempDir('copydesk-lock-');
    try {
      for (let trial = 0; trial < TRIALS; trial++) {
        const lockFile = join(dir, `stale-${trial}.lock`);
        await writeFile(lockFile, JSON.stringify({ pid: deadPid(), host: hostname() }));
        const held = await race(lockFile);
        expect(held.length).toBeGreaterThanOrEqual(1);
        expect(overlaps(held)).toBe(0);
      }
    } finally {
      await cleanup();
    }
  }, 120_000);

  it('an empty lock file is a lock being made, not an abandoned one, until it is old', async () => {
    const { dir, cleanup } = await tempDir('copydesk-lock-');
    try {
      const lockFile = join(dir, 'copydesk.lock');
      await writeFile(lockFile, '');
      await expect(acquireDataLock(lockFile)).rejects.toMatchObject({ code: 'LOCKED' });
      const old = new Date(Date.now() - 60_000);
      await utimes(lockFile, old, old);
      const lock = await acquireDataLock(lockFile);
      await expect(acquireDataLock(lockFile)).rejects.toMatchObject({ code: 'LOCKED' });
      await lock.release();
      const again = await acquireDataLock(lockFile);
      await again.release();
    } finally {
      await cleanup();
    }
  });

  it('releasing never removes a lock another process has taken over', async () => {
    const { dir, cleanup } = await tempDir('copydesk-lock-');
    try {
      const lockFile = join(dir, 'copydesk.lock');
      const lock = await acquireDataLock(lockFile);
      // Someone else's lock now stands there (as after a takeover).
      await writeFile(lockFile, JSON.stringify({ pid: process.pid, host: 'x', token: 'theirs' }));
      await lock.release();
      await expect(acquireDataLock(lockFile)).rejects.toMatchObject({ code: 'LOCKED' });
    } finally {
      await cleanup();
    }
  });
});
