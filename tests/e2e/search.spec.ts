import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleStore } from '../../electron/store/article-store';
import { emptyContent, plainTextToBody } from '../../shared/model/article-content';
import type { Article, ArticleContent, ArticleStatus } from '../../shared/model/article';
import { todayIso } from '../../shared/model/date';
import { forTest, e2eSetup, typeWithIme } from './fixture';

const TODAY = todayIso();
const PAGE = readFileSync(join(__dirname, '../fixtures/reference/house-format-page.txt'), 'utf8');
const OLD_REPORT =
  '区河长办负责人带队沿河巡查，逐段察看河道保洁、排污口整治和护岸修复情况。\n巡查组要求各街道落实河长巡河制度，发现问题当天交办、限期整改，确保河道水清岸绿。';

/** The archive the tests search: reports with and without the term, of different dates, statuses and origins. */
async function seed(dataDir: string): Promise<void> {
  const store = await ArticleStore.open({ dataDir });
  const make = (title: string, date: string, body: string, reporters: string[] = ['张改华']): ArticleContent => ({
    ...emptyContent(),
    title,
    dateline: { source: '本报讯', date, timeOfDay: '上午' },
    body: plainTextToBody(body),
    byline: { ...emptyContent().byline, reporters },
  });
  const step = async (article: Article, to: ArticleStatus) =>
    store.transition(article.id, to, (current) => ({
      at: new Date().toISOString(),
      by: '测试',
      role: '编辑',
      action: '送签',
      from: current.status,
      to,
      note: '',
    }));
  const pending = await store.create(
    make('三送一强工作推进会召开', TODAY, '会议部署三送一强工作。\n各街道要把三送一强落到实处。'),
  );
  await step(await step(pending, 'editing'), 'pending');
  await store.create(make('区领导调研企业复工', '2020-05-01', '调研中强调，三送一强要见实效。'));
  await store.create(make('社区开展垃圾分类宣传', '2020-05-02', '志愿者走进小区讲解分类知识。'));
  const submitted = await store.createSubmitted(
    '1a2b3c4d5e6f7g8h9i0j',
    make('街道举办三送一强政策宣讲', TODAY, '宣讲会上，工作人员解读三送一强惠企政策。', []),
    {
      submissionId: 'e2e-1',
      sender: { name: '张莉', role: '通讯员', fingerprint: 'SHA256:test' },
      sentAt: new Date().toISOString(),
      receivedAt: new Date().toISOString(),
      firstSight: false,
      sourceId: '0000000000000000aa',
    },
    {
      at: new Date().toISOString(),
      by: '张莉',
      role: '通讯员',
      action: '投稿',
      from: 'draft',
      to: 'submitted',
      note: '',
    },
  );
  await step(await step(submitted, 'editing'), 'pending');
  const old = await store.create(make('区河长办开展汛前巡河', '2019-06-10', OLD_REPORT));
  await step(old, 'editing');
  const again = await store.create(make('河长巡河见实效', TODAY, OLD_REPORT));
  await step(again, 'editing');
  await store.close();
}

const e2e = e2eSetup('copydesk-e2e-search-', 'test', seed);

