import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { forTest, e2eSetup, type RunningApp } from './fixture';
import { ArticleStore } from '../../electron/store/article-store';
import { readDocx } from '../../electron/services/docx';
import { ArticleContentSchema } from '../../shared/model/article';
import { renderHouseText } from '../../shared/format/house-text';
import { join } from 'node:path';

const e2e = e2eSetup('copydesk-export-');
let app: RunningApp | null = null;

const REPORT = ArticleContentSchema.parse(
  (
    JSON.parse(readFileSync(join(__dirname, '../fixtures/house-format/reference-reports.json'), 'utf8')) as unknown[]
  )[0],
);

describe('导出 end to end', () => {
  it('exports house-format text in GB18030 with CRLF for 方正, and a Word file', async (ctx) => {
    const store = await ArticleStore.open({ dataDir: e2e.dataDir });
    await store.create(REPORT);
    await store.close();
    app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await page.getByRole('button', { name: REPORT.title, exact: true }).click();
    await page.getByTestId('article-document').waitFor();

    await page.getByRole('button', { name: '导出…' }).click();
    const dialog = page.getByRole('form', { name: '导出' });
    await dialog.getByLabel('文本编码').selectOption('gb18030');
    await dialog.getByLabel('换行符').selectOption('crlf');
    let download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '导出' }).click();
    let file = await download;
    expect(file.suggestedFilename()).toBe(`2020-03-18 ${REPORT.title}.txt`);
    const bytes = readFileSync(await file.path());
    expect(iconv.decode(bytes, 'gb18030')).toBe(renderHouseText(REPORT).replace(/\n/g, '\r\n'));

    await page.getByRole('button', { name: '导出…' }).click();
    await dialog.getByLabel('导出格式').selectOption('docx');
    download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '导出' }).click();
    file = await download;
    expect(file.suggestedFilename()).toBe(`2020-03-18 ${REPORT.title}.docx`);
    const { html } = await readDocx(readFileSync(await file.path()));
    expect(html).toContain('本报讯 3月18日上午，中原区委书记乔耸主持召开');
    expect(html).toContain('<p>记者 张改华</p><p>通讯员 木坤坤 郝欢欢</p>');
  });
});
