import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  renderHouseText,
  exportFileName,
  datelinePrefix,
  bylineParts,
  resolvedBylineLayout,
} from '../../../shared/format/house-text';
import { emptyContent, plainTextToBody } from '../../../shared/model/article-content';
import { ArticleContentSchema, EMPTY_BYLINE, type ArticleContent } from '../../../shared/model/article';

const FIXTURES = join(__dirname, '../../fixtures');
const PAGE = readFileSync(join(FIXTURES, 'reference/house-format-page.txt'), 'utf8').split('\n');
const REPORTS = ArticleContentSchema.array().parse(
  JSON.parse(readFileSync(join(FIXTURES, 'house-format/reference-reports.json'), 'utf8')),
);

/** Where each report stands on the reference page (1-based lines) and how many headline blocks it opens with. */
const ON_PAGE = [
  { from: 3, to: 20, headlineBlocks: 1 },
  { from: 22, to: 35, headlineBlocks: 1 },
  { from: 37, to: 47, headlineBlocks: 2 },
  { from: 49, to: 61, headlineBlocks: 1 },
  { from: 63, to: 67, headlineBlocks: 1 },
  { from: 69, to: 83, headlineBlocks: 1 },
];
const CLOSING = /[。！？…”’）]$/;

/**
 * A report's text as printed, with the PDF extraction's mid-sentence breaks
 * joined. The page has a half-width comma after every dateline (a slip); the
 * renderer always writes the full-width one, so that comma is corrected here.
 */
function printedReport(from: number, to: number, headlineBlocks: number): string {
  const blocks = PAGE.slice(from - 1, to)
    .join('\n')
    .split(/\n{2,}/)
    .filter((b) => b.trim());
  const body: string[] = [];
  for (const block of blocks.slice(headlineBlocks)) {
    const previous = body.at(-1);
    if (previous !== undefined && !CLOSING.test(previous) && !/^(记者|通讯员)/.test(block))
      body[body.length - 1] += block;
    else body.push(block);
  }
  return (
    [...blocks.slice(0, headlineBlocks), ...body].join('\n\n').replace(/^(本报讯 \d+月\d+日(?:上午|下午)?),/m, '$1，') +
    '\n'
  );
}

describe('house-format text: golden reports from the reference page', () => {
  it('has the six reports', () => {
    expect(REPORTS).toHaveLength(6);
  });
  REPORTS.forEach((report, i) => {
    const where = ON_PAGE[i]!;
    it(`report ${i + 1} (${report.title}) renders back to the page`, () => {
      expect(renderHouseText(report)).toBe(printedReport(where.from, where.to, where.headlineBlocks));
    });
  });
});

describe('house-format text: parts', () => {
  const report: ArticleContent = {
    ...emptyContent(),
    title: '中原区召开统筹推进疫情防控工作部署会议',
    subtitle: '把“三送一强”落到实处 精准助力企业发展',
    dateline: { source: '本报讯', date: '2020-03-18', timeOfDay: '上午' },
    body: plainTextToBody('中原区委书记乔耸主持召开统筹推进疫情防控工作部署会议。\n乔耸表示，要保持高度警惕。'),
    byline: { ...EMPTY_BYLINE, reporters: ['张改华'], correspondents: ['木坤坤', '郝欢欢'] },
  };

  it('puts a kicker in its own block above the title', () => {
    expect(
      renderHouseText({ ...report, kicker: '想企业所想、急企业所急', subtitle: null })
        .split('\n\n')
        .slice(0, 2),
    ).toEqual(['想企业所想、急企业所急', '中原区召开统筹推进疫情防控工作部署会议']);
  });

  it('writes the dateline without a part of day and without leading zeros', () => {
    expect(datelinePrefix({ source: '本报讯', date: '2020-03-08', timeOfDay: null })).toBe('本报讯 3月8日，');
  });

  it('sets a short byline on one line and a long one a role per line when the layout is auto', () => {
    expect(resolvedBylineLayout(report.byline)).toBe('lines');
    expect(renderHouseText(report).endsWith('\n\n记者 张改华\n通讯员 木坤坤 郝欢欢\n')).toBe(true);
    const short = { ...report.byline, correspondents: ['李刚帅'] };
    expect(resolvedBylineLayout(short)).toBe('inline');
    expect(renderHouseText({ ...report, byline: short }).endsWith('\n\n记者 张改华 通讯员 李刚帅\n')).toBe(true);
  });

  it('runs a glued byline on after the last sentence', () => {
    const glued = { ...EMPTY_BYLINE, reporters: ['张改华'], layout: 'glued' as const };
    expect(renderHouseText({ ...report, byline: glued }).endsWith('要保持高度警惕。记者 张改华\n')).toBe(true);
  });

  it('names photographers and interns with their roles', () => {
    expect(bylineParts({ ...EMPTY_BYLINE, photographers: ['刘招'], interns: ['王晓'] })).toEqual([
      '摄影 刘招',
      '实习生 王晓',
    ]);
  });

  it('makes safe file names', () => {
    expect(exportFileName({ title: '标题/含:非法*字符?', dateline: report.dateline }, 'txt')).toBe(
      '2020-03-18 标题含非法字符.txt',
    );
    expect(exportFileName({ title: '', dateline: null }, 'txt')).toBe('无标题.txt');
  });
});
