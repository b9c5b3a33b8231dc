import { describe, expect, it } from 'vitest';
import { realCopyCases, scoreCase, toHalfWidth } from '../../helpers/real-copy';
import { reportToJson } from '../../../shared/format/parse-output';
import { parseReports } from '../../../shared/format/parse-reports';

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

describe('what is dropped from real copy', () => {
  it('keeps no furniture in any report’s text', () => {
    for (const { name, text } of realCopyCases()) {
      const body = parseReports(text)
        .reports.flatMap((r) => reportToJson(r).paragraphs)
        .join('\n');
      expect(body, name).not.toMatch(
        /发布时间|浏览次数|打印本页|下转|上接|责任编辑|<[a-z/]|&[a-z]+;|\.jpg|（完）|来源：|版面导航/u,
      );
    }
  });
});
