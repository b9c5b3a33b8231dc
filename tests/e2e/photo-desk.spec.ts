import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';
import sharp from 'sharp';
import { correspondentSendsTo, deskWatches, e2eSetup, forTest, twoWorkstations, typeWithIme } from './fixture';
import { EMPTY_BYLINE } from '../../shared/model/article';
import { emptyContent, plainTextToBody } from '../../shared/model/article-content';

const e2e = e2eSetup('copydesk-photo-desk-');
const TITLE = '中原区首个口袋公园开园';
const LEAD = '3月17日，中原区首个口袋公园在建设路开园，占地约两千平方米。';

const folder = (name: string) => e2e.folder(name);

const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' }).stdout;

describe('a photo from the correspondent’s camera to the plant', () => {
  it('inserted with caption and credit, submitted, received, placed and cropped on a 黑白 page, printed K only; Word and HTML show it too', async (ctx) => {
    const { share, writerDir, deskDir } = await twoWorkstations(folder, {
      ...emptyContent(),
      title: TITLE,
      dateline: { source: '本报讯', date: '2020-03-18', timeOfDay: null },
      body: plainTextToBody(LEAD),
      byline: { ...EMPTY_BYLINE, correspondents: ['张莉'] },
    });

    // The correspondent: a photo from the camera, its caption through the input method, the credit.
    const writer = await e2e.launch(forTest(ctx), { profile: { name: '张莉', role: '通讯员' } }, writerDir);
    let page = writer.page;
    const keyFile = join(await folder('keys'), 'zhangli.cdkey');
    await correspondentSendsTo(page, share, keyFile);
    await page.getByRole('button', { name: '稿件库', exact: true }).click();
    await page.getByTestId('month-select').selectOption('2020-03');
    await page.getByRole('button', { name: TITLE, exact: true }).click();
    await page.getByTestId('paragraph').first().click();
    const camera = await sharp({
      create: {
        width: 3000,
        height: 2000,
        channels: 3,
        background: '#3a6a8a',
        noise: { type: 'gaussian', mean: 120, sigma: 25 },
      },
    })
      .jpeg({ quality: 85 })
      .toBuffer();
    await page
      .getByTestId('photo-file')
      .setInputFiles({ name: 'DSC_0042.JPG', mimeType: 'image/jpeg', buffer: camera });
    const photo = page.getByTestId('photo');
    await photo.locator('img').waitFor();
    await typeWithIme(page, 'shimin', '市民在口袋公园里休闲健身。');
    await photo.getByTestId('photo-credit').click();
    const picker = page.getByRole('dialog', { name: '摄影署名' });
    await picker.getByLabel('摄影署名').fill('通讯员 张莉');
    await picker.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => photo.getByTestId('photo-credit').textContent()).toBe('（通讯员 张莉 摄）');
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^已保存/);
    await page.getByRole('button', { name: '投稿', exact: true }).click();
    await page.getByRole('button', { name: '确定投稿' }).click();
    await expect.poll(() => page.getByTestId('article-status').textContent()).toBe('已投稿');
    expect((await readdir(share)).filter((n) => n.endsWith('.cdsub'))).toHaveLength(1);

    // The desk takes it in with the photo.
    const desk = await e2e.launch(forTest(ctx), { profile: { name: '王编辑', role: '编辑' } }, deskDir);
    page = desk.page;
    await deskWatches(page, keyFile, share, /^已信任 通讯员 张莉/);
    await page.getByRole('button', { name: '稿件库', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('receipts').textContent(), { timeout: 15_000 })
      .toContain(`收到来稿《${TITLE}》（通讯员 张莉）`);
    await page.getByTestId('month-select').selectOption('2020-03');
    await page.getByRole('button', { name: TITLE, exact: true }).click();
    await page.getByTestId('photo').locator('img').waitFor();
    expect(await page.getByTestId('photo-caption').textContent()).toBe('市民在口袋公园里休闲健身。');

    // Word and HTML exports show the photo and its caption.
    await page.getByRole('button', { name: '导出…' }).click();
    let dialog = page.getByRole('form', { name: '导出' });
    await dialog.getByLabel('导出格式').selectOption('docx');
    let download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '导出' }).click();
    const docx = await JSZip.loadAsync(await readFile(await (await download).path()));
    expect(Object.keys(docx.files).filter((n) => n.startsWith('word/media/'))).toHaveLength(1);
    expect(await docx.file('word/document.xml')!.async('string')).toContain('（通讯员 张莉 摄）');
    await page.getByRole('button', { name: '导出…' }).click();
    dialog = page.getByRole('form', { name: '导出' });
    await dialog.getByLabel('导出格式').selectOption('html');
    download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '导出' }).click();
    const html = await readFile(await (await download).path(), 'utf8');
    expect(html).toMatch(
      /<figure class="photo"><img src="data:image\/jpeg;base64,[^"]+" alt="市民在口袋公园里休闲健身。"/,
    );
    expect(html).toContain(
      '<figcaption>市民在口袋公园里休闲健身。<span class="credit">（通讯员 张莉 摄）</span></figcaption>',
    );

    // The page: placed on 四开, 黑白, the photo cropped closer; its effective ppi shown and updated.
    await page.getByRole('button', { name: '← 返回稿件库' }).click();
    await page.getByRole('button', { name: '版面', exact: true }).click();
    await page.getByRole('button', { name: '新建一期' }).click();
    await page.getByLabel('出版日期').fill('2020-03-20');
    await page.getByLabel('第1版版名').fill('城区');
    await page.getByLabel('第1版版式').selectOption({ label: '四开（6 栏 × 11 字）' });
    await page.getByLabel('第1版色彩').selectOption('mono');
    await page.getByLabel(`把“${TITLE}”加入`).selectOption({ label: '第1版' });
    const box = page.getByTestId('photo-box');
    await box.waitFor();
    const ppi = async () => Number(/(\d+) ppi/.exec((await box.getByTestId('photo-ppi').textContent()) ?? '')![1]);
    const before = await ppi();
    expect(before).toBeGreaterThan(170);
    await box.getByLabel('图片1放大').selectOption('2');
    await expect.poll(ppi).toBeLessThan(before * 0.6);
    await box.getByLabel('图片1裁切左右').fill('30');
    await box.getByLabel('图片1占栏').selectOption('3');
    await expect.poll(() => box.getByTestId('photo-ppi').getAttribute('data-level')).not.toBeNull();
    await page.getByRole('button', { name: '预览' }).click();
    await expect
      .poll(() =>
        page
          .getByTestId('page-preview')
          .evaluate((host) => host.shadowRoot?.querySelector('.pframe img')?.getAttribute('src')?.slice(0, 15) ?? ''),
      )
      .toBe('data:image/jpeg');

    await expect.poll(() => page.getByTestId('plan-save-state').textContent()).toBe('计划已保存');
    await page.getByRole('button', { name: '导出本版 PDF…' }).click();
    const print = page.getByRole('dialog', { name: '导出 PDF' });
    await print.getByTestId('print-warning').waitFor();
    download = page.waitForEvent('download');
    await print.getByRole('button', { name: '仍然导出' }).click();
    const pdf = await (await download).path();
    // The photo is in it, greyscale, at most 300 ppi.
    const images = run('pdfimages', ['-list', pdf]).split('\n').slice(2).filter(Boolean);
    expect(images).toHaveLength(1);
    const columns = images[0]!.trim().split(/\s+/);
    expect(columns[5]).toBe('gray');
    expect(Number(columns[12])).toBeLessThanOrEqual(301);
    // No C, M or Y on the page; every text run and rule in DeviceGray; fonts CID TrueType.
    const [c, m, y, k] = run('gs', ['-q', '-o', '-', '-sDEVICE=inkcov', pdf]).trim().split(/\s+/).map(Number);
    expect([c, m, y]).toEqual([0, 0, 0]);
    expect(k).toBeGreaterThan(0);
    const spaces = new Set(
      [...run('mutool', ['trace', pdf]).matchAll(/<(?:fill|stroke)_(?:text|path)\b[^>]*\bcolorspace="([^"]+)"/g)].map(
        (x) => x[1],
      ),
    );
    expect(spaces).toEqual(new Set(['DeviceGray']));
    const fonts = run('pdffonts', [pdf]).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((line) => line.includes('CID TrueType'))).toBe(true);
    expect(run('pdftotext', ['-raw', pdf, '-']).replace(/\s+/g, '')).toContain('市民在口袋公园里休闲健身。');

    // The editor shows the same effective resolution where the photo is placed.
    const planned = await ppi();
    await page.getByRole('button', { name: '稿件库', exact: true }).click();
    await page.getByTestId('month-select').selectOption('2020-03');
    await page.getByRole('button', { name: TITLE, exact: true }).click();
    const placed = page.getByTestId('photo-placed-ppi');
    await expect.poll(() => placed.textContent()).toMatch(/^第1版：图片精度 \d+ ppi/);
    expect(Number(/(\d+) ppi/.exec((await placed.textContent()) ?? '')![1])).toBe(planned);
  });
});