describe('稿件库检索 end to end', () => {
  it('finds every report with a term, narrows by filters with counts, opens one on its hit and F3 moves on', async (ctx) => {
    const app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await page.keyboard.press('Control+Shift+F');
    const field = page.getByRole('searchbox', { name: '检索稿件库' });
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await typeWithIme(page, 'sansongyiqiang', '三送一强');
    const hits = page.getByTestId('search-hit');
    await expect.poll(() => page.getByTestId('search-summary').textContent()).toContain('找到 3 篇');
    expect(await hits.count()).toBe(3);
    // Title hits first, every hit marked.
    expect(await hits.first().textContent()).toContain('三送一强');
    expect(await page.locator('.search-results mark').first().textContent()).toBe('三送一强');
    // The 待签发 choice says how many it would give, then narrows the results.
    const pendingBox = page.getByRole('checkbox', { name: /待签发/ });
    expect(await page.getByText(/待签发（2）/).count()).toBe(1);
    await pendingBox.check();
    await expect.poll(() => page.getByTestId('search-summary').textContent()).toContain('找到 2 篇');
    await page.getByRole('checkbox', { name: /通讯员投稿/ }).check();
    await expect.poll(() => page.getByTestId('search-summary').textContent()).toContain('找到 1 篇');
    expect(await hits.first().textContent()).toContain('街道举办三送一强政策宣讲');
    await page.getByRole('checkbox', { name: /通讯员投稿/ }).uncheck();
    await pendingBox.uncheck();
    await page.getByRole('radio', { name: /本周/ }).check();
    await expect.poll(() => page.getByTestId('search-summary').textContent()).toContain('找到 2 篇');
    await page.getByRole('radio', { name: '不限' }).check();
    await expect.poll(() => page.getByTestId('search-summary').textContent()).toContain('找到 3 篇');

    // Enter opens the first result with its first hit selected; F3 goes to the next.
    await hits.first().getByRole('button').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('查找内容').inputValue()).toBe('三送一强');
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('三送一强');
    const firstAt = await page.evaluate(() => window.getSelection()?.anchorNode?.textContent);
    await page.keyboard.press('F3');
    await expect
      .poll(async () => {
        const selection = await page.evaluate(() => [
          window.getSelection()?.toString(),
          window.getSelection()?.anchorNode?.textContent,
        ]);
        return selection[0] === '三送一强' && selection[1] !== firstAt;
      })
      .toBe(true);
  });

  it('saves a search with its filters and shows its live count in the sidebar, across a restart', async (ctx) => {
    const app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await page.getByRole('radio', { name: /本周/ }).check();
    await page.getByRole('checkbox', { name: /通讯员投稿/ }).check();
    await page.getByRole('checkbox', { name: /待签发/ }).check();
    await expect.poll(() => page.getByTestId('search-summary').textContent()).toContain('找到 1 篇');
    await page.getByRole('button', { name: '保存检索' }).click();
    await page.getByLabel('检索名称').fill('本周通讯员待签发');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    const saved = page.getByRole('navigation', { name: '保存的检索' });
    await expect.poll(() => saved.textContent()).toContain('本周通讯员待签发（1）');
    await app.restart();
    const again = app.page.getByRole('navigation', { name: '保存的检索' });
    await expect.poll(() => again.textContent()).toContain('本周通讯员待签发（1）');
    await again.getByRole('button', { name: '本周通讯员待签发', exact: true }).click();
    await expect.poll(() => app.page.getByTestId('search-summary').textContent()).toContain('找到 1 篇');
  });

  it('says so for an empty or unusable query instead of listing anything', async (ctx) => {
    const app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await page.getByRole('searchbox', { name: '检索稿件库' }).fill('-三送一强');
    await expect.poll(() => page.getByTestId('search-summary').textContent()).toContain('只有排除的词');
    await page.getByRole('searchbox', { name: '检索稿件库' }).fill('"三送一强');
    await expect.poll(() => page.getByTestId('search-summary').textContent()).toContain('找到 3 篇');
    expect(await page.getByText('引号不成对').count()).toBe(1);
  });

  it('shows a re-submitted old report as 重稿 at 送签, side by side, and goes on only when asked', async (ctx) => {
    const app = await e2e.launch(forTest(ctx));
    const { page } = app;
    await page.getByRole('searchbox', { name: '检索稿件库' }).fill('河长巡河见实效');
    await page.getByTestId('search-hit').first().locator('[data-result]').click();
    await page.getByRole('button', { name: '送签' }).click();
    const warning = page.getByRole('alertdialog', { name: '重稿提示' });
    await expect.poll(() => warning.textContent()).toContain('区河长办开展汛前巡河');
    expect(Number(/重合 (\d+)%/.exec((await warning.textContent()) ?? '')?.[1])).toBeGreaterThanOrEqual(80);
    await warning.getByRole('button', { name: '对比' }).click();
    await page.getByRole('dialog', { name: '相似稿件' }).getByRole('button', { name: '区河长办开展汛前巡河' }).click();
    await expect.poll(() => page.getByTestId('similar-compare').locator('mark').count()).toBeGreaterThan(0);
    await page.getByRole('dialog', { name: '相似稿件' }).getByRole('button', { name: '关闭' }).click();
    expect(await page.getByTestId('article-status').textContent()).toContain('编辑中');
    await warning.getByRole('button', { name: '仍然送签' }).click();
    await expect.poll(() => page.getByTestId('article-status').textContent()).toContain('待签发');
  });
});

describe('重稿 in the import review', () => {
  const fresh = e2eSetup('copydesk-e2e-reimport-');
  it('marks the reports of a page imported before and leaves them unselected', async (ctx) => {
    const app = await fresh.launch(forTest(ctx));
    const { page } = app;
    const paste = async () => {
      await page.getByRole('button', { name: '粘贴导入' }).click();
      await page.getByLabel('粘贴稿件文本').fill(PAGE);
      await page.getByRole('button', { name: '识别稿件' }).click();
      await expect.poll(() => page.getByTestId('import-report').count()).toBe(6);
    };
    await paste();
    expect(await page.getByTestId('import-duplicate').count()).toBe(0);
    await page.getByRole('button', { name: '导入所选 6 篇' }).click();
    await expect.poll(() => page.getByTestId('article-row').count()).toBe(6);
    await paste();
    await expect.poll(() => page.getByTestId('import-duplicate').count()).toBe(6);
    expect(await page.getByTestId('import-duplicate').first().textContent()).toContain('稿件库中已有');
    await expect.poll(() => page.getByRole('button', { name: /导入所选 0 篇/ }).count()).toBe(1);
  });
});
