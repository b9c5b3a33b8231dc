import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { forTest, e2eSetup, type RunningApp } from './fixture';
import { ArticleStore } from '../../electron/store/article-store';
import { ArticleContentSchema } from '../../shared/model/article';

const e2e = e2eSetup('copydesk-planner-');
let app: RunningApp | null = null;

const REPORTS = (
  JSON.parse(readFileSync(join(__dirname, '../fixtures/house-format/reference-reports.json'), 'utf8')) as unknown[]
).map((r) => ArticleContentSchema.parse(r));

describe('版面 end to end', () => {
  it('plans a page: drags reports onto it, sets span, height and tier, shows the copyfit, and keeps the plan', async (ctx) => {
    const store = await ArticleStore.open({ dataDir: e2e.dataDir });
    for (const report of REPORTS.slice(0, 3)) await store.create(report);
    await store.close();
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await page.getByRole('button', { name: '版面', exact: true }).click();
    // The paper's own grid: 12 characters a column (14 would not fit the page, and is refused).
    await page.getByRole('button', { name: '版式设置' }).click();
    const presets = page.getByRole('dialog', { name: '版式设置' });
    await presets.getByLabel('对开每栏字数').fill('14');
    await presets.getByRole('button', { name: '保存版式' }).click();
    await expect.poll(() => presets.getByRole('alert').textContent()).toContain('比版心');
    await presets.getByLabel('对开每栏字数').fill('12');
    await presets.getByRole('button', { name: '保存版式' }).click();
    await presets.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: '新建一期' }).click();
    await page.getByLabel('出版日期').fill('2020-03-20');
    await page.getByLabel('第1版版名').fill('中原新闻');
    await expect.poll(() => page.getByTestId('archive-entry').count()).toBe(3);

    // Drag the lead story onto the page; add another with 加入.
    await page
      .getByTestId('archive-entry')
      .filter({ hasText: REPORTS[0]!.title })
      .dragTo(page.getByTestId('plan-page'));
    await page.getByLabel(`把“${REPORTS[2]!.title}”加入`).selectOption({ label: '第1版' });
    const placements = page.getByTestId('placement');
    await expect.poll(() => placements.count()).toBe(2);
    // The archive marks what is already on a page.
    await expect
      .poll(() =>
        page.getByTestId('archive-entry').filter({ hasText: REPORTS[2]!.title }).getByTestId('placed-on').textContent(),
      )
      .toBe('已排第1版');
    expect(await page.getByTestId('placed-on').count()).toBe(2);
    const first = placements.first();
    await expect.poll(() => first.textContent()).toContain(REPORTS[0]!.title);
    await first.getByLabel('标题级别').selectOption('头条');
    await first.getByLabel('占栏').selectOption('2');
    await first.getByLabel('行数').fill('30');
    await expect.poll(() => first.getByTestId('copyfit').textContent()).toMatch(/^本稿在第1版超出 \d+ 行，约 \d+ 字$/);
    const over = Number(/超出 (\d+) 行/.exec((await first.getByTestId('copyfit').textContent())!)![1]);
    expect(await first.getByTestId('copyfit').textContent()).toBe(`本稿在第1版超出 ${over} 行，约 ${over * 12} 字`);
    await first.getByLabel('占栏').selectOption('8');
    await first.getByLabel('行数').fill('200');
    await expect.poll(() => first.getByTestId('copyfit').textContent()).toMatch(/^本稿在第1版尚缺 \d+ 行/);
    // Reorder.
    await placements.nth(1).getByRole('button', { name: '上移' }).click();
    await expect.poll(() => placements.first().textContent()).toContain(REPORTS[2]!.title);

    // The plan is kept: back from the library, the planner is on it again; after a restart it is there as left.
    await expect.poll(() => page.getByTestId('plan-save-state').textContent()).toBe('计划已保存');
    await page.getByRole('button', { name: '稿件库', exact: true }).click();
    await page.getByRole('button', { name: '版面', exact: true }).click();
    await expect.poll(() => page.getByTestId('placement').count()).toBe(2);
    await app.restart();
    await app.page.getByRole('button', { name: '版面', exact: true }).click();
    await app.page.getByLabel('选择一期').selectOption({ index: 1 });
    const kept = app.page.getByTestId('placement');
    await expect.poll(() => kept.count()).toBe(2);
    // Titles arrive after the placements (the articles are read after the plan).
    await expect.poll(() => kept.first().textContent()).toContain(REPORTS[2]!.title);
    expect(await app.page.getByLabel('第1版版名').inputValue()).toBe('中原新闻');

    // The editor tells the same about the report it has open.
    await kept.nth(1).getByRole('button', { name: REPORTS[0]!.title }).click();
    await app.page.getByTestId('article-document').waitFor();
    await expect
      .poll(() => app!.page.getByTestId('copyfit-editor').textContent())
      .toMatch(/^本稿在第1版尚缺 \d+ 行，约 \d+ 字$/);
  });

  it('lays the reference page out on 四开 automatically, previews it as it prints, and exports the page as a print-ready PDF with progress', async (ctx) => {
    const store = await ArticleStore.open({ dataDir: e2e.dataDir });
    for (const report of REPORTS) await store.create(report);
    await store.close();
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await page.getByRole('button', { name: '版面', exact: true }).click();
    await page.getByRole('button', { name: '新建一期' }).click();
    await page.getByLabel('出版日期').fill('2020-03-20');
    await page.getByLabel('第1版版名').fill('中原新闻');
    await page.getByLabel('第1版责任编辑').fill('王五');
    await page.getByLabel('第1版版式').selectOption({ label: '四开（6 栏 × 11 字）' });
    await expect.poll(() => page.getByTestId('archive-entry').count()).toBe(6);
    // The reports in page order, the first as 头条.
    for (const report of REPORTS) await page.getByLabel(`把“${report.title}”加入`).selectOption({ label: '第1版' });
    await expect.poll(() => page.getByTestId('placement').count()).toBe(6);
    await page.getByRole('button', { name: '自动排版' }).click();
    await expect.poll(() => page.getByTestId('page-fill').textContent()).toMatch(/^本版已排 (\d+)\/\1 行$/);
    const fits = await page.getByTestId('copyfit').allTextContents();
    expect(fits).toHaveLength(6);
    for (const fit of fits) expect(fit).toMatch(/^本稿在第1版(尚缺 \d+ 行，约 \d+ 字|正好排满)$/);
    expect(await page.getByTestId('placement').first().getByLabel('标题级别').inputValue()).toBe('头条');
    // Drafts may be proofed on a page, but each says it is not signed off yet.
    expect(await page.getByTestId('not-signed').allTextContents()).toEqual(Array(6).fill('草稿，未签发'));

    // The preview is the print layout: every headline, nothing clipped in any module.
    await page.getByRole('button', { name: '预览' }).click();
    const preview = page.getByTestId('page-preview');
    await preview.waitFor();
    const shown = await preview.evaluate(async (host) => {
      await document.fonts.ready;
      const root = host.shadowRoot!;
      return {
        titles: [...root.querySelectorAll('h1')].map((h) => h.textContent),
        clipped: [...root.querySelectorAll<HTMLElement>('.text')].filter(
          (t) => t.scrollWidth > t.clientWidth + 1 || t.scrollHeight > t.clientHeight + 1,
        ).length,
        folio: root.querySelector('.folio')!.textContent,
        titleSize: getComputedStyle(root.querySelector('h1')!).fontSize,
      };
    });
    expect(shown.titles).toEqual(REPORTS.map((r) => r.title));
    expect(shown.clipped).toBe(0);
    expect(shown.folio).toBe('中原报2020年3月20日第1版 中原新闻责任编辑 王五');
    expect(shown.titleSize).toBe(`${(21 * 4) / 3}px`); // 二号 21 pt
    // Zoom: fitted to the column, the printed size (at 96 dpi), twice that, scrolling in its frame.
    const zoomed = async (label: string) => {
      await page.getByRole('group', { name: '预览缩放' }).getByRole('button', { name: label }).click();
      return preview.evaluate((host) => host.getBoundingClientRect().width);
    };
    const fitted = await zoomed('适合页面');
    expect(fitted).toBeLessThanOrEqual(560);
    const full = await zoomed('100%');
    expect(full).toBeGreaterThan(fitted);
    expect(Math.abs((await zoomed('200%')) - full * 2)).toBeLessThanOrEqual(2);
    expect(await page.getByTestId('preview-scroll').evaluate((frame) => frame.scrollWidth > frame.clientWidth)).toBe(
      true,
    );
    await zoomed('适合页面');

    // The paper calibrates 二号 as 22 pt: the preview follows.
    await page.getByRole('button', { name: '字号表' }).click();
    const sizes = page.getByRole('dialog', { name: '字号表' });
    await sizes.getByLabel('二号的磅数').fill('22');
    await sizes.getByRole('button', { name: '保存字号表' }).click();
    await sizes.waitFor({ state: 'detached' });
    await expect
      .poll(async () =>
        Math.round(
          parseFloat(
            await preview.evaluate((host) => getComputedStyle(host.shadowRoot!.querySelector('h1')!).fontSize),
          ) * 100,
        ),
      )
      .toBe(Math.round(((22 * 4) / 3) * 100));

    // 导出本版 PDF: progress, then the file.
    await expect.poll(() => page.getByTestId('plan-save-state').textContent()).toBe('计划已保存');
    await page.getByRole('button', { name: '导出本版 PDF…' }).click();
    const dialog = page.getByRole('dialog', { name: '导出 PDF' });
    await dialog.getByLabel('加 3 毫米出血和裁切线（交印刷厂）').check();
    // The page's reports are drafts: the dialog names them before anything is printed.
    await expect.poll(() => dialog.getByTestId('print-warning').textContent()).toMatch(/^请先核对：尚未签发：第1版《/);
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '仍然导出' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('中原报-2020-03-20-第1版-出血.pdf');
    expect(await dialog.getByRole('status').textContent()).toBe('已生成 1 个版的 PDF');
    expect(await dialog.getByLabel('导出进度').evaluate((p: HTMLProgressElement) => p.value === p.max)).toBe(true);
    const path = await file.path();
    const fonts = spawnSync('pdffonts', [path], { encoding: 'utf8' }).stdout;
    expect(fonts).not.toMatch(/Type 3/);
    expect(fonts).toMatch(/CID TrueType/);
    const info = spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stdout;
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    // 四开 270 × 390 mm with 10 mm of slug for the crop marks on every side.
    expect(Math.abs((Number(w) * 25.4) / 72 - 290)).toBeLessThanOrEqual(0.5);
    expect(Math.abs((Number(h) * 25.4) / 72 - 410)).toBeLessThanOrEqual(0.5);
    const text = spawnSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
    for (const report of REPORTS) expect(text).toContain(report.title.replace(/\s+/g, ''));
  });

  it('第1版 carries the paper’s 报头 set in 版式设置; other pages keep the folio line', async (ctx) => {
    const store = await ArticleStore.open({ dataDir: e2e.dataDir });
    for (const report of REPORTS.slice(0, 2)) await store.create(report);
    await store.close();
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await page.getByRole('button', { name: '版面', exact: true }).click();
    await page.getByRole('button', { name: '版式设置' }).click();
    const settings = page.getByRole('dialog', { name: '版式设置' });
    await settings.getByLabel('第1版印报头').check();
    await settings.getByLabel('报头报名').fill('中原日报');
    await settings.getByLabel('报头主办单位').fill('中共郑州市中原区委主办');
    await settings.getByLabel('报头行数').fill('14');
    await settings.getByRole('button', { name: '保存版式' }).click();
    await settings.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: '新建一期' }).click();
    await page.getByLabel('出版日期').fill('2020-03-20');
    await page.getByRole('button', { name: '加一版' }).click();
    await expect.poll(() => page.getByTestId('archive-entry').count()).toBe(2);
    await page.getByLabel(`把“${REPORTS[0]!.title}”加入`).selectOption({ label: '第1版' });
    await page.getByLabel(`把“${REPORTS[1]!.title}”加入`).selectOption({ label: '第2版' });
    // Under the masthead 第1版 holds fewer lines than 第2版 of the same 版式.
    const room = async (n: number) =>
      Number(/\/(\d+) 行/.exec((await page.getByTestId('page-fill').nth(n).textContent()) ?? '')![1]);
    await expect.poll(() => room(0)).toBeLessThan(await room(1));
    const shown = () =>
      page.getByTestId('page-preview').evaluate((host) => ({
        name: host.shadowRoot?.querySelector('.masthead-name')?.textContent ?? null,
        line: host.shadowRoot?.querySelector('.masthead-line')?.textContent ?? null,
        folio: host.shadowRoot?.querySelector('.folio') !== null,
      }));
    await page.getByTestId('plan-page').nth(0).getByRole('button', { name: '预览' }).click();
    await expect.poll(shown).toEqual({ name: '中原日报', line: '中共郑州市中原区委主办', folio: false });
    await page.getByTestId('plan-page').nth(1).getByRole('button', { name: '预览' }).click();
    await expect.poll(shown).toEqual({ name: null, line: null, folio: true });
  });
});
