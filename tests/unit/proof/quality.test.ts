import { describe, expect, it } from 'vitest';
import { evaluate, LABELLED, scores } from '../../helpers/proof-eval';

describe('proofreader quality on the labelled set', () => {
  const { perRule, misses } = evaluate();
  const total = Object.values(perRule).reduce(
    (sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }),
    { tp: 0, fp: 0, fn: 0 },
  );

  it('has at least 300 items, clean ones and slips of every rule', () => {
    expect(LABELLED.length).toBeGreaterThanOrEqual(300);
    expect(LABELLED.filter((i) => i.expect.length === 0).length).toBeGreaterThanOrEqual(60);
    for (const [rule, c] of Object.entries(perRule)) expect(c.tp + c.fn, rule).toBeGreaterThan(0);
  });

  it('meets precision ≥ 0.95 and recall ≥ 0.90 overall, and precision ≥ 0.85 for every rule', () => {
    const overall = scores(total);
    expect(misses.filter((m) => m.kind === 'fp')).toEqual([]);
    expect(overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(overall.recall).toBeGreaterThanOrEqual(0.9);
    for (const [rule, c] of Object.entries(perRule)) expect(scores(c).precision, rule).toBeGreaterThanOrEqual(0.85);
  });
});
