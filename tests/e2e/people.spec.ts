import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  backInText,
  forTest,
  e2eSetup,
  loadSampleDirectory,
  newBlankArticle,
  typeWithIme,
  type RunningApp,
} from './fixture';
import { renderHouseText } from '../../shared/format/house-text';
import type { ArticleContent } from '../../shared/model/article';
import { blockText } from '../../shared/model/article-content';

const e2e = e2eSetup('copydesk-people-');
let app: RunningApp | null = null;

const REFERENCE = JSON.parse(
  readFileSync(join(__dirname, '../fixtures/house-format/reference-reports.json'), 'utf8'),
) as ArticleContent[];

/**
 * The reference page's first report as the desk should print it: the page's
 * own words, with its half-width commas set full width (the dateline and the
 * list's `，以及` are printed by Copydesk, and the proofreading issue flags the
 * others; here they are typed full width like the rest).
 */
const REPORT: ArticleContent = {
  ...REFERENCE[0]!,
  body: REFERENCE[0]!.body.map((block) => ({
    ...block,
    children: block.children.map((leaf) => ({ ...leaf, text: leaf.text.replaceAll(',', '，') })),
  })),
};

/** The ten 区领导 of the first report, in the protocol order the page prints them. */
const LEADERS = ['杜建强', '薛晓军', '魏建民', '成小波', '于珊', '邵春雨', '刘斌', '王海滨', '樊立伟', '李景川'];
/** Pinyin initials an editor types to find each of them (the chair 乔耸 is picked too: the list leaves the chair out). */
const PICKS: Array<[string, string]> = [
  ['lijingchuan', '李景川'],
  ['qs', '乔耸'],
  ['whb', '王海滨'],
  ['yushan', '于珊'],
  ['djq', '杜建强'],
  ['fanlw', '樊立伟'],
  ['liubin', '刘斌'],
  ['wjm', '魏建民'],
  ['scy', '邵春雨'],
  ['xxj', '薛晓军'],
  ['cxb', '成小波'],
];
const GROUPS = ['“一办七部”负责同志', '14个街道党政正职', '14个督查组负责同志'];

/** 插入人名: searches the directory by pinyin and inserts the first match at the cursor. */
async function insertPerson(page: Page, query: string): Promise<void> {
  await page.getByRole('button', { name: '插入人名' }).click();
  await page.evaluate(() => document.fonts.ready);
  await page.getByRole('combobox', { name: '查找人员' }).fill(query);
  await page.getByRole('combobox', { name: '查找人员' }).press('Enter');
  await page.getByRole('dialog', { name: '插入人名' }).waitFor({ state: 'detached' });
  await backInText(page);
}

async function newArticle(page: Page, title: string): Promise<void> {
  await newBlankArticle(page, 'zhongyuanqu', title);
}

async function setDateline(page: Page, date: string, timeOfDay: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.getByTestId('dateline-chip').getByRole('button').click();
  await page.evaluate(() => document.fonts.ready);
  await page.getByLabel('电头日期').fill(date);
  await page.getByLabel('电头时段').selectOption(timeOfDay);
  await page.getByRole('button', { name: '确定' }).click();
  await backInText(page);
}

function visible(text: string | null): string {
  return (text ?? '').replaceAll('\uFEFF', '');
}

