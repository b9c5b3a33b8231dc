import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { forTest, e2eSetup, type RunningApp } from './fixture';
import { correspondentDocx } from '../helpers/docx-fixture';

const e2e = e2eSetup('copydesk-import-');
let app: RunningApp | null = null;

const PAGE = readFileSync(join(__dirname, '../fixtures/reference/house-format-page.txt'), 'utf8');
const TITLES = [
  '中原区召开统筹推进疫情防控工作部署会议',
  '中原区领导调研项目复工复产情况',
  '中原区领导深入开展“三送一强”活动',
  '中原区召开改进城市管理与改善人居环境工作推进会',
  '中原区召开疫情防控期间复工复产安全生产工作推进会',
  '中原区社会力量动员部召开疫情防控工作例会',
];

const cards = (page: Page) => page.getByTestId('import-report');
const titles = (page: Page) =>
  cards(page).evaluateAll((items) =>
    items.map((li) => (li.querySelector('input[aria-label$="主题"]') as HTMLInputElement).value),
  );

function visible(text: string | null): string {
  return (text ?? '').replaceAll('\uFEFF', '');
}

describe('导入 end to end', () => {
  it('pastes the reference page, reviews six reports, merges and splits, and imports the chosen ones', async (ctx) => {
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await page.getByRole('button', { name: '粘贴导入' }).click();
    await page.getByLabel('粘贴稿件文本').fill(PAGE);
    await page.getByRole('button', { name: '识别稿件' }).click();
    await expect.poll(() => titles(page)).toEqual(TITLES);
    const first = page.getByRole('listitem', { name: '第 1 篇' });
    expect(await first.getByLabel('第 1 篇副题').inputValue()).toBe('把“三送一强”落到实处 精准助力企业发展');
    expect(await page.getByRole('listitem', { name: '第 3 篇' }).getByLabel('第 3 篇引题').inputValue()).toBe(
      '想企业所想、急企业所急',
    );
    const fifth = page.getByRole('listitem', { name: '第 5 篇' });
    expect(await fifth.getByLabel('第 5 篇日').inputValue()).toBe('19');
    expect(await fifth.getByLabel('第 5 篇时段').inputValue()).toBe('');
    expect(await fifth.getByLabel('第 5 篇记者').inputValue()).toBe('张改华');
    expect(await fifth.getByLabel('第 5 篇通讯员').inputValue()).toBe('');
    expect(
      await cards(page).evaluateAll((items) =>
        items.map((li) => li.querySelectorAll('.import-paragraphs > li').length),
      ),
    ).toEqual([4, 4, 3, 3, 2, 4]);
    // The source stands beside the reports, and follows the report under review.
    expect(await page.getByRole('region', { name: '原文' }).textContent()).toContain('记者 张改华');
    await page.getByRole('listitem', { name: '第 6 篇' }).getByLabel('第 6 篇主题').focus();
    const source = page.getByTestId('import-source');
    await expect
      .poll(() =>
        source.evaluate((pane) => {
          const active = pane.querySelector('.source-line.active');
          if (!active) return false;
          const top = active.getBoundingClientRect().top - pane.getBoundingClientRect().top;
          return pane.scrollTop > 0 && top >= 0 && top < pane.clientHeight;
        }),
      )
      .toBe(true);
    await first.getByLabel('第 1 篇副题').focus();
    await expect.poll(() => source.evaluate((pane) => pane.scrollTop)).toBeLessThan(50);

    // Merge the first two, then split them again where the second one's title stood.
    await first.getByRole('button', { name: '与下一篇合并' }).click();
    await expect.poll(() => cards(page).count()).toBe(5);
    await first
      .getByRole('listitem')
      .nth(4)
      .getByRole('button', { name: /从这里拆分/ })
      .click();
    await expect.poll(() => titles(page)).toEqual(['中原区召开统筹推进疫情防控工作部署会议', ...TITLES.slice(1)]);

    // Import all but the first two, dated 2020.
    await page.getByLabel('年份').fill('2020');
    await page.getByRole('listitem', { name: '第 1 篇' }).getByRole('checkbox').uncheck();
    await page.getByRole('listitem', { name: '第 2 篇' }).getByRole('checkbox').uncheck();
    await page.getByRole('button', { name: '导入所选 4 篇' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('已导入 4 篇稿件');
    const rows = page.getByTestId('article-row');
    await expect.poll(() => rows.count()).toBe(4);
    expect(await rows.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('2020年3月19日')]));

    // The glued byline and the dateline came through to the editor.
    await page.getByRole('button', { name: TITLES[4], exact: true }).click();
    const paragraphs = page.getByTestId('paragraph');
    await expect.poll(() => paragraphs.count()).toBe(2);
    expect(visible(await paragraphs.first().textContent())).toMatch(/^本报讯 3月19日，中原区委安委办/);
    expect(await page.getByTestId('byline-text').textContent()).toBe('记者 张改华');
  });

  it('reviews web copy: furniture dropped, a report without a headline shown as such, 【编者按】 kept as text', async (ctx) => {
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    const copy = [
      '首页 > 新闻中心 > 部门动态',
      '发布时间：2024-03-19 10:22  来源：县教育局  浏览次数：352',
      '【字体：大 中 小】',
      '本报讯（记者 张改华）3月18日上午，全县教育工作会议召开。',
      '【编者按】会议表彰了一批优秀教师。',
      '打印本页 关闭窗口',
    ].join('\n');
    await page.getByRole('button', { name: '粘贴导入' }).click();
    await page.getByLabel('粘贴稿件文本').fill(copy);
    await page.getByRole('button', { name: '识别稿件' }).click();
    const card = page.getByRole('listitem', { name: '第 1 篇' });
    await expect.poll(() => card.getByRole('alert').textContent()).toContain('第 1 篇没有标题');
    expect(await cards(page).count()).toBe(1);
    expect(await card.getByLabel('第 1 篇主题').inputValue()).toBe('');
    expect(await card.getByLabel('第 1 篇记者').inputValue()).toBe('张改华');
    expect(await card.getByLabel('第 1 篇时段').inputValue()).toBe('上午');
    expect(
      await card.evaluate((li) => [...li.querySelectorAll('.import-paragraph')].map((p) => p.textContent)),
    ).toEqual(['全县教育工作会议召开。', '【编者按】会议表彰了一批优秀教师。']);

    // Importing asks for the headline first; once written, the report goes in and exports with its 【编者按】.
    await page.getByLabel('年份').fill('2024');
    await page.getByRole('button', { name: '导入所选 1 篇' }).click();
    await expect.poll(() => page.getByText('第 1 篇：没有标题').count()).toBe(1);
    await card.getByLabel('第 1 篇主题').fill('全县教育工作会议召开');
    await expect.poll(() => card.getByRole('alert').count()).toBe(0);
    await page.getByRole('button', { name: '导入所选 1 篇' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('已导入 1 篇稿件');
    await page.getByRole('button', { name: '全县教育工作会议召开', exact: true }).click();
    await expect.poll(() => page.getByTestId('paragraph').count()).toBe(2);
    expect(await page.getByTestId('placeholders-left').count()).toBe(0);
  });

  it('says where a date that does not exist is typed, and imports nothing until it is put right', async (ctx) => {
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await page.getByRole('button', { name: '粘贴导入' }).click();
    await page
      .getByLabel('粘贴稿件文本')
      .fill('全县春耕现场会召开\n本报讯 2月30日上午，全县春耕生产现场会召开。\n记者 张改华');
    await page.getByRole('button', { name: '识别稿件' }).click();
    const card = page.getByRole('listitem', { name: '第 1 篇' });
    await page.getByLabel('年份').fill('2026');
    await expect
      .poll(() => card.getByTestId('dateline-invalid').textContent())
      .toBe('2026年2月没有30日，请改正电头日期');
    await page.getByRole('button', { name: '导入所选 1 篇' }).click();
    await expect.poll(() => page.getByText('第 1 篇：2026年2月没有30日，请改正电头日期').count()).toBe(1);
    expect(await page.getByTestId('article-row').count()).toBe(0);
    await card.getByLabel('第 1 篇日').fill('28');
    await expect.poll(() => card.getByTestId('dateline-invalid').count()).toBe(0);
    await page.getByRole('button', { name: '导入所选 1 篇' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('已导入 1 篇稿件');
    await expect
      .poll(() => page.getByTestId('article-row').allTextContents())
      .toEqual([expect.stringContaining('2026年2月28日')]);
  });

  it('imports a Word file with its headings, bold, byline and its picture as a photo', async (ctx) => {
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await page.getByTestId('open-file').setInputFiles({
      name: '春季绿化.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await correspondentDocx(),
    });
    await expect.poll(() => titles(page)).toEqual(['中原区开展春季绿化活动']);
    await page.getByRole('button', { name: '导入所选 1 篇' }).click();
    await page.getByTestId('month-select').waitFor();
    await page.getByRole('button', { name: '中原区开展春季绿化活动', exact: true }).click();
    await page.getByTestId('article-document').waitFor();
    expect(await page.locator('[data-testid="paragraph"] strong').first().textContent()).toBe('中原区委书记乔耸');
    expect(visible(await page.getByTestId('subheading').textContent())).toBe('一、精心组织');
    expect(await page.getByTestId('byline-text').textContent()).toBe('通讯员 木坤坤');
    // The Word file's picture came in as a photo where it stood, before the sentence under it.
    await page.getByTestId('photo').locator('img').waitFor();
    expect(await page.getByTestId('photo').getByTestId('photo-facts').textContent()).toContain('1×1 像素');
    expect(visible(await page.getByTestId('paragraph').last().textContent())).toBe(
      '活动现场，大家挥锹铲土、扶苗培土，干劲十足。',
    );
  });

  it('refuses an empty file, a binary file, a 50 MB file, a truncated Word file and text with no report', async (ctx) => {
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    const big = join(e2e.dataDir, '..', `big-${Date.now()}.txt`);
    await writeFile(big, Buffer.alloc(50 * 1024 * 1024, 0x41));
    const docx = await correspondentDocx();
    const cases: Array<[Parameters<Page['setInputFiles']>[1], string]> = [
      [{ name: '空.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) }, '无法导入“空.txt”：文件是空的。'],
      [
        { name: '图片.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) },
        '无法导入“图片.txt”：这不是文本文件',
      ],
      [big, '文件太大（50 MB），导入最多 20 MB'],
      [
        { name: '坏的.docx', mimeType: 'application/octet-stream', buffer: docx.subarray(0, docx.length / 2) },
        '无法导入“坏的.docx”：Word 文件已损坏或不完整',
      ],
      [{ name: '聊天.txt', mimeType: 'text/plain', buffer: Buffer.from('好的，收到。\n明天见。') }, '没有识别出稿件'],
    ];
    for (const [file, message] of cases) {
      await page.getByTestId('open-file').setInputFiles(file);
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain(message);
      await alert.getByRole('button', { name: '关闭提示' }).click();
    }
    await rm(big);
    // Nothing was imported.
    expect(await page.getByTestId('article-row').count()).toBe(0);
    expect(await page.getByTestId('import-report').count()).toBe(0);
  });

  it('imports a text file dropped on the window, in GB18030', async (ctx) => {
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    const iconv = await import('iconv-lite');
    const bytes = [...iconv.encode('中原区召开部署会议\n本报讯 3月18日上午，会议召开。\n记者 张改华\n', 'gb18030')];
    await page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], '稿件.txt', { type: 'text/plain' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await expect.poll(() => titles(page)).toEqual(['中原区召开部署会议']);
    expect(await page.getByRole('status').first().textContent()).toContain('文件编码：GB18030');
    expect(await page.getByLabel('第 1 篇记者').inputValue()).toBe('张改华');
  });
});
