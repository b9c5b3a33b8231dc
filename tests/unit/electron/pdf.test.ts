import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToPdf, printFontCss } from '../../../electron/services/pdf';
import { renderReportPage } from '../../../shared/layout/page-html';
import { BUILT_IN_PRESETS } from '../../../shared/layout/presets';
import { ArticleContentSchema } from '../../../shared/model/article';

const REPORT = ArticleContentSchema.parse(
  (
    JSON.parse(readFileSync(join(__dirname, '../../fixtures/house-format/reference-reports.json'), 'utf8')) as unknown[]
  )[0],
);

describe('PDF through Chromium', () => {
  it('prints a report page at the exact trim size, fonts embedded as TrueType subsets, tagged, with an outline', async () => {
    const a4 = BUILT_IN_PRESETS.find((p) => p.id === 'a4')!;
    const html = renderReportPage(
      REPORT,
      a4,
      { paper: '中原报', date: '2020年3月20日', pageNumber: 2, pageName: '中原新闻', editor: '王五' },
      await printFontCss(),
    );
    const pdf = (await htmlToPdf(html, a4)).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf)!;
    expect(Number(box[1]) * (25.4 / 72)).toBeCloseTo(210, 0);
    expect(Number(box[2]) * (25.4 / 72)).toBeCloseTo(297, 0);
    expect(pdf.match(/\/Count 1\b/)).not.toBeNull(); // one page
    // Every font a CID TrueType subset with its program embedded, and text mapped back to Unicode.
    expect(pdf).not.toContain('/Type3');
    const fonts = pdf.match(/\/Subtype \/CIDFontType2/g) ?? [];
    expect(fonts.length).toBeGreaterThan(0);
    expect((pdf.match(/\/FontFile2/g) ?? []).length).toBe(fonts.length);
    expect((pdf.match(/\/ToUnicode/g) ?? []).length).toBeGreaterThanOrEqual(fonts.length);
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifSC/);
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC/);
    expect(pdf).toContain('/StructTreeRoot');
    expect(pdf).toContain('/Outlines');
  }, 60_000);
});
