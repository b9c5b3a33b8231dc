import { describe, expect, it } from 'vitest';
import { evaluate, LABELLED, overall, perFamily, REAL_COPY_LABELLED, scores } from '../../helpers/proof-eval';

describe('proofreader quality on the labelled set', () => {
  const { perRule, misses } = evaluate();

  it('has at least 300 items, clean ones and slips of every rule', () => {
    expect(LABELLED.length).toBeGreaterThanOrEqual(300);
    expect(LABELLED.filter((i) => i.expect.length === 0).length).toBeGreaterThanOrEqual(60);
    for (const [rule, c] of Object.entries(perRule)) expect(c.tp + c.fn, rule).toBeGreaterThan(0);
  });

  it('meets precision ≥ 0.95 and recall ≥ 0.90 overall, and precision ≥ 0.85 for every rule', () => {
    const all = scores(overall(perRule));
    expect(misses.filter((m) => m.kind === 'fp')).toEqual([]);
    expect(all.precision).toBeGreaterThanOrEqual(0.95);
    expect(all.recall).toBeGreaterThanOrEqual(0.9);
    for (const [rule, c] of Object.entries(perRule)) expect(scores(c).precision, rule).toBeGreaterThanOrEqual(0.85);
  });
});

describe('proofreader quality on the real-copy set (text the rules were not written against)', () => {
  const { perRule, misses } = evaluate(REAL_COPY_LABELLED);

  it('holds every sentence of the corpus, clean, and slips of each family', () => {
    expect(REAL_COPY_LABELLED.filter((i) => i.expect.length === 0).length).toBeGreaterThanOrEqual(100);
    const families = perFamily(perRule);
    for (const family of ['punct', 'repeat', 'number'])
      expect(families[family]!.tp + families[family]!.fn).toBeGreaterThan(0);
  });

  it('raises no false alarm on the clean sentences and bylines, and meets precision ≥ 0.95, recall ≥ 0.90 per family', () => {
    expect(misses).toEqual([]);
    for (const [family, c] of Object.entries(perFamily(perRule))) {
      expect(scores(c).precision, family).toBeGreaterThanOrEqual(0.95);
      expect(scores(c).recall, family).toBeGreaterThanOrEqual(0.9);
    }
  });
});
