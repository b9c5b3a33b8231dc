import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import sharp from 'sharp';
import { htmlToPdf, printFontCss } from '../../../electron/services/pdf';
import { pagesPdf } from '../../../electron/services/page-pdf';
import { Photos } from '../../../electron/services/photos';
import { PhotoStore } from '../../../electron/store/photo-store';
import { DataPaths } from '../../../electron/store/data-paths';
import { reportPage } from '../../../shared/layout/print-page';
import { BUILT_IN_PRESETS, type PageInk } from '../../../shared/layout/presets';
import { ArticleContentSchema, type ArticleContent } from '../../../shared/model/article';
import { photoBlock } from '../../../shared/model/photo';
import { tempDir } from '../../helpers/temp-dir';

const REPORT = ArticleContentSchema.parse(
  (
    JSON.parse(readFileSync(join(__dirname, '../../fixtures/house-format/reference-reports.json'), 'utf8')) as unknown[]
  )[0],
);
const SIKAI = BUILT_IN_PRESETS.find((p) => p.id === 'sikai')!;
const FOLIO = { paper: '中原报', date: '2020年3月20日', pageNumber: 1, pageName: '要闻', editor: '王五' };

/** A PDF of one 四开 page with a colour photo and a red kicker, printed 黑白 or 彩色, and the tools' readings of it. */
async function printed(ink: PageInk) {
  const { dir } = await tempDir('copydesk-plant-');
  const photos = new Photos(new PhotoStore(new DataPaths(dir), { readOnly: false }));
  const picture = await sharp({
    create: {
      width: 4000,
      height: 3000,
      channels: 3,
      background: '#c03020',
      noise: { type: 'gaussian', mean: 110, sigma: 30 },
    },
  })
    .jpeg()
    .toBuffer();
  const { info } = await photos.add(picture);
  const content: ArticleContent = {
    ...REPORT,
    body: [REPORT.body[0]!, photoBlock(info, '会议现场', '本报记者 张改华 摄'), ...REPORT.body.slice(1)],
  };
  const page = { ...reportPage(content, SIKAI, FOLIO), ink };
  const { pdf, report } = await pagesPdf([page], {
    bleed: false,
    fontCss: await printFontCss(),
    print: (html, sheet) => htmlToPdf(html, sheet),
    photos,
  });
  const file = join(dir, 'page.pdf');
  writeFileSync(file, pdf);
  const run = (cmd: string, args: string[]) =>
    execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const ink4 = run('gs', ['-q', '-o', '-', '-sDEVICE=inkcov', file]).trim().split(/\s+/).slice(0, 4).map(Number);
  // The colour space of every text run and every rule or filled shape (pictures apart).
  const spaces = [
    ...run('mutool', ['trace', file]).matchAll(/<(?:fill|stroke)_(?:text|path)\b[^>]*\bcolorspace="([^"]+)"/g),
  ].map((m) => m[1]);
  const images = run('pdfimages', ['-list', file])
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((l) => l.trim().split(/\s+/));
  const fonts = run('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
  return { pdf, report, ink: ink4, spaces, images, fonts, bytes: pdf.length };
}

describe('plant-ready page PDFs', () => {
  it('a 黑白 page uses no C, M or Y: text runs and rules DeviceGray, the photo greyscale at most 300 ppi, fonts CID TrueType', async () => {
    const result = await printed('mono');
    const [c, m, y, k] = result.ink;
    expect([c, m, y]).toEqual([0, 0, 0]);
    expect(k).toBeGreaterThan(0);
    expect(result.spaces.length).toBeGreaterThan(50);
    expect(new Set(result.spaces)).toEqual(new Set(['DeviceGray']));
    expect(result.images).toHaveLength(1);
    const [, , , width, height, color, , , , , , , xppi, yppi] = result.images[0]!;
    expect(color).toBe('gray');
    expect(Number(width)).toBeLessThan(4000);
    expect(Number(height)).toBeGreaterThan(100);
    expect(Number(xppi)).toBeLessThanOrEqual(301);
    expect(Number(yppi)).toBeLessThanOrEqual(301);
    expect(result.fonts.every((line) => line.includes('CID TrueType'))).toBe(true);
  });

  it('a 彩色 page keeps the photo in colour while its text still prints on K alone', async () => {
    const result = await printed('colour');
    const [c, m, y] = result.ink;
    expect(c! + m! + y!).toBeGreaterThan(0);
    expect(new Set(result.spaces)).toEqual(new Set(['DeviceGray']));
    expect(result.images[0]![5]).not.toBe('gray');
  });
});
