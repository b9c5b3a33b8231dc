import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSegment, writeSegment, type OpenedSegment } from '../../../electron/store/search/segment-file';
import { writeMergedSegment, type MergeInput } from '../../../electron/store/search/segment-merge';
import type { Segment } from '../../../shared/search/engine';
import type { SearchDoc } from '../../../shared/search/doc';
import { matchTerm } from '../../../shared/search/postings';
import { runSteps } from '../../../shared/search/postings-build';
import { buildSegmentData, memorySegment } from '../../../shared/search/segment';
import { SIGNATURE_SIZE } from '../../../shared/search/similar';
import { syntheticCopy } from '../../helpers/synthetic-copy';
import { tempDir } from '../../helpers/temp-dir';

let dir = '';
let cleanup: () => Promise<void>;
const opened: OpenedSegment[] = [];
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  for (const s of opened.splice(0)) s.close();
  await cleanup();
});

type Entry = { doc: SearchDoc; text: string };

async function segmentOf(name: string, entries: readonly Entry[]): Promise<OpenedSegment> {
  const file = join(dir, `${name}.cdsx`);
  await writeSegment(file, runSteps(buildSegmentData(entries)));
  const segment = openSegment(file, name);
  opened.push(segment);
  return segment;
}

async function merge(name: string, inputs: MergeInput[], breathe = async () => {}): Promise<OpenedSegment> {
  const file = join(dir, `${name}.cdsx`);
  await writeMergedSegment(file, inputs, breathe);
  const segment = openSegment(file, name);
  opened.push(segment);
  return segment;
}

/** Every document's people by name (ids differ between segments). */
function people(segment: Segment): string[][] {
  const c = segment.columns;
  return c.ids.map((_, d) => {
    const names: string[] = [];
    for (let i = c.authorStart[d]!; i < c.authorStart[d + 1]!; i++) names.push(c.authorNames[c.authorIds[i]!]!);
    return names;
  });
}

/** Asserts that `merged` holds exactly what a segment built from `entries` holds, for `terms` and every record. */
function expectSame(merged: Segment, entries: readonly Entry[], terms: readonly string[]): void {
  const reference = memorySegment('ref', runSteps(buildSegmentData(entries)));
  const { columns: a } = merged;
  const { columns: b } = reference;
  expect(a.ids).toEqual(b.ids);
  for (const key of ['revisions', 'status', 'kind', 'day', 'deleted', 'submitted', 'headEnd', 'updated'] as const)
    expect(Array.from(a[key]), key).toEqual(Array.from(b[key]));
  expect(people(merged)).toEqual(people(reference));
  expect(merged.titles()).toEqual(reference.titles().map((t) => t.replace(/\n/g, ' ')));
  expect(Array.from(merged.signatures())).toEqual(Array.from(reference.signatures()));
  expect(merged.signatures().length).toBe(entries.length * SIGNATURE_SIZE);
  for (let d = 0; d < entries.length; d++) {
    expect(merged.doc(d)).toEqual(entries[d]!.doc);
    expect(merged.text(d)).toBe(entries[d]!.text);
  }
  for (const term of terms) {
    const got = matchTerm(term, merged, merged);
    const want = matchTerm(term, reference, reference);
    expect(Array.from(got.docs), term).toEqual(Array.from(want.docs));
    expect(Array.from(got.tfs), term).toEqual(Array.from(want.tfs));
    expect(Array.from(got.firsts), term).toEqual(Array.from(want.firsts));
  }
}

describe('merging segment files', () => {
  const copy = syntheticCopy(11);
  const entries: Entry[] = Array.from({ length: 150 }, () => copy.report(500));
  // Repeated words, so that many lists hold several positions per document.
  entries[5] = { ...entries[5]!, text: `${entries[5]!.text}\n复工复产复工复产，复工复产。` };
  const terms = Array.from({ length: 400 }, (_, n) => {
    const text = entries[Math.floor(copy.random() * entries.length)]!.text;
    return copy.queryFrom(text, 1 + (n % 6))!;
  }).filter(Boolean);
  terms.push('复工复产', '复产复工', '，复工', '没有这个词');

  it('joins whole segments into one that answers exactly as one built from their articles', async () => {
    const parts = [entries.slice(0, 60), entries.slice(60, 100), entries.slice(100)];
    const segments = await Promise.all(parts.map((p, i) => segmentOf(`s${i}`, p)));
    const merged = await merge(
      'm',
      segments.map((segment, i) => ({ segment, keep: parts[i]!.map((_, k) => k) })),
    );
    expectSame(merged, entries, terms);
  });

  it('drops the documents not kept, and merges merged segments again', async () => {
    const parts = [entries.slice(0, 50), entries.slice(50, 110), entries.slice(110)];
    const segments = await Promise.all(parts.map((p, i) => segmentOf(`s${i}`, p)));
    const keep = parts.map((p) => p.map((_, k) => k).filter(() => copy.random() < 0.6));
    keep[2] = parts[2]!.map((_, k) => k); // one source kept whole, beside ones with gaps
    const first = await merge('m1', [
      { segment: segments[0]!, keep: keep[0]! },
      { segment: segments[2]!, keep: keep[2]! },
    ]);
    const firstEntries = [...keep[0]!.map((k) => parts[0]![k]!), ...keep[2]!.map((k) => parts[2]![k]!)];
    expectSame(first, firstEntries, terms);
    // The merged segment, thinned again, then joined with the middle one.
    const again = firstEntries.map((_, k) => k).filter((k) => k % 3 !== 1);
    const second = await merge('m2', [
      { segment: first, keep: again },
      { segment: segments[1]!, keep: keep[1]! },
    ]);
    expectSame(second, [...again.map((k) => firstEntries[k]!), ...keep[1]!.map((k) => parts[1]![k]!)], terms);
  });

  it('leaves out a key whose every document is dropped', async () => {
    const odd = { ...entries[0]!, text: `${entries[0]!.text}\n鼋鼍` };
    const a = await segmentOf('a', [odd, entries[1]!]);
    const b = await segmentOf('b', [entries[2]!]);
    const merged = await merge('m', [
      { segment: a, keep: [1] },
      { segment: b, keep: [0] },
    ]);
    expect(merged.gram(('鼋'.charCodeAt(0) << 16) + '鼍'.charCodeAt(0))).toBeNull();
    expectSame(merged, [entries[1]!, entries[2]!], terms.slice(0, 50));
  });

  it('leaves no file behind when stopped part way', async () => {
    const parts = [entries.slice(0, 75), entries.slice(75)];
    const segments = await Promise.all(parts.map((p, i) => segmentOf(`s${i}`, p)));
    let steps = 0;
    const stop = async () => {
      if (++steps === 2) throw new Error('stopped');
    };
    await expect(
      merge(
        'm',
        segments.map((segment, i) => ({ segment, keep: parts[i]!.map((_, k) => k) })),
        stop,
      ),
    ).rejects.toThrow('stopped');
    expect(existsSync(join(dir, 'm.cdsx'))).toBe(false);
    expect((await readdir(dir)).filter((f) => f.includes('tmp'))).toEqual([]);
  });
});
