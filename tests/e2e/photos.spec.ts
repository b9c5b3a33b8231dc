import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { callBehind, dispatchPaste, e2eSetup, forSuite, newBlankArticle, typeWithIme } from './fixture';

const e2e = e2eSetup('copydesk-photos-', 'suite');
let page: Page;

// eslint-disable-next-line no-empty-pattern
beforeAll(async ({}, suite) => {
  page = (await e2e.launch(forSuite(suite))).page;
});

const jpeg = (width: number, height: number, colour = '#806040') =>
  sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();

/** Pastes one file as Chromium does (see dispatchPaste). */
async function pasteFile(name: string, type: string, bytes: Buffer): Promise<void> {
  await dispatchPaste(page, { files: [{ name, type, base64: bytes.toString('base64') }] });
}

interface Stored {
  id: string;
  body: Array<{ type: string; hash?: string; credit?: string; children: Array<{ text: string }> }>;
}

describe('photos in a report', () => {
  it('插入图片: the picture shows, the caption is typed through the input method, the credit picked, and all of it saved', async () => {
    await newBlankArticle(page, 'kouda', '口袋公园开园');
    await page.getByTestId('paragraph').first().click();
    await typeWithIme(page, 'shimin', '市民在公园里晨练。');
    await page
      .getByTestId('photo-file')
      .setInputFiles({ name: '晨练.jpg', mimeType: 'image/jpeg', buffer: await jpeg(3000, 2000) });
    const photo = page.getByTestId('photo');
    await photo.locator('img').waitFor();
    expect(await photo.locator('img').getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);
    // Loaded, not blocked by the page's CSP: the view rendition is 1000 px on its long side.
    await expect
      .poll(() => photo.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(1000);
    await expect.poll(() => photo.getByTestId('photo-facts').textContent()).toContain('3000×2000 像素');
    // The caret is in the caption: the 图片说明 is typed at once.
    await typeWithIme(page, 'chenlian', '清晨，市民在新开园的口袋公园里锻炼。');
    await expect
      .poll(() => photo.getByTestId('photo-caption').textContent())
      .toBe('清晨，市民在新开园的口袋公园里锻炼。');

    await photo.getByTestId('photo-credit').click();
    const picker = page.getByRole('dialog', { name: '摄影署名' });
    await picker.getByLabel('摄影署名').fill('本报记者 张改华');
    await picker.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => photo.getByTestId('photo-credit').textContent()).toBe('（本报记者 张改华 摄）');

    await page.keyboard.press('Control+S');
    await page
      .getByText(/已保存/)
      .first()
      .waitFor();
    const list = await callBehind<{ items: Array<{ id: string; title: string }> }>(page, 'articles.list', {
      month: 'undated',
    });
    const id = list.items.find((item) => item.title === '口袋公园开园')!.id;
    const stored = await callBehind<Stored>(page, 'articles.get', { id });
    expect(stored.body.map((b) => b.type)).toEqual(['paragraph', 'photo']);
    expect(stored.body[1]).toMatchObject({
      credit: '本报记者 张改华 摄',
      children: [{ text: '清晨，市民在新开园的口袋公园里锻炼。' }],
    });

    // Reopened, the photo is there as saved.
    await page.getByRole('button', { name: '← 返回稿件库' }).click();
    await page.getByRole('button', { name: '口袋公园开园', exact: true }).click();
    await page.getByTestId('photo').locator('img').waitFor();
    expect(await page.getByTestId('photo-caption').textContent()).toBe('清晨，市民在新开园的口袋公园里锻炼。');
  });

  it('a picture pasted from the clipboard goes in as a photo; 删除图片 takes it out again', async () => {
    await page.getByTestId('paragraph').first().click();
    await pasteFile(
      '剪贴板.png',
      'image/png',
      await sharp({ create: { width: 800, height: 600, channels: 3, background: '#335577' } })
        .png()
        .toBuffer(),
    );
    await expect.poll(() => page.getByTestId('photo').count()).toBe(2);
    // Pasted after the lead, so it is the first photo now.
    const pasted = page.getByTestId('photo').first();
    await expect.poll(() => pasted.getByTestId('photo-facts').textContent()).toContain('800×600 像素');
    await pasted.getByRole('button', { name: '删除图片' }).click();
    await expect.poll(() => page.getByTestId('photo').count()).toBe(1);
  });

  it('a picture dropped on the text goes in as a photo where it is dropped, not to the import', async () => {
    const before = await page.getByTestId('photo').count();
    const box = (await page.getByTestId('paragraph').first().boundingBox())!;
    const bytes = await jpeg(640, 480, '#556b2f');
    await page.evaluate(
      ({ x, y, data }) => {
        const target = document.elementFromPoint(x, y)!;
        const transfer = new DataTransfer();
        transfer.items.add(
          new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], '现场.jpg', { type: 'image/jpeg' }),
        );
        const init = { dataTransfer: transfer, bubbles: true, cancelable: true, clientX: x, clientY: y };
        target.dispatchEvent(new DragEvent('dragover', init));
        target.dispatchEvent(new DragEvent('drop', init));
      },
      { x: box.x + 10, y: box.y + box.height / 2, data: bytes.toString('base64') },
    );
    await expect.poll(() => page.getByTestId('photo').count()).toBe(before + 1);
    expect(await page.getByRole('heading', { name: '导入稿件' }).count()).toBe(0);
    await expect
      .poll(() => page.getByTestId('photo').first().getByTestId('photo-facts').textContent())
      .toContain('640×480 像素');
  });

  it.each([
    [
      'an SVG',
      'logo.svg',
      'image/svg+xml',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      /SVG 文件里可以带脚本/,
    ],
    [
      'an HEIC photo',
      'IMG_0001.HEIC',
      'image/heic',
      Buffer.concat([
        Buffer.from([0, 0, 0, 0x18]),
        Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'),
        Buffer.alloc(64),
      ]),
      /不支持 HEIC/,
    ],
    ['a 0-byte file', 'empty.jpg', 'image/jpeg', Buffer.alloc(0), /0 字节/],
  ])('%s is refused with a clear message, the article unchanged', async (_name, file, type, bytes, message) => {
    const before = await page.getByTestId('photo').count();
    await page.getByTestId('photo-file').setInputFiles({ name: file, mimeType: type, buffer: bytes });
    const alert = page.getByRole('alert').filter({ hasText: file });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(message);
    expect(await page.getByTestId('photo').count()).toBe(before);
    await page.getByRole('button', { name: '关闭图片提示' }).click();
  });
});
