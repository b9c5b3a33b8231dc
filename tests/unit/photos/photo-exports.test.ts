import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import sharp from 'sharp';
import { encodeHouseText, encodeHtml, renderDocx } from '../../../electron/services/export';
import { renderHouseText } from '../../../shared/format/house-text';
import { ArticleContentSchema, type ArticleContent } from '../../../shared/model/article';
import { creditFor, photoBlock, photoTextLine, prefilledCaption } from '../../../shared/model/photo';

const REFERENCE = (
  JSON.parse(readFileSync(join(__dirname, '../../fixtures/house-format/reference-reports.json'), 'utf8')) as unknown[]
).map((r) => ArticleContentSchema.parse(r));
const first = REFERENCE[0]!;

const INFO = { hash: 'ab'.repeat(32), format: 'jpeg' as const, width: 1600, height: 1000 };
const withPhoto: ArticleContent = {
  ...first,
  body: [first.body[0]!, photoBlock(INFO, '会议现场', creditFor('张改华', 'reporter')), ...first.body.slice(1)],
};
/** A 图片新闻: the photo and its caption are the whole story. */
const photoNews: ArticleContent = {
  ...first,
  kind: '图片新闻',
  body: [photoBlock(INFO, '3月17日，市民在新建成的口袋公园里休闲健身。', creditFor('王五'))],
  byline: { ...first.byline, layout: 'glued' },
};

const picture = () =>
  sharp({ create: { width: 1400, height: 875, channels: 3, background: '#7a5030' } })
    .jpeg()
    .toBuffer();

describe('credits and caption lines', () => {
  it('prints credits as the house does', () => {
    expect(creditFor('张改华', 'reporter')).toBe('本报记者 张改华 摄');
    expect(creditFor('李刚帅', 'correspondent')).toBe('通讯员 李刚帅 摄');
    expect(creditFor(' 王五 ')).toBe('王五 摄');
    expect(creditFor('新华社发')).toBe('新华社发');
    expect(creditFor('资料图片')).toBe('资料图片');
    expect(creditFor('本报记者 张改华 摄')).toBe('本报记者 张改华 摄');
    expect(photoTextLine('会议现场', '本报记者 张改华 摄')).toBe('[图片] 会议现场（本报记者 张改华 摄）');
    expect(photoTextLine('会议现场', '')).toBe('[图片] 会议现场');
  });

  it('starts a caption from the picture’s own, or from when and where it was taken', () => {
    const none = { caption: null, credit: null, date: null, place: null };
    expect(prefilledCaption({ ...none, caption: '会议现场', date: '2026-03-17' })).toBe('会议现场');
    expect(prefilledCaption({ ...none, date: '2026-03-07', place: '平顶山 湛河' })).toBe('3月7日，平顶山 湛河');
    expect(prefilledCaption({ ...none, date: '2026-03-07' })).toBe('3月7日');
    expect(prefilledCaption(none)).toBe('');
  });
});

describe('photos in every export', () => {
  it('house-format text writes a [图片] line where the photo stands', () => {
    const text = renderHouseText(withPhoto);
    const lines = text.split('\n\n');
    const lead = lines.findIndex((line) => line.startsWith('本报讯'));
    expect(lines[lead + 1]).toBe('[图片] 会议现场（本报记者 张改华 摄）');
    expect(encodeHouseText(withPhoto, 'gbk', true).length).toBeGreaterThan(0);
  });

  it('a 图片新闻 opens its caption with the dateline, and a glued byline stands on its own line', () => {
    const text = renderHouseText(photoNews);
    expect(text).toContain(
      '[图片] 本报讯 3月18日上午，3月17日，市民在新建成的口袋公园里休闲健身。（王五 摄）\n\n记者 张改华',
    );
  });

  it('HTML has a <figure> with the picture inlined and the caption in <figcaption>', async () => {
    const html = (await encodeHtml(withPhoto, async () => picture())).toString('utf8');
    expect(html).toMatch(
      /<figure class="photo"><img src="data:image\/jpeg;base64,[A-Za-z0-9+/=]{100,}" alt="会议现场" width="1600" height="1000"><figcaption>会议现场<span class="credit">（本报记者 张改华 摄）<\/span><\/figcaption><\/figure>/,
    );
    // The dateline still opens the first text paragraph.
    expect(html).toContain('<p><span class="dateline">本报讯 3月18日上午，</span>');
  });

  it('HTML without pictures to hand keeps no broken <img>', async () => {
    const html = (await encodeHtml(withPhoto)).toString('utf8');
    expect(html).not.toContain('<img');
  });

  it('Word embeds the picture with its caption and credit under it', async () => {
    const bytes = await renderDocx(withPhoto, async () => picture());
    const zip = await JSZip.loadAsync(bytes);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const embedded = await zip.file(media[0]!)!.async('nodebuffer');
    expect((await sharp(embedded).metadata()).width).toBe(1400);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('descr="会议现场"');
    expect(xml.indexOf('<w:drawing>')).toBeLessThan(xml.indexOf('会议现场</w:t>'));
    expect(xml).toContain('（本报记者 张改华 摄）');
  });
});
