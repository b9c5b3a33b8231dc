import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DamagedSegmentError, TextReads, textReads } from '../../../electron/store/search/file-reads';
import { openSegment, writeSegment, type OpenedSegment } from '../../../electron/store/search/segment-file';
import { runSteps } from '../../../shared/search/postings-build';
import { buildSegmentData } from '../../../shared/search/segment';
import { syntheticCopy } from '../../helpers/synthetic-copy';
import { tempDir } from '../../helpers/temp-dir';

let dir = '';
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  textReads.poolFor(0);
  await cleanup();
});

const copy = syntheticCopy(5);
const entries = Array.from({ length: 40 }, () => copy.report(300));

async function segment(): Promise<OpenedSegment> {
  const file = join(dir, 'seg-1.cdsx');
  await writeSegment(file, runSteps(buildSegmentData(entries)));
  return openSegment(file, 'seg-1');
}

describe('snippet text reads', () => {
  it('reads a page of texts at once, and in the thread pool while the disk is slow, the same texts', async () => {
    const seg = await segment();
    const texts = entries.map((e) => e.text);
    expect(await Promise.all(texts.map((_, d) => seg.readText(d)))).toEqual(texts);
    textReads.poolFor(60_000);
    expect(await Promise.all(texts.map((_, d) => seg.readText(d)))).toEqual(texts);
    seg.close();
  });

  it('lets reads in the pool finish when the segment is closed meanwhile, and refuses later ones', async () => {
    const seg = await segment();
    textReads.poolFor(60_000);
    const pending = entries.map((_, d) => seg.readText(d));
    seg.close();
    expect(await Promise.all(pending)).toEqual(entries.map((e) => e.text));
    await expect(seg.readText(0)).rejects.toBeInstanceOf(DamagedSegmentError);
  });

  it('sends reads to the pool for a spell after a slow one, and back once it is over', () => {
    const reads = new TextReads(2, 30);
    expect(reads.atOnce(() => 'fast')).toBe('fast');
    expect(reads.pooled).toBe(false);
    const slow = () => {
      const until = performance.now() + 5;
      while (performance.now() < until);
      return 'slow';
    };
    expect(reads.atOnce(slow)).toBe('slow');
    expect(reads.pooled).toBe(true);
    const until = performance.now() + 40;
    while (performance.now() < until);
    expect(reads.pooled).toBe(false);
  });
});
