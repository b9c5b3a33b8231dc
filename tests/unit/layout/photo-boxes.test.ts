import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleContentSchema, type ArticleContent } from '../../../shared/model/article';
import { photoBlock } from '../../../shared/model/photo';
import { BUILT_IN_PRESETS } from '../../../shared/layout/presets';
import { columnsWidthMm, coverCrop, lineMm, photoBoxes, photoRows } from '../../../shared/layout/photo-boxes';
import { placementFit } from '../../../shared/layout/issue';
import { autoLayout } from '../../../shared/layout/auto-layout';
import { layoutPages } from '../../../shared/layout/page-html';
import { reportPage } from '../../../shared/layout/print-page';

const FOLIO = { paper: '中原报', date: '', pageNumber: 1, pageName: '', editor: '' };

const REPORT = ArticleContentSchema.parse(
  (
    JSON.parse(readFileSync(join(__dirname, '../../fixtures/house-format/reference-reports.json'), 'utf8')) as unknown[]
  )[0],
);
const SIKAI = BUILT_IN_PRESETS.find((p) => p.id === 'sikai')!;
const INFO = { hash: 'ef'.repeat(32), format: 'jpeg' as const, width: 3000, height: 2000 };
const withPhoto: ArticleContent = {
  ...REPORT,
  body: [REPORT.body[0]!, photoBlock(INFO, '会议现场', '本报记者 张改华 摄'), ...REPORT.body.slice(1)],
};

describe('photo boxes on the grid', () => {
  it('by default a photo takes the module’s width, as tall as its shape asks, with its caption under it', () => {
    const [box] = photoBoxes(withPhoto, { span: 3 }, SIKAI);
    expect(box!.columns).toBe(3);
    expect(box!.widthMm).toBeCloseTo(columnsWidthMm(SIKAI, 3));
    expect(box!.lines).toBe(Math.round((box!.widthMm * 2) / 3 / lineMm(SIKAI)));
    expect(box!.captionLines).toBe(1);
    expect(box!.placed).toBe(false);
    // The box's shape is close to the picture's, so nearly all of it shows.
    expect(box!.crop.w * box!.crop.h).toBeGreaterThan(0.9);
  });

  it('a set box and crop are kept, never wider than the module; the effective ppi follows the crop', () => {
    const crop = { x: 0.25, y: 0.25, w: 0.5, h: 0.5 };
    const [box] = photoBoxes(withPhoto, { span: 2, photos: [{ hash: INFO.hash, columns: 4, lines: 20, crop }] }, SIKAI);
    expect(box!.columns).toBe(2);
    expect(box!.lines).toBe(20);
    expect(box!.placed).toBe(true);
    expect(box!.ppi).toBeCloseTo(Math.min((0.5 * 3000) / (box!.widthMm / 25.4), (0.5 * 2000) / (box!.heightMm / 25.4)));
  });

  it('a 图片新闻’s caption opens with the dateline on the page, and counts its lines', () => {
    const news: ArticleContent = {
      ...REPORT,
      kind: '图片新闻',
      body: [photoBlock(INFO, '市民在公园里晨练。', '王五 摄')],
    };
    const [box] = photoBoxes(news, { span: 3 }, SIKAI);
    expect(box!.dateline).toBe('本报讯 3月18日上午，');
    expect(photoBoxes(withPhoto, { span: 3 }, SIKAI)[0]!.dateline).toBe('');
    const { body } = layoutPages([reportPage(news, SIKAI, FOLIO)]);
    expect(body).toContain(
      '<figcaption class="pcap"><span class="dateline">本报讯 3月18日上午，</span>市民在公园里晨练。（王五 摄）</figcaption>',
    );
  });

  it('cover crops keep the box’s shape around the focus', () => {
    const wide = coverCrop({ width: 3000, height: 1000 }, 1);
    expect([wide.x, wide.y, wide.w, wide.h].map((v) => Math.round(v * 1e6) / 1e6)).toEqual([0.333333, 0, 0.333333, 1]);
    expect(coverCrop({ width: 1000, height: 3000 }, 1, { x: 0.5, y: 0 })).toEqual({ x: 0, y: 0, w: 1, h: 1 / 3 });
  });

  it('copyfit and 自动排版 count the rows a photo takes', () => {
    const placement = { span: 3, lines: 120, tier: '普通' as const };
    const without = placementFit(REPORT, placement, SIKAI);
    const withIt = placementFit(withPhoto, placement, SIKAI);
    const rows = photoRows(photoBoxes(withPhoto, placement, SIKAI));
    // The caption is not text of the body: the same lines are needed, fewer are there.
    expect(withIt.linesNeeded).toBe(without.linesNeeded);
    expect(withIt.linesAvailable).toBe(without.linesAvailable - rows * 3);
    const plain = autoLayout([REPORT, REPORT], SIKAI);
    const pictured = autoLayout([REPORT, withPhoto], SIKAI);
    expect(pictured.linesUsed).toBeGreaterThan(plain.linesUsed);
  });
});
