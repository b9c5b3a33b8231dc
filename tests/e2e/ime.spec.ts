import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ArticleStore } from '../../electron/store/article-store';
import { emptyContent, plainTextToBody } from '../../shared/model/article-content';
import { EMPTY_BYLINE, type ArticleContent } from '../../shared/model/article';
import { composeIme, e2eSetup, forSuite, placeCaret } from './fixture';

// Chinese input through an input method: pinyin composition first, then the
// committed characters, as CDP Input.imeSetComposition + Input.insertText do.
// Each case checks the page (what the editor sees) and the saved article (the
// Slate value, as stored).

const DATELINE = { source: '本报讯', date: '2020-03-18', timeOfDay: '上午' as const };
const LONG = '中原区统筹推进疫情防控和复工复产工作。'.repeat(1100); // about 20,000 characters

const SEED: Record<string, Partial<ArticleContent>> = {
  中间输入: { body: plainTextToBody('中原区委书记主持会议。') },
  空段输入: { body: plainTextToBody('第一段。') },
  加粗边界: { body: [{ type: 'paragraph', children: [{ text: '加粗', bold: true }, { text: '普通' }] }] },
  标题输入: { kicker: '', subtitle: '', body: plainTextToBody('正文。') },
  电头旁输入: { dateline: DATELINE, body: plainTextToBody('会议召开。') },
  替换选区: { body: plainTextToBody('乔耸主持召开会议。') },
  取消输入: { body: plainTextToBody('原文不变。') },
  撤销输入: { body: plainTextToBody('撤销前。') },
  输入后回车: { body: plainTextToBody('前半句后半句') },
  长稿输入: { body: plainTextToBody(`${LONG}【插入点】${LONG}`) },
};

const ids = new Map<string, string>();
const e2e = e2eSetup('copydesk-ime-', 'suite', async (dataDir) => {
  const store = await ArticleStore.open({ dataDir });
  for (const [title, content] of Object.entries(SEED)) {
    const article = await store.create({ ...emptyContent(), byline: { ...EMPTY_BYLINE }, ...content, title });
    ids.set(title, article.id);
  }
  await store.close();
});
let page: Page;

// Vitest passes fixtures first and the suite second; this hook needs only the suite.
// eslint-disable-next-line no-empty-pattern
beforeAll(async ({}, suite) => {
  page = (await e2e.launch(forSuite(suite))).page;
});

async function open(title: string): Promise<void> {
  await page.getByRole('button', { name: '稿件库', exact: true }).click();
  await page.getByTestId('month-select').selectOption(SEED[title]?.dateline ? '2020-03' : 'undated');
  await page.getByRole('button', { name: title, exact: true }).click();
  await page.getByTestId('article-document').waitFor();
}

/** Puts the caret (or a selection) in the text node of `testId` (nth) that contains `marker`, after `before` characters of it. */
const place = (testId: string, nth: number, marker: string, before: number, length = 0) =>
  placeCaret(page, testId, nth, marker, before, length);

const compose = (pinyin: string[], commit: string | null) => composeIme(page, pinyin, commit);

function visible(text: string | null): string {
  return (text ?? '').replaceAll('\uFEFF', '');
}

async function paragraphs(): Promise<string[]> {
  return (await page.getByTestId('paragraph').allTextContents()).map(visible);
}

/** Saves and reads the article back from disk: the Slate value as stored. */
async function saved(title: string) {
  await page.keyboard.press('Control+S');
  await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/已保存|第 \d+ 次修订/);
  await expect.poll(() => page.getByTestId('save-state').textContent()).not.toContain('有未保存');
  const store = await ArticleStore.open({ dataDir: e2e.dataDir, readOnly: true });
  try {
    return await store.get(ids.get(title)!);
  } finally {
    await store.close();
  }
}

const texts = (blocks: { children: { text: string }[] }[]) => blocks.map((b) => b.children.map((c) => c.text).join(''));

