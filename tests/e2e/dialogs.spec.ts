import { describe, expect, it } from 'vitest';
import { callBehind, forTest, e2eSetup, newBlankArticle, typeWithIme, type RunningApp } from './fixture';

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

describe('a save refused on the way out', () => {
  // Issue 17: after a refused save neither 返回稿件库 nor the top tabs responded until a reload.
  it('asks to stay, keep the text as a new article or discard it, and never strands the screen', async (ctx) => {
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await newBlankArticle(page, 'zz', '冲突稿件');
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toContain('已保存');
    // Someone else saves the same article meanwhile (another window): this page's revision is stale.
    const { items } = await callBehind<{ items: Array<{ id: string; title: string }> }>(page, 'articles.list', {});
    const id = items.find((i) => i.title === '冲突稿件')!.id;
    const theirs = await callBehind<{ revision: number }>(page, 'articles.get', { id });
    // The whole article goes as content: the channel's schema keeps the content's fields only.
    await callBehind(page, 'articles.save', {
      id,
      baseRevision: theirs.revision,
      content: { ...theirs, title: '别处改过的标题' },
    });

    await page.getByTestId('line-title').click();
    await page.keyboard.press('End');
    await typeWithIme(page, 'xg', '（修改）');
    await page.getByRole('button', { name: '稿件库', exact: true }).click();
    const ask = page.getByRole('alertdialog', { name: '未能保存' });
    await ask.waitFor();
    expect(await ask.textContent()).toContain('保存冲突');
    // 留在此处: the article stays open with the text as typed.
    await ask.getByRole('button', { name: '留在此处' }).click();
    await expect.poll(() => ask.count()).toBe(0);
    expect((await page.getByTestId('line-title').textContent())?.replaceAll('\uFEFF', '')).toBe('冲突稿件（修改）');
    // 另存为新稿并离开: the library, with the typed text kept as a new article beside the other window's.
    await page.getByRole('button', { name: '← 返回稿件库' }).click();
    await page.getByRole('alertdialog', { name: '未能保存' }).getByRole('button', { name: '另存为新稿并离开' }).click();
    await page.getByTestId('month-select').selectOption('undated');
    await page.getByRole('button', { name: '冲突稿件（修改）', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: '别处改过的标题', exact: true }).count()).toBe(1);
  });
});