describe('人员库 end to end', () => {
  it('writes the reference page’s first report with every name from the directory', async (ctx) => {
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await loadSampleDirectory(page);
    // Search by initials: qs finds 乔耸.
    await page.getByLabel('搜索人员').fill('qs');
    await expect.poll(() => page.getByRole('table', { name: '人员列表' }).locator('tbody tr').count()).toBe(1);
    expect(await page.getByRole('table', { name: '人员列表' }).locator('tbody tr').textContent()).toContain('乔耸');

    await newArticle(page, REPORT.title);
    await page.getByRole('button', { name: '加副题' }).click();
    await page.getByTestId('line-subtitle').click();
    await typeWithIme(page, 'ba', REPORT.subtitle!);
    await page.getByRole('button', { name: '加电头' }).click();
    await setDateline(page, '2020-03-18', '上午');

    // The lead: the chair with the title on first mention, then the attendee list in protocol order.
    await insertPerson(page, 'qs');
    await typeWithIme(page, 'zhuchi', '主持召开统筹推进疫情防控工作部署会议。');
    await page.getByRole('button', { name: '插入名单' }).click();
    await page.evaluate(() => document.fonts.ready);
    const dialog = page.getByRole('dialog', { name: '出席名单' });
    for (const [pinyin, name] of PICKS) {
      await dialog.getByRole('combobox', { name: '添加出席人员' }).fill(pinyin);
      await expect.poll(() => dialog.getByRole('option').first().textContent()).toContain(name);
      await dialog.getByRole('combobox', { name: '添加出席人员' }).press('Enter');
    }
    await dialog.getByLabel('其他参会单位').fill(GROUPS.join('\n'));
    expect(await dialog.getByText('主持人“乔耸”已在前文出现，不列入名单。').count()).toBe(1);
    expect(await dialog.getByTestId('attendee-preview').textContent()).toBe(
      `区领导${LEADERS.join('、')}，以及${GROUPS.join('、')}`,
    );
    await dialog.getByRole('button', { name: '确定' }).click();
    await backInText(page);
    await typeWithIme(page, 'canjia', '参加会议。');

    // The other paragraphs: every 乔耸 from the directory (name alone after the first mention).
    for (const block of REPORT.body.slice(1)) {
      await page.keyboard.press('Enter');
      const parts = blockText(block).split('乔耸');
      for (const [i, part] of parts.entries()) {
        if (i > 0) await insertPerson(page, 'qiaosong');
        if (part) await typeWithIme(page, 'zz', part);
      }
    }

    // The byline from the directory: each name goes to its role by category.
    await page.getByRole('button', { name: '编辑署名' }).click();
    await page.evaluate(() => document.fonts.ready);
    for (const query of ['zgh', 'mkk', 'hhh']) {
      await page.getByRole('combobox', { name: '从人员库添加署名' }).fill(query);
      await page.getByRole('combobox', { name: '从人员库添加署名' }).press('Enter');
    }
    expect(await page.getByLabel('记者', { exact: true }).inputValue()).toBe('张改华');
    expect(await page.getByLabel('通讯员', { exact: true }).inputValue()).toBe('木坤坤 郝欢欢');
    await page.getByLabel('署名排法').selectOption('lines');
    await page.getByRole('button', { name: '确定' }).click();

    const mentions = page.getByTestId('mention');
    await expect.poll(() => mentions.allTextContents()).toEqual(['中原区委书记乔耸', '乔耸', '乔耸', '乔耸']);
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toContain('已保存');
    // Written from the directory, the report has nothing for the people checks to flag (the page's 和和 stays for the proofreader).
    await expect.poll(() => page.getByTestId('proof-panel').locator('li[data-rule="repeat.char"]').count()).toBe(1);
    expect(await page.getByTestId('proof-panel').locator('li[data-rule^="person."]').count()).toBe(0);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出…' }).click();
    await page.getByRole('form', { name: '导出' }).getByRole('button', { name: '导出' }).click();
    const text = readFileSync(await (await download).path(), 'utf8');
    expect(text).toBe(renderHouseText(REPORT));
  });

  it('shows the slips in typed names, titles and lists, and selects each in the text', async (ctx) => {
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await loadSampleDirectory(page);
    await newArticle(page, '中原区召开会议');
    await page.getByRole('button', { name: '加电头' }).click();
    await setDateline(page, '2020-03-18', '上午');
    await typeWithIme(
      page,
      'zz',
      '中原区委副书记乔耸主持召开会议。区领导薛晓军、杜建强、杜建强参加会议。桥耸表示，要抓好落实。',
    );
    const findings = page.getByTestId('proof-panel').locator('li[data-rule^="person."]');
    await expect
      .poll(() => findings.evaluateAll((items) => items.map((li) => li.getAttribute('data-rule'))))
      .toEqual(['person.title', 'person.order', 'person.name', 'person.duplicate']);
    await findings.nth(2).getByRole('button').first().click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('桥耸');
    await findings.nth(0).getByRole('button').first().click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('中原区委副书记');
  });

  it('keeps titles right across a promotion: new articles get the new title, older ones keep theirs', async (ctx) => {
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await loadSampleDirectory(page);
    await page.getByLabel('搜索人员').fill('qiaosong');
    await page.getByRole('button', { name: '编辑乔耸' }).click();
    const form = page.getByRole('form', { name: '编辑人员：乔耸' });
    await form.getByRole('button', { name: '新任职务（从今天起）' }).click();
    await form.getByLabel('职务 2').fill('郑州市副市长');
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('已保存“乔耸”');
    const row = page.getByRole('table', { name: '人员列表' }).locator('tbody tr');
    await expect.poll(() => row.first().textContent()).toContain('郑州市副市长');

    // A new article (no dateline: as of today) prints the new title …
    await newArticle(page, '乔耸调研');
    await page.getByTestId('paragraph').first().click();
    await insertPerson(page, 'qs');
    await expect.poll(() => page.getByTestId('mention').textContent()).toBe('郑州市副市长乔耸');
    // … and dated 2020-03-18, the title held that day.
    await page.getByRole('button', { name: '加电头' }).click();
    await setDateline(page, '2020-03-18', '上午');
    await expect.poll(() => page.getByTestId('mention').textContent()).toBe('中原区委书记乔耸');
    await expect
      .poll(() => page.getByTestId('paragraph').first().textContent().then(visible))
      .toBe('本报讯 3月18日上午，中原区委书记乔耸');
  });

  it('imports a GB18030 directory file, and refuses one with bad rows naming each line', async (ctx) => {
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await page.getByRole('button', { name: '人员库', exact: true }).click();
    const iconv = await import('iconv-lite');
    const good =
      '姓名,类别,职务,单位,排序,起始日期,截止日期\r\n乔耸,领导,中原区委书记,中原区,1,2019/1/1,\r\n张改华,记者,,本报,,,\r\n';
    await page.getByTestId('import-people').setInputFiles({
      name: '人员表.csv',
      mimeType: 'text/csv',
      buffer: iconv.encode(good, 'gb18030'),
    });
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('新增 2 人');
    const bad = `${good}李晓雷,书记,,中原区,2,,\r\n杜建强,领导,,中原区,三,,\r\n`;
    await page.getByTestId('import-people').setInputFiles({
      name: '有错的人员表.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${bad}`, 'utf8'),
    });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('未导入任何人员');
    expect(await alert.textContent()).toContain('第 4 行：李晓雷：类别“书记”无效');
    expect(await alert.textContent()).toContain('第 5 行：杜建强：排序“三”');
    expect(await page.getByRole('table', { name: '人员列表' }).locator('tbody tr').count()).toBe(2);
  });
});