describe('Chinese input (IME) in the editor', () => {
  it('in the middle of text', async () => {
    await open('中间输入');
    await place('paragraph', 0, '中原区委书记', 6);
    await compose(['q', 'qiao', 'qiaos'], '乔耸');
    expect(await paragraphs()).toEqual(['中原区委书记乔耸主持会议。']);
    expect(texts((await saved('中间输入')).body)).toEqual(['中原区委书记乔耸主持会议。']);
  });

  it('at the start of an empty paragraph', async () => {
    await open('空段输入');
    await place('paragraph', 0, '第一段。', 4);
    await page.keyboard.press('Enter');
    await compose(['di', 'dier'], '第二段。');
    expect(await paragraphs()).toEqual(['第一段。', '第二段。']);
    expect(texts((await saved('空段输入')).body)).toEqual(['第一段。', '第二段。']);
  });

  it('at the end of a bold run and at the start of the next', async () => {
    await open('加粗边界');
    await place('paragraph', 0, '加粗', 2);
    await compose(['wen'], '文字');
    await place('paragraph', 0, '普通', 0);
    await compose(['xin'], '新');
    expect(await paragraphs()).toEqual(['加粗文字新普通']);
    expect(await page.locator('[data-testid="paragraph"] strong').first().textContent()).toBe('加粗文字');
    expect((await saved('加粗边界')).body[0]!.children).toEqual([{ text: '加粗文字', bold: true }, { text: '新普通' }]);
  });

  it('inside the headline lines', async () => {
    await open('标题输入');
    await page.getByTestId('line-kicker').click();
    await compose(['xiang'], '想企业所想');
    await page.getByTestId('line-subtitle').click();
    await compose(['tui'], '推动复工复产');
    await place('line-title', 0, '标题输入', 4);
    await compose(['gai'], '（改）');
    expect(visible(await page.getByTestId('line-kicker').textContent())).toBe('想企业所想');
    expect(visible(await page.getByTestId('line-title').textContent())).toBe('标题输入（改）');
    const article = await saved('标题输入（改）'.slice(0, 4));
    expect([article.kicker, article.title, article.subtitle]).toEqual(['想企业所想', '标题输入（改）', '推动复工复产']);
  });

  it('right after the dateline chip', async () => {
    await open('电头旁输入');
    await place('paragraph', 0, '会议召开。', 0);
    await compose(['zhong'], '中原区');
    expect(await paragraphs()).toEqual(['本报讯 3月18日上午，中原区会议召开。']);
    const article = await saved('电头旁输入');
    expect(article.dateline).toEqual(DATELINE);
    expect(texts(article.body)).toEqual(['中原区会议召开。']);
  });

  it('replacing a selection', async () => {
    await open('替换选区');
    await place('paragraph', 0, '主持', 0, 2);
    await compose(['zhao'], '召集');
    expect(await paragraphs()).toEqual(['乔耸召集召开会议。']);
    expect(texts((await saved('替换选区')).body)).toEqual(['乔耸召集召开会议。']);
  });

  it('a cancelled composition leaves the text as it was', async () => {
    await open('取消输入');
    await place('paragraph', 0, '原文', 2);
    await compose(['bu', 'bian'], null);
    expect(await paragraphs()).toEqual(['原文不变。']);
    await page.keyboard.type('x');
    expect(await paragraphs()).toEqual(['原文x不变。']);
  });

  it('undo after a composition takes the committed text back out', async () => {
    await open('撤销输入');
    await place('paragraph', 0, '撤销前。', 3);
    await compose(['hou'], '之后');
    expect(await paragraphs()).toEqual(['撤销前之后。']);
    await page.keyboard.press('Control+Z');
    expect(await paragraphs()).toEqual(['撤销前。']);
  });

  it('a composition followed by Enter splits the paragraph after the committed text', async () => {
    await open('输入后回车');
    await place('paragraph', 0, '前半句', 3);
    await compose(['dou'], '，');
    await page.keyboard.press('Enter');
    expect(await paragraphs()).toEqual(['前半句，', '后半句']);
    expect(texts((await saved('输入后回车')).body)).toEqual(['前半句，', '后半句']);
  });

  it('in a long article (about 40,000 characters)', async () => {
    await open('长稿输入');
    await place('paragraph', 0, '【插入点】', 5);
    await compose(['cha', 'charu'], '插入的文字');
    const [text] = await paragraphs();
    expect(text!.length).toBe(LONG.length * 2 + '【插入点】插入的文字'.length);
    expect(text!.slice(LONG.length, LONG.length + 10)).toBe('【插入点】插入的文字');
    const body = texts((await saved('长稿输入')).body);
    expect(body[0]!.slice(LONG.length, LONG.length + 10)).toBe('【插入点】插入的文字');
  });
});
