import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dispatchPaste, e2eSetup, forSuite } from './fixture';

const e2e = e2eSetup('copydesk-paste-', 'suite');
let page: Page;

// Vitest passes fixtures first and the suite second; this hook needs only the suite.
// eslint-disable-next-line no-empty-pattern
beforeAll(async ({}, suite) => {
  page = (await e2e.launch(forSuite(suite))).page;
});

/** Pastes strings by type (see dispatchPaste); returns how long the editor took. */
const paste = (data: Record<string, string>) => dispatchPaste(page, { data });

async function newBlankArticle(): Promise<void> {
  await page.getByRole('button', { name: '新建稿件' }).click();
  await page.getByRole('button', { name: '空白稿件' }).click();
  await page.getByTestId('paragraph').first().click();
  // The editor has read the caret from the page's selectionchange once it says where it is.
  await page
    .getByTestId('caret')
    .filter({ hasText: /^第 \d+ 段第 0 字$/ })
    .waitFor();
}

const visible = (t: string) => t.replaceAll('\uFEFF', '');

describe('paste into the editor', () => {
  it('from Word: paragraphs, 小标题 and bold kept, nothing else', async () => {
    await newBlankArticle();
    await paste({
      'text/html':
        '<p class=MsoNormal>中原区委书记<b>乔耸</b>主持召开会议。</p><h2>一、统筹推进</h2><p class=MsoNormal><img src="x.png">区领导参加会议。<script>window.pwned=1</script></p>',
      'text/plain': '中原区委书记乔耸主持召开会议。\n一、统筹推进\n区领导参加会议。',
    });
    expect((await page.getByTestId('paragraph').allTextContents()).map(visible)).toEqual([
      '中原区委书记乔耸主持召开会议。',
      '区领导参加会议。',
    ]);
    expect(visible((await page.getByTestId('subheading').textContent()) ?? '')).toBe('一、统筹推进');
    expect(await page.locator('[data-testid="paragraph"] strong').allTextContents()).toEqual(['乔耸']);
    expect(await page.locator('[data-testid="article-document"] img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });

  it('plain text with many paragraphs (about 150,000 characters) stays responsive', async () => {
    await newBlankArticle();
    const paragraph = '中原区统筹推进疫情防控和复工复产工作，确保各项措施落实到位。'.repeat(10);
    const text = Array.from({ length: 500 }, () => paragraph).join('\n');
    const ms = await paste({ 'text/plain': text });
    expect(await page.getByTestId('paragraph').count()).toBe(500);
    console.log(`[e2e] pasting ${text.length} characters in 500 paragraphs took ${Math.round(ms)} ms`);
    expect(ms).toBeLessThan(5000);
  });

  it('a 1 MB paste is refused with a Chinese message and the article is untouched', async () => {
    await newBlankArticle();
    await page.keyboard.type('ok');
    const huge = '中原区召开会议。\n'.repeat(120_000); // about 1 MB as UTF-16 and 2.9 MB as UTF-8
    const ms = await paste({ 'text/plain': huge });
    expect(await page.getByRole('alert').textContent()).toContain('粘贴的内容过长');
    expect((await page.getByTestId('paragraph').allTextContents()).map(visible)).toEqual(['ok']);
    expect(ms).toBeLessThan(3000);
  });

  it('1 MB of Word HTML (styles on every run) is pasted as its text within a few seconds', async () => {
    await newBlankArticle();
    const run =
      '<span style="font-family:宋体;mso-ascii-font-family:Calibri;mso-hansi-font-family:Calibri;color:black;mso-bidi-font-size:10.5pt">中原区统筹推进疫情防控工作。</span>';
    const paragraph = `<p class=MsoNormal style="text-indent:21.0pt;mso-char-indent-count:2.0;line-height:150%">${run.repeat(20)}</p>`;
    const html = `<html><head><style>${'p.MsoNormal{margin:0cm;}'.repeat(200)}</style></head><body>${paragraph.repeat(Math.ceil(1_000_000 / paragraph.length))}</body></html>`;
    expect(html.length).toBeGreaterThan(1_000_000);
    const ms = await paste({ 'text/html': html, 'text/plain': '' });
    const count = await page.getByTestId('paragraph').count();
    const marks = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)])),
    );
    console.log('[e2e] paste marks', JSON.stringify(marks));
    console.log(`[e2e] pasting ${html.length} characters of Word HTML (${count} paragraphs) took ${Math.round(ms)} ms`);
    expect(count).toBe(Math.ceil(1_000_000 / paragraph.length));
    expect(visible((await page.getByTestId('paragraph').first().textContent()) ?? '')).toBe(
      '中原区统筹推进疫情防控工作。'.repeat(20),
    );
    expect(ms).toBeLessThan(5000);
  });
});
