import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToPdf, printFontCss } from '../../../electron/services/pdf';
import { renderPages } from '../../../shared/layout/page-html';
import { reportPage } from '../../../shared/layout/print-page';
import { BUILT_IN_PRESETS } from '../../../shared/layout/presets';
import { ArticleContentSchema } from '../../../shared/model/article';
import { spawnSync } from 'node:child_process';
import { openServices } from '../../../electron/services/services';
import { dispatch } from '../../../shared/ipc/dispatch';
import { tempDir } from '../../helpers/temp-dir';

const REPORTS = (
  JSON.parse(readFileSync(join(__dirname, '../../fixtures/house-format/reference-reports.json'), 'utf8')) as unknown[]
).map((r) => ArticleContentSchema.parse(r));
const REPORT = REPORTS[0]!;

describe('PDF through Chromium', () => {
  it('prints a report page at the exact trim size, fonts embedded as TrueType subsets, tagged, with an outline', async () => {
    const a4 = BUILT_IN_PRESETS.find((p) => p.id === 'a4')!;
    const html = renderPages(
      [
        reportPage(REPORT, a4, {
          paper: '中原报',
          date: '2020年3月20日',
          pageNumber: 2,
          pageName: '中原新闻',
          editor: '王五',
        }),
      ],
      await printFontCss(),
    );
    const pdf = (await htmlToPdf(html, a4)).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    const box = /\/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf)!;
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

  it('prints an issue plan: every page in one file, with bleed and crop marks, from the command line', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const services = await openServices({ version: 't', dataDir: dir, runtime: 'host' });
      const call = async (channel: string, input?: unknown) => {
        const r = await dispatch(services.handlers, channel, input);
        if (!r.ok) throw new Error(r.error.message);
        return r.value as { id: string };
      };
      const ids: string[] = [];
      for (const report of REPORTS) ids.push((await call('articles.create', report)).id);
      const page = (number: number, from: number) => ({
        number,
        name: '中原新闻',
        editor: '王五',
        presetId: 'duikai',
        placements: ids.slice(from, from + 3).map((articleId, i) => ({
          articleId,
          span: [5, 3, 8][i]!,
          lines: 45,
          tier: (['头条', '二条', '普通'] as const)[i]!,
        })),
      });
      const issue = await call('issues.save', {
        date: '2020-03-20',
        number: 12,
        totalNumber: 3456,
        paper: '中原报',
        pages: [page(1, 0), page(2, 3)],
      });
      await services.close();
      const out = join(dir, 'issue.pdf');
      const run = spawnSync(
        process.execPath,
        [
          join(__dirname, '../../../electron/cli/bin.mjs'),
          'pdf',
          '--issue',
          issue.id,
          '--bleed',
          '--out',
          out,
          '--data',
          dir,
        ],
        { encoding: 'utf8' },
      );
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(`已导出到 ${out}（2 个版面，含出血和裁切线）\n`);
      const pdf = readFileSync(out).toString('latin1');
      expect(pdf).toMatch(/\/Count 2\b/);
      const box = /\/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf)!;
      expect(Number(box[1]) * (25.4 / 72)).toBeCloseTo(410, 0);
      expect(Number(box[2]) * (25.4 / 72)).toBeCloseTo(560, 0);
      expect(pdf).not.toContain('/Type3');
      expect(pdf).toContain('/FontFile2');
      expect(pdf).toContain('/Outlines');
    } finally {
      await cleanup();
    }
  }, 120_000);
});
