import { describe, expect, it } from 'vitest';
import { forTest, e2eSetup, newBlankArticle, typeWithIme, type RunningApp } from './fixture';

const e2e = e2eSetup('copydesk-dialogs-');
let app: RunningApp | null = null;

describe('dialogs in the article keep their own focus', () => {
  // Issue 17: after the first field, a click into 记者, 通讯员 or the search box sent the focus back to the
  // article and the keystrokes were lost.
  it('the byline dialog: clicking into each field and typing fills that field, not the article', async (ctx) => {
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await newBlankArticle(page, 'zz', '中原区召开会议');
    await page.getByRole('button', { name: '编辑署名' }).click();
    await page.evaluate(() => document.fonts.ready);
    for (const [label, text] of [
      ['记者', '张改华'],
      ['通讯员', '木坤坤'],
      ['摄影', '崔捷'],
    ] as const) {
      await page.getByLabel(label, { exact: true }).click();
      await typeWithIme(page, 'zz', text);
      await expect.poll(() => page.getByLabel(label, { exact: true }).inputValue()).toBe(text);
    }
    await page.getByRole('combobox', { name: '从人员库添加署名' }).click();
    await typeWithIme(page, 'zz', '张莉');
    await expect.poll(() => page.getByRole('combobox', { name: '从人员库添加署名' }).inputValue()).toBe('张莉');
    // By keyboard too: Tab goes to the next field, not to a placeholder of the article.
    await page.getByLabel('记者', { exact: true }).click();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('通讯员');
    // Nothing typed went into the article.
    expect((await page.getByTestId('line-title').textContent())?.replaceAll('\uFEFF', '')).toBe('中原区召开会议');
    await page.getByRole('button', { name: '确定' }).click();
    await expect
      .poll(() => page.getByTestId('byline-text').locator('span').allTextContents())
      .toEqual(['记者 张改华', '通讯员 木坤坤', '摄影 崔捷']);
  });
});

describe('headline lines added from the toolbar', () => {
  // Issue 17: after 加引题, text typed at once through the input method landed at the end of the body,
  // was not counted and was gone on reopening.
  it('takes text typed at once after 加引题 and 加副题 into the new line, and keeps it', async (ctx) => {
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await newBlankArticle(page, 'zz', '中原区召开会议');
    await page.keyboard.press('Enter');
    await typeWithIme(page, 'zw', '会议要求抓好落实。');
    await page.getByRole('button', { name: '加引题' }).click();
    await typeWithIme(page, 'yt', '抓防控促发展');
    await expect.poll(() => page.getByTestId('line-kicker').textContent()).toBe('抓防控促发展');
    await page.getByRole('button', { name: '加副题' }).click();
    await typeWithIme(page, 'ft', '精准助力企业');
    await expect.poll(() => page.getByTestId('line-subtitle').textContent()).toBe('精准助力企业');
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toContain('已保存');
    expect(
      (await page.getByTestId('paragraph').allTextContents()).map((t) => t.replaceAll('\uFEFF', '')).join('|'),
    ).toBe('会议要求抓好落实。');
  });
});
