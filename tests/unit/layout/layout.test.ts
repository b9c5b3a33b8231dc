import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BUILT_IN_PRESETS,
  charsWidthMm,
  HAO_POINTS,
  linesIn,
  moduleChars,
  PagePresetSchema,
} from '../../../shared/layout/presets';
import { copyfit, copyfitMessage, paragraphLines } from '../../../shared/layout/copyfit';
import { layoutPages, renderPages } from '../../../shared/layout/page-html';
import { reportPage } from '../../../shared/layout/print-page';
import { ArticleContentSchema } from '../../../shared/model/article';

const REPORT = ArticleContentSchema.parse(
  (
    JSON.parse(readFileSync(join(__dirname, '../../fixtures/house-format/reference-reports.json'), 'utf8')) as unknown[]
  )[0],
);
const preset = (id: string) => BUILT_IN_PRESETS.find((p) => p.id === id)!;
const FOLIO = { paper: '中原报', date: '2020年3月20日', pageNumber: 2, pageName: '中原新闻', editor: '王五' };

describe('page presets', () => {
  it('对开 is 8 columns of 13 小五 characters; a module of n columns holds 13n + (n − 1)', () => {
    const duikai = preset('duikai');
    expect([duikai.widthMm, duikai.heightMm, duikai.columns, duikai.charsPerColumn, duikai.bodyPt]).toEqual([
      390, 540, 8, 13, 9,
    ]);
    expect([1, 2, 3, 8].map((n) => moduleChars(duikai, n))).toEqual([13, 27, 41, 111]);
    expect(preset('sikai')).toMatchObject({ widthMm: 270, heightMm: 390, columns: 6, charsPerColumn: 11 });
  });

  it('every built-in grid fits its page between the margins, and the presets are valid', () => {
    for (const p of BUILT_IN_PRESETS) {
      expect(PagePresetSchema.parse(p)).toEqual(p);
      expect(charsWidthMm(p, moduleChars(p, p.columns)), p.name).toBeLessThanOrEqual(
        p.widthMm - p.marginMm.left - p.marginMm.right,
      );
    }
    expect(linesIn(preset('a4'), 100)).toBe(Math.floor(100 / (9 * 1.5 * (25.4 / 72))));
  });
});

describe('copyfit', () => {
  it('counts lines by characters, with the 2 em indent and no mark at a line start', () => {
    expect(paragraphLines('一'.repeat(11), 13)).toBe(1);
    expect(paragraphLines('一'.repeat(12), 13)).toBe(2);
    // The comma may not start the second line: the character before it goes down with it.
    expect(paragraphLines(`${'一'.repeat(11)}，二`, 13)).toBe(2);
    expect(paragraphLines(`${'一'.repeat(11)}，`, 13)).toBe(2);
    expect(paragraphLines(`${'一'.repeat(10)}，`, 13)).toBe(1);
    // An opening quote is not left at a line's end; a number is not split.
    expect(paragraphLines(`${'一'.repeat(10)}“二”`, 13)).toBe(2);
    expect(paragraphLines(`${'一'.repeat(9)}2020年`, 13)).toBe(2);
    expect(paragraphLines(`${'一'.repeat(7)}2020年`, 13)).toBe(1);
    // Latin letters and digits are half width.
    expect(paragraphLines('2020年3月18日ABCD', 13)).toBe(1);
  });

  it('tells the overset and underset in lines and characters', () => {
    const fit = copyfit(REPORT, { chars: 13, columns: 2, linesPerColumn: 20 });
    expect(fit.linesAvailable).toBe(40);
    expect(fit.linesNeeded).toBeGreaterThan(40);
    expect(copyfitMessage(fit, '本稿在第2版')).toBe(`本稿在第2版超出 ${fit.overLines} 行，约 ${fit.overLines * 13} 字`);
    const roomy = copyfit(REPORT, { chars: 13, columns: 8, linesPerColumn: 100 });
    expect(copyfitMessage(roomy)).toBe(`尚缺 ${-roomy.overLines} 行，约 ${-roomy.overLines * 13} 字`);
  });
});

