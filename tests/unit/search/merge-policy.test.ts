import { describe, expect, it } from 'vitest';
import { MAX_MERGED_DOCS, planMerge } from '../../../shared/search/merge-policy';

const seg = (alive: number, docs = alive) => ({ alive, docs });

describe('the merge policy', () => {
  it("joins a rebuild's full segments into one", () => {
    const rebuild = [...Array.from({ length: 24 }, () => seg(4096)), seg(1696)];
    expect(planMerge(rebuild)).toEqual(Array.from({ length: 24 }, (_, i) => i));
  });

  it('waits until a tier holds four segments, and leaves small ones to the small merge', () => {
    expect(planMerge([seg(100_000), seg(4000), seg(3000), seg(2500)])).toBeNull();
    expect(planMerge([seg(100_000), seg(4000), seg(3000), seg(2500), seg(2100)])).toEqual([1, 2, 3, 4]);
    expect(planMerge([seg(100), seg(200), seg(300), seg(400), seg(500)])).toBeNull();
  });

  it('places a segment by its current articles, so one mostly saved again merges lower', () => {
    const sizes = [seg(3000, 60_000), seg(2500), seg(3500), seg(4000)];
    expect(planMerge(sizes)).toEqual([0, 1, 2, 3]);
    expect(planMerge([seg(60_000), seg(2500), seg(3500), seg(4000)])).toBeNull();
  });

  it('keeps a merge under the most one segment may hold', () => {
    const big = Array.from({ length: 5 }, () => seg(MAX_MERGED_DOCS / 2 - 1));
    const plan = planMerge(big)!;
    expect(plan).toHaveLength(2);
    expect(plan.reduce((n, i) => n + big[i]!.alive, 0)).toBeLessThanOrEqual(MAX_MERGED_DOCS);
  });
});
