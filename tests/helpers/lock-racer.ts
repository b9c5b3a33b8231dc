// A process for the lock race test: waits for a common start time, tries to
// take the data folder's lock once, and if it gets it, holds it for a while.
// Prints "HELD start end" (epoch ms) or "BUSY".
import { acquireDataLock } from '../../electron/store/lock';

const [lockFile, startAt, holdMs] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4] ?? 150)];

async function main(): Promise<void> {
  while (Date.now() < startAt) await new Promise((r) => setTimeout(r, 1));
  let lock;
  try {
    lock = await acquireDataLock(lockFile);
  } catch {
    process.stdout.write('BUSY\n');
    return;
  }
  const start = Date.now();
  await new Promise((r) => setTimeout(r, holdMs));
  const end = Date.now();
  await lock.release();
  process.stdout.write(`HELD ${start} ${end}\n`);
}

void main();