describe('print page HTML', () => {
  it('lays several modules on a page, shows an overset, and adds bleed and crop marks when asked', () => {
    const duikai = preset('duikai');
    const html = renderPages(
      [
        {
          preset: duikai,
          folio: FOLIO,
          modules: [
            { content: REPORT, span: 5, lines: 60, tier: '头条', overLines: 12 },
            { content: { ...REPORT, title: '二条稿' }, span: 3, lines: 60, tier: '二条', overLines: 0 },
          ],
        },
      ],
      '',
      { bleed: true },
    );
    expect(html).toContain('@page { size: 410mm 560mm; margin: 0; }');
    expect(html).toContain('.s0 .m0 { grid-column: 1 / span 5; grid-row: 1 / span 60; }');
    expect(html).toContain('.s0 .m1 { grid-column: 6 / span 3; grid-row: 1 / span 60; }');
    expect(html).toContain('grid-auto-rows: 13.5pt;');
    expect(html).toContain('.s0 .m1 h1 { font-size: 18pt; }');
    expect(html).toContain('<article class="module m1"><header class="headline"><h1>二条稿</h1>');
    expect(html).toContain('<p class="overset">▲ 超出 12 行</p>');
    expect(html.match(/class="overset"/g)).toHaveLength(1);
    expect(html.match(/class="mark k\d"/g)).toHaveLength(8);
    expect(html).toContain('.s0 > .bleed { left: 7mm; top: 7mm; width: 396mm; height: 546mm; }');
    expect(html).toContain('<div class="bleed"></div>');
  });

  it('sets the trim size, the folio, the headline stack and the body in columns of whole characters', () => {
    const html = renderPages([reportPage({ ...REPORT, title: '<标题> & 测试' }, preset('a4'), FOLIO)], '/* fonts */');
    expect(html).toContain('@page { size: 210mm 297mm; margin: 0; }');
    expect(html).toContain('.s0 .m0 .text { column-count: 4; column-fill: auto; }');
    expect(html).toContain('.s0 .text { column-gap: 9pt; }');
    expect(html).toContain('column-rule: 0.25pt solid #000');
    expect(html).toContain(`grid-template-columns: repeat(4, ${13 * 9}pt); grid-auto-rows: 13.5pt; column-gap: 9pt;`);
    expect(html).toContain(`width: ${55 * 9}pt`);
    expect(html).toMatch(/\.s0 \.m0 \{ grid-column: 1 \/ span 4; grid-row: 1 \/ span \d+; \}/);
    expect(html).toContain('line-break: strict');
    expect(html).toContain('text-spacing-trim: trim-start');
    expect(html).toContain('.s0 .m0 h1 { font-size: 21pt; }');
    expect(html).toContain('<h1>&lt;标题&gt; &amp; 测试</h1>');
    expect(html).toContain('<span>第2版 中原新闻</span><span>责任编辑 王五</span>');
    expect(html).toContain('<p><span class="dateline">本报讯 3月18日上午，</span>中原区委书记乔耸');
    expect(html).toContain('<p class="byline">记者 张改华<br>通讯员 木坤坤 郝欢欢</p>');
    expect(html).toContain('/* fonts */');
    expect(html).not.toMatch(/<script/i);
  });

  it("keeps the markup free of style attributes (the preview shows it under the strict CSP) and sizes headlines from the paper's 号 table", () => {
    const page = {
      preset: preset('sikai'),
      folio: FOLIO,
      modules: [{ content: REPORT, span: 6, lines: 40, tier: '头条' as const, overLines: 0 }],
    };
    const plain = layoutPages([page]);
    expect(plain.body).not.toMatch(/style=/);
    expect(plain.body).not.toMatch(/<style|<script/i);
    expect(plain.css).toContain('.s0 .m0 h1 { font-size: 21pt; }');
    expect(plain.title).toBe('第2版');
    const own = layoutPages([page], { sizes: { ...HAO_POINTS, 二号: 22 } });
    expect(own.css).toContain('.s0 .m0 h1 { font-size: 22pt; }');
  });
});
