import { describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { forTest, e2eSetup, newBlankArticle, typeWithIme, type RunningApp } from './fixture';

const e2e = e2eSetup('copydesk-e2e-');
let app: RunningApp | null = null;

/** What the reader sees of an editor element: its text without Slate's zero-width placeholders. */
function visibleText(text: string | null): string {
  return (text ?? '').replaceAll('\uFEFF', '');
}

/** Writes a report the way an editor does: title, dateline, body lines, all through the input method. */
async function writeArticle(app: RunningApp, title: { pinyin: string; text: string }, body: string) {
  const { page } = app;
  await newBlankArticle(page, title.pinyin, title.text);
  await page.getByRole('button', { name: '加电头' }).click();
  // The chip's characters may need a font subset that is still loading: wait until it is laid out.
  await page.evaluate(() => document.fonts.ready);
  const leadBox = () => page.getByTestId('paragraph').first().boundingBox();
  const before = await leadBox();
  await page.getByTestId('dateline-chip').getByRole('button').click();
  // The picker's labels may need font subsets that load on first use; let them lay out before clicking.
  await page.evaluate(() => document.fonts.ready);
  // It opens over the text beside the chip: the lead does not move or grow (issue 17).
  await page.getByLabel('电头日期').waitFor();
  expect(await leadBox()).toEqual(before);
  await page.getByLabel('电头日期').fill('2020-03-18');
  await page.getByLabel('电头时段').selectOption('上午');
  // 确定 puts the cursor at the end of the lead.
  await page.getByRole('button', { name: '确定' }).click();
  await expect.poll(() => page.getByTestId('dateline-chip').textContent()).toContain('3月18日上午');
  const lines = body.split('\n');
  for (const [i, line] of lines.entries()) {
    await typeWithIme(page, 'zz', line);
    if (i < lines.length - 1) await page.keyboard.press('Enter');
  }
}

describe('稿件库 end to end', () => {
  it('creates an article with Chinese input, saves with Ctrl+S, and finds it again after a restart', async (ctx) => {
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    const title = '中原区召开统筹推进疫情防控工作部署会议';
    const body = '中原区委书记乔耸主持召开统筹推进疫情防控工作部署会议。\n区领导杜建强、薛晓军参加会议。';
    await writeArticle(app, { pinyin: 'zhongyuanqu', text: title }, body);
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toContain('已保存');
    // Every character here is a Han character or a full-width mark, so 字数 is the character count.
    expect(await page.getByTestId('word-count').textContent()).toBe(
      `字数 ${title.length + body.replace('\n', '').length}`,
    );

    await app.restart();
    const row = app.page.getByTestId('article-row');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.first().textContent()).toContain('中原区召开统筹推进疫情防控工作部署会议');
    expect(await row.first().textContent()).toContain('2020年3月18日');
    expect(await row.first().textContent()).toContain('草稿');
    await row.first().getByRole('button').click();
    const paragraphs = app.page.getByTestId('paragraph');
    await expect
      .poll(() => paragraphs.allTextContents().then((t) => t.map(visibleText)))
      .toEqual([
        '本报讯 3月18日上午，中原区委书记乔耸主持召开统筹推进疫情防控工作部署会议。',
        '区领导杜建强、薛晓军参加会议。',
      ]);
    expect(visibleText(await app.page.getByTestId('line-title').textContent())).toBe(title);
  });

  it('deletes to the 回收站 and restores', async (ctx) => {
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await writeArticle(app, { pinyin: 'ceshi', text: '测试稿件' }, '正文一段。');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByTestId('save-state').textContent()).toContain('已保存');
    await page.getByRole('button', { name: '删除' }).click();
    await expect.poll(() => page.getByTestId('empty-list').count()).toBe(1);
    // 删除 asks nothing because it can be undone: 撤销 brings the article straight back.
    const notice = page.getByTestId('deleted-notice');
    expect(await notice.textContent()).toContain('已将《测试稿件》移到回收站。');
    await notice.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => page.getByTestId('article-row').count()).toBe(1);
    expect(await notice.count()).toBe(0);
    await page.getByRole('button', { name: '测试稿件', exact: true }).click();
    await page.getByRole('button', { name: '删除' }).click();
    await expect.poll(() => page.getByTestId('empty-list').count()).toBe(1);
    await page.getByRole('button', { name: '回收站' }).click();
    await expect.poll(() => page.getByTestId('article-row').count()).toBe(1);
    await page.getByRole('button', { name: '恢复' }).click();
    await expect.poll(() => page.getByTestId('article-row').count()).toBe(0);
    await page.getByRole('button', { name: '稿件库' }).click();
    await expect.poll(() => page.getByTestId('article-row').count()).toBe(1);
  });

  it('a damaged catalog file is reported in Chinese and the articles are still listed', async (ctx) => {
    app = await e2e.launch(forTest(ctx));
    await writeArticle(app, { pinyin: 'sunhuai', text: '损坏测试' }, '正文。');
    await app.page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => app!.page.getByTestId('save-state').textContent()).toContain('已保存');
    await app.restart(); // folds the catalog journal into the month file on close
    expect(await readdir(join(e2e.dataDir, 'catalog'))).toContain('2020-03.json');
    await app.close();
    await writeFile(join(e2e.dataDir, 'catalog', '2020-03.json'), '{"schemaVersion":2,"ent');
    app = await e2e.launch(forTest(ctx));
    await expect.poll(() => app!.page.getByTestId('article-row').count()).toBe(1);
    expect(await app.page.getByRole('status').textContent()).toContain('稿件目录文件已损坏');
  });

  it('refuses a huge paste with a clear Chinese message and loses nothing typed', async (ctx) => {
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await page.getByRole('button', { name: '新建稿件' }).click();
    await page.getByRole('button', { name: '空白稿件' }).click();
    await page.getByTestId('paragraph').first().click();
    // A huge paste is refused before it reaches the store, and nothing typed is lost.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.insertText', { text: '中'.repeat(200_001) });
    await cdp.detach();
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('稿件过长');
    expect(visibleText(await page.getByTestId('paragraph').first().textContent()).length).toBe(200_001);
  });

  it('text typed up to a moment before a crash is recovered, and the editor is told', async (ctx) => {
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await newBlankArticle(page, 'beng', '崩溃测试');
    await page.getByTestId('paragraph').first().click();
    // Type, and kill the host as soon as the crash journal holds the text, before the autosave after the pause.
    const typed = '中原区统筹推进疫情防控工作部署会议召开';
    // One commit: typed character by character, a loaded machine can reach the autosave after a pause mid-way.
    await typeWithIme(page, 'zhongyuanqu', typed);
    const journal = async () => {
      const dir = join(e2e.dataDir, 'drafts');
      const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.json'));
      return (await Promise.all(names.map((n) => readFile(join(dir, n), 'utf8').catch(() => '')))).join('');
    };
    // The journal is written by the services after the renderer's debounce: allow for a loaded machine.
    await expect.poll(journal, { interval: 25, timeout: 10_000 }).toContain(typed);
    expect(await page.getByTestId('save-state').textContent()).toBe('有未保存的修改');
    await app.crashAndRestart();
    await app.page.getByTestId('month-select').selectOption('undated');
    // The crash came before any autosave, so the list still has the untitled draft.
    await app.page.getByTestId('article-row').first().getByRole('button').click();
    expect(await app.page.getByTestId('recovered').textContent()).toContain('已恢复上次未保存的内容');
    expect(visibleText(await app.page.getByTestId('line-title').textContent())).toBe('崩溃测试');
    expect(visibleText(await app.page.getByTestId('paragraph').first().textContent())).toBe(typed);
  });

  it('writes a meeting report from the 会议报道 template in Chinese and exports exactly the house format', async (ctx) => {
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await page.getByRole('button', { name: '新建稿件' }).click();
    await page.getByRole('button', { name: '会议报道' }).click();
    await expect.poll(() => page.getByTestId('placeholders-left').textContent()).toContain('还有 9 处');
    expect(await page.locator('[data-placeholder="true"]').count()).toBe(9);
    await page.getByTestId('line-title').click();
    await page.keyboard.press('Home');
    const fills: Array<[string, string]> = [
      ['zhongyuanqu', '中原区'],
      ['tongchou', '统筹推进疫情防控工作部署会议'],
      ['quweishuji', '中原区委书记'],
      ['qiaosong', '乔耸'],
      ['tongchou', '统筹推进疫情防控工作部署会议'],
      ['qulingdao', '区领导杜建强、薛晓军'],
    ];
    for (const [pinyin, text] of fills) {
      await page.keyboard.press('Tab');
      await typeWithIme(page, pinyin, text);
    }
    expect(visibleText(await page.getByTestId('line-title').textContent())).toBe(
      '中原区召开统筹推进疫情防控工作部署会议',
    );
    const lead = visibleText(await page.getByTestId('paragraph').first().textContent());
    expect(lead).toMatch(
      /^本报讯 \d+月\d+日，中原区委书记乔耸主持召开统筹推进疫情防控工作部署会议。区领导杜建强、薛晓军参加会议。$/,
    );
    await expect.poll(() => page.getByTestId('placeholders-left').textContent()).toContain('还有 3 处');
    await page.getByRole('button', { name: '导出…' }).click();
    await page.getByRole('form', { name: '导出' }).getByRole('button', { name: '导出' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('稿件中还有 3 处模板占位符未填写（【汇报内容】、【主持人】、【讲话要点】）');

    // Back into the document (from the top), fill the rest, sign it, and get exactly the house format back.
    await page.getByTestId('line-title').click();
    await page.keyboard.press('Home');
    for (const [pinyin, text] of [
      ['gezhen', '各街道疫情防控工作情况汇报'],
      ['qiaosong', '乔耸'],
      ['yao', '要做好内防扩散、外防输入两项任务'],
    ] as const) {
      await page.keyboard.press('Tab');
      await typeWithIme(page, pinyin, text);
    }
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await page.getByRole('button', { name: '编辑署名' }).click();
    await page.evaluate(() => document.fonts.ready);
    await page.getByLabel('记者', { exact: true }).fill('张改华');
    await page.getByLabel('通讯员', { exact: true }).fill('木坤坤 郝欢欢');
    await page.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => page.getByTestId('placeholders-left').count()).toBe(0);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出…' }).click();
    await page.getByRole('form', { name: '导出' }).getByRole('button', { name: '导出' }).click();
    const file = await (await download).path();
    const text = readFileSync(file, 'utf8');
    const date = /^本报讯 (\d+月\d+日)，/m.exec(text)?.[1];
    expect(text).toBe(
      [
        '中原区召开统筹推进疫情防控工作部署会议',
        `本报讯 ${date}，中原区委书记乔耸主持召开统筹推进疫情防控工作部署会议。区领导杜建强、薛晓军参加会议。`,
        '会议听取了各街道疫情防控工作情况汇报。',
        '乔耸强调，要做好内防扩散、外防输入两项任务。',
        '记者 张改华\n通讯员 木坤坤 郝欢欢',
      ].join('\n\n') + '\n',
    );
  });
});
