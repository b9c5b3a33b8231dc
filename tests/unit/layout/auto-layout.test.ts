import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { autoLayout } from '../../../shared/layout/auto-layout';
import { layoutPages } from '../../../shared/layout/page-html';
import { pageLines } from '../../../shared/layout/typography';
import { packModules } from '../../../shared/layout/pack';
import { placementFit } from '../../../shared/layout/issue';
import { headlineLines } from '../../../shared/layout/typography';
import { BUILT_IN_PRESETS } from '../../../shared/layout/presets';
import { ArticleContentSchema } from '../../../shared/model/article';

const REPORTS = (
  JSON.parse(readFileSync(join(__dirname, '../../fixtures/house-format/reference-reports.json'), 'utf8')) as unknown[]
).map((r) => ArticleContentSchema.parse(r));
const FOLIO = { paper: '中原报', date: '2020年3月20日', pageNumber: 2, pageName: '中原新闻', editor: '王五' };
const preset = (id: string) => BUILT_IN_PRESETS.find((p) => p.id === id)!;

describe('packing modules on the line grid', () => {
  it('places modules in order at the first free place, stacking under shorter neighbours, a blank line below each', () => {
    const { slots, bottom } = packModules(
      [
        { span: 6, lines: 10 },
        { span: 3, lines: 20 },
        { span: 3, lines: 8 },
        { span: 3, lines: 8 },
      ],
      6,
    );
    expect(slots).toEqual([
      { column: 0, row: 0, span: 6, lines: 10 },
      { column: 0, row: 11, span: 3, lines: 20 },
      { column: 3, row: 11, span: 3, lines: 8 },
      // Under the short module, beside the tall one: no hole is left.
      { column: 3, row: 20, span: 3, lines: 8 },
    ]);
    expect(bottom).toBe(31);
  });

  it('marks a page whose modules run past its foot', () => {
    const a4 = preset('a4');
    const tall = { content: REPORTS[0]!, span: 4, lines: pageLines(a4) + 5, tier: '头条' as const, overLines: 0 };
    const { body } = layoutPages([{ preset: a4, folio: FOLIO, modules: [tall] }]);
    expect(body).toContain('<p class="page-overset">▲ 本版稿件超出版面 5 行</p>');
    const fits = layoutPages([{ preset: a4, folio: FOLIO, modules: [{ ...tall, lines: pageLines(a4) }] }]);
    expect(fits.body).not.toContain('page-overset');
  });
});

describe('automatic page layout', () => {
  it('sets the reference page on 四开: the first report as 头条 across the page, rows that close square, every report fitting its module', () => {
    const sikai = preset('sikai');
    const layout = autoLayout(REPORTS, sikai);
    expect(layout.fits).toBe(true);
    expect(layout.linesAvailable).toBe(pageLines(sikai));
    expect(layout.placements).toHaveLength(6);
    expect(layout.placements[0]).toMatchObject({ span: 6, tier: '头条' });
    expect(layout.placements[1]!.tier).toBe('二条');
    expect(layout.placements.slice(2).every((p) => p.tier === '普通')).toBe(true);
    // Rows fill the six columns exactly.
    let covered = 0;
    for (const p of layout.placements.slice(1)) covered = (covered + p.span) % 6;
    expect(covered).toBe(0);
    layout.placements.forEach((p, i) => expect(placementFit(REPORTS[i]!, p, sikai).overLines).toBeLessThanOrEqual(0));
  });

  it('says when the reports do not fit the page', () => {
    const many = Array.from({ length: 4 }, () => REPORTS).flat();
    const layout = autoLayout(many, preset('a4'));
    expect(layout.fits).toBe(false);
    expect(layout.linesUsed).toBeGreaterThan(layout.linesAvailable);
  });

  it('measures the headline stack by its wrapped lines at its tier', () => {
    const a4 = preset('a4');
    const short = { ...REPORTS[0]!, kicker: '', subtitle: '', title: '短题' };
    const long = { ...short, kicker: '引题引题引题', subtitle: '副题副题', title: '很长的标题'.repeat(6) };
    expect(headlineLines(long, 1, '普通', a4)).toBeGreaterThan(headlineLines(short, 1, '普通', a4));
    expect(headlineLines(short, 4, '头条', a4)).toBeGreaterThan(headlineLines(short, 4, '简讯', a4));
    // A title that wraps in one column takes fewer lines across four.
    expect(headlineLines(long, 4, '普通', a4)).toBeLessThan(headlineLines(long, 1, '普通', a4));
  });
});
