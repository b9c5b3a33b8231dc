import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SegmentBuilder } from '../../../electron/store/search/segment-builder';
import { runSteps } from '../../../shared/search/postings-build';
import { buildSegmentData } from '../../../shared/search/segment';
import { bundleHelper } from '../../helpers/bundle';
import { syntheticCopy } from '../../helpers/synthetic-copy';
import { tempDir } from '../../helpers/temp-dir';

let workerFile = '';
beforeAll(async () => {
  workerFile = await bundleHelper('search-worker');
}, 60_000);

let dir = '';
let cleanup: () => Promise<void>;
let builder: SegmentBuilder | null = null;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  await builder?.close();
  await cleanup();
});

const copy = syntheticCopy(8);
const batches = [0, 1, 2].map(() => Array.from({ length: 60 }, () => copy.report(500)));

describe('segment builds in a worker thread', () => {
  it('builds in the worker exactly what the main thread builds, batch after batch', async () => {
    builder = new SegmentBuilder(workerFile);
    expect(builder.threaded).toBe(true);
    const built = await Promise.all(batches.map((b) => builder!.build(b)));
    expect(builder.threaded).toBe(true);
    for (const [i, batch] of batches.entries()) expect(built[i]).toEqual(runSteps(buildSegmentData(batch)));
  });

  it('builds in the main thread when the worker cannot start', async () => {
    builder = new SegmentBuilder(join(dir, 'missing-worker.cjs'));
    expect(await builder.build(batches[0]!)).toEqual(runSteps(buildSegmentData(batches[0]!)));
    expect(builder.threaded).toBe(false);
  });

  it('gives up a worker that dies during a build and builds that batch in the main thread', async () => {
    const dying = join(dir, 'dying-worker.cjs');
    await writeFile(dying, "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
    builder = new SegmentBuilder(dying);
    expect(await builder.build(batches[1]!)).toEqual(runSteps(buildSegmentData(batches[1]!)));
    expect(builder.threaded).toBe(false);
    expect(await builder.build(batches[2]!)).toEqual(runSteps(buildSegmentData(batches[2]!)));
  });

  it('builds in the main thread without a worker file', async () => {
    builder = new SegmentBuilder(undefined);
    expect(builder.threaded).toBe(false);
    expect(await builder.build(batches[2]!)).toEqual(runSteps(buildSegmentData(batches[2]!)));
  });
});
