import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { backInText, forTest, e2eSetup, newBlankArticle, typeWithIme, type RunningApp } from './fixture';
import { ArticleStore } from '../../electron/store/article-store';
import { emptyContent, plainTextToBody } from '../../shared/model/article-content';
import { realArticleText } from '../bench/real-article';

const e2e = e2eSetup('copydesk-proof-');
let app: RunningApp | null = null;

const panel = (page: Page) => page.getByTestId('proof-panel');
const rules = (page: Page) =>
  panel(page)
    .locator('li[data-rule]')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-rule')));
const paragraphs = (page: Page) =>
  page
    .getByTestId('paragraph')
    .allTextContents()
    .then((t) => t.map((s) => s.replaceAll('\uFEFF', '')));

async function newArticle(page: Page, title: string): Promise<void> {
  await newBlankArticle(page, 'zhongyuanqu', title);
  await page.getByRole('button', { name: '加电头' }).click();
  // Into the lead, after the dateline chip.
  await page.getByTestId('paragraph').first().click();
  await page.keyboard.press('End');
  await backInText(page);
}

describe('校对 in the editor', () => {
  it('underlines slips as they are typed, fixes one, all of a rule, joins a broken line, and remembers an ignore', async (ctx) => {
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await newArticle(page, '中原区召开部署会议');
    await typeWithIme(page, 'huiyi', '会议要求,疫情防控和和其他重点工作要统筹推进,各街道要');
    await page.keyboard.press('Enter');
    await typeWithIme(page, 'luoshi', '落实属地责任。');
    await expect
      .poll(() => rules(page))
      .toEqual(['punct.halfwidth', 'punct.halfwidth', 'repeat.char', 'format.broken-line', 'format.byline']);
    expect(await page.locator('[data-testid="article-document"] .proof-error').count()).toBe(3);

    // 修正 on one finding.
    await panel(page).locator('li[data-rule="repeat.char"]').getByRole('button', { name: '修正' }).click();
    await expect.poll(() => paragraphs(page).then((p) => p[0])).toContain('疫情防控和其他重点工作');
    // 全部修正 for a rule.
    await panel(page)
      .locator('[data-rule-group="punct.halfwidth"]')
      .getByRole('button', { name: /全部修正/ })
      .click();
    await expect
      .poll(() => paragraphs(page).then((p) => p[0]))
      .toContain('会议要求，疫情防控和其他重点工作要统筹推进，各街道要');
    // A broken line: 修正 joins the two paragraphs.
    await panel(page).locator('li[data-rule="format.broken-line"]').getByRole('button', { name: '修正' }).click();
    await expect.poll(() => paragraphs(page)).toEqual([expect.stringMatching(/，各街道要落实属地责任。$/)]);
    await expect.poll(() => rules(page)).toEqual(['format.byline']);

    // 忽略 is remembered with the article, after a restart too.
    await panel(page).locator('li[data-rule="format.byline"]').getByRole('button', { name: '忽略' }).click();
    await expect.poll(() => rules(page)).toEqual([]);
    expect(await panel(page).textContent()).toContain('已忽略 1 处');
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toContain('已保存');
    await app.restart();
    await app.page.getByRole('button', { name: '中原区召开部署会议', exact: true }).click();
    await app.page.getByTestId('article-document').waitFor();
    await expect.poll(() => panel(app!.page).textContent()).toContain('已忽略 1 处');
    expect(await rules(app.page)).toEqual([]);
  });

  it('keeps the underlines still while an input method composes', async (ctx) => {
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await newArticle(page, '中原区召开部署会议');
    await typeWithIme(page, 'huiyi', '会议要求,抓好落实。');
    await expect.poll(() => page.locator('.proof-error').count()).toBe(1);
    const underlines = () =>
      page
        .locator('.proof')
        .evaluateAll((spans) => spans.map((s) => `${s.className}:${s.getAttribute('data-proof-rule')}`));
    const before = await underlines();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'zhongyuan', selectionStart: 9, selectionEnd: 9 });
    // This test is about time passing: for longer than the pause after which the text is checked
    // again, the underlines must not move. Nothing appears on the page to wait for; that is the point.
    await page.waitForTimeout(600);
    expect(await underlines()).toEqual(before);
    await cdp.send('Input.insertText', { text: '中原区,' });
    await cdp.detach();
    await expect.poll(() => page.locator('.proof-error').count()).toBe(2);
  });

  it('checks the newsroom’s own word list, edited in 词表', async (ctx) => {
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await page.getByRole('button', { name: '词表', exact: true }).click();
    await expect
      .poll(() => page.getByRole('table', { name: '词表条目' }).locator('tbody tr').count())
      .toBeGreaterThan(5);
    await page.getByRole('button', { name: '添加一条' }).click();
    const rows = page.getByRole('table', { name: '词表条目' }).locator('tbody tr');
    const last = (await rows.count()).toString();
    await page.getByLabel(`词语 ${last}`).fill('紧锣密鼓');
    await page.getByLabel(`说明 ${last}`).fill('套话，少用');
    await page.getByRole('button', { name: '保存词表' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('词表已保存');

    await newArticle(page, '中原区召开部署会议');
    await typeWithIme(page, 'jinluo', '各街道紧锣密鼓推进工作，隆重召开例会。');
    await expect
      .poll(() => panel(page).locator('li[data-rule="glossary"]').allTextContents())
      .toEqual([expect.stringContaining('套话，少用'), expect.stringContaining('例行会议不用“隆重”')]);
    expect(await page.locator('.proof-warning').count()).toBe(2);
  });

  it('reads a long article in the proofreading worker, underlining the paragraphs on screen first', async (ctx) => {
    const store = await ArticleStore.open({ dataDir: e2e.dataDir });
    await store.create({ ...emptyContent(), title: '长稿校对', body: plainTextToBody(realArticleText(60_000)) });
    await store.close();
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    // The worker's script is held back until the first screen has its underlines.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    await page.route(/proof-worker-[^/]*\.js$/, async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    await page.getByTestId('month-select').selectOption('undated');
    await page.getByRole('button', { name: '长稿校对', exact: true }).click();
    // The lead (imported copy's half-width commas) is underlined while the whole is still being read.
    await page.getByTestId('paragraph').first().locator('[data-proof-rule="punct.halfwidth"]').first().waitFor();
    expect(await panel(page).locator('h2').textContent()).toBe('校对：正在通读全文…');
    expect(asked).toBe(true);
    release();
    await expect.poll(() => panel(page).locator('h2').textContent(), { timeout: 60_000 }).toMatch(/^校对：\d+ 处/);
    expect(await panel(page).getAttribute('aria-busy')).toBe('false');
    // The whole article was read: the last paragraph with a half-width comma is underlined too.
    const lastSlip = await page
      .getByTestId('paragraph')
      .evaluateAll((ps) => ps.map((p) => p.textContent ?? '').findLastIndex((t) => t.includes(',')));
    expect(lastSlip).toBeGreaterThan(100);
    const paragraph = page.getByTestId('paragraph').nth(lastSlip);
    await paragraph.scrollIntoViewIfNeeded();
    await paragraph.locator('[data-proof-rule="punct.halfwidth"]').first().waitFor();
  });
});
