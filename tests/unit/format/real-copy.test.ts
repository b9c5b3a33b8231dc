import { describe, expect, it } from 'vitest';
import { realCopyCases, scoreCase, toHalfWidth } from '../../helpers/real-copy';
import { reportToJson } from '../../../shared/format/parse-output';

describe('the real-copy corpus (tests/fixtures/real-copy)', () => {
  const cases = realCopyCases();
  describe.each(cases)('$name', ({ text, expected }) => {
    it('parses every report and field as expected, in full-width punctuation', () => {
      const { diffs, reports } = scoreCase(text, expected);
      expect(diffs).toEqual([]);
      expected.forEach((e, i) => {
        const r = reports[i]!;
        if (e.kicker !== undefined) expect(r.kicker).toBe(e.kicker);
        if (e.subtitle !== undefined) expect(r.subtitle).toBe(e.subtitle);
        if (e.source !== undefined) expect(r.dateline?.source ?? null).toBe(e.source);
        if (e.dateline === null) expect(r.dateline).toBeNull();
        if (e.layout !== undefined) expect(r.byline.layout).toBe(e.layout);
        if (e.paragraphs !== undefined) expect(reportToJson(r).paragraphs).toHaveLength(e.paragraphs);
      });
    });
    it('and in half-width (ASCII) punctuation', () => {
      expect(scoreCase(toHalfWidth(text), expected, true).diffs).toEqual([]);
    });
  });
});