describe('attendee lists in a template’s lead (issue 17)', () => {
  it('a list inserted with the caret clicked inside 【参会领导】 replaces it whole, and leaves out a chair typed as plain text', async (ctx) => {
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await loadSampleDirectory(page);
    await page.getByRole('button', { name: '稿件库', exact: true }).click();
    await page.getByRole('button', { name: '新建稿件' }).click();
    await page.getByRole('button', { name: '会议报道' }).click();
    await expect.poll(() => page.getByTestId('placeholders-left').textContent()).toContain('还有 9 处');
    // The chair, typed as plain text into 【主持人职务】【主持人】 (reached with Tab).
    await page.getByTestId('line-title').click();
    await page.keyboard.press('Home');
    for (const [pinyin, text] of [
      ['zhongyuanqu', '中原区'],
      ['huiyi', '工作部署会议'],
      ['quweishuji', '区委书记'],
      ['qiaosong', '乔耸'],
    ] as const) {
      await page.keyboard.press('Tab');
      await typeWithIme(page, pinyin, text);
    }
    // A click in the middle of 【参会领导】 takes the whole placeholder.
    await page.locator('[data-placeholder="true"]', { hasText: '【参会领导】' }).click();
    await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe('【参会领导】');
    await page.getByRole('button', { name: '插入名单' }).click();
    await page.evaluate(() => document.fonts.ready);
    const dialog = page.getByRole('dialog', { name: '出席名单' });
    for (const [pinyin, name] of [
      ['qs', '乔耸'],
      ['djq', '杜建强'],
    ] as const) {
      await dialog.getByRole('combobox', { name: '添加出席人员' }).fill(pinyin);
      await expect.poll(() => dialog.getByRole('option').first().textContent()).toContain(name);
      await dialog.getByRole('combobox', { name: '添加出席人员' }).press('Enter');
    }
    expect(await dialog.getByText('主持人“乔耸”已在前文出现，不列入名单。').count()).toBe(1);
    expect(await dialog.getByTestId('attendee-preview').textContent()).toBe('区领导杜建强');
    await dialog.getByRole('button', { name: '确定' }).click();
    await backInText(page);
    const lead = () => page.getByTestId('paragraph').first().textContent();
    await expect
      .poll(async () => visible(await lead()))
      .toMatch(/区委书记乔耸主持召开【会议名称】。区领导杜建强参加会议。$/);
    expect(
      await page
        .getByTestId('proof-panel')
        .getByText(/被插入的内容拆开/)
        .count(),
    ).toBe(0);
  });
});
