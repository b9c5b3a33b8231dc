import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { forTest, launchApp, type RunningApp } from './fixture';
import { tempDir } from '../helpers/temp-dir';
import { ArticleStore } from '../../electron/store/article-store';
import { ArticleContentSchema } from '../../shared/model/article';

let dataDir: string;
let cleanup: () => Promise<void>;
let app: RunningApp | null = null;

beforeEach(async () => {
  ({ dir: dataDir, cleanup } = await tempDir('copydesk-planner-'));
});

afterEach(async () => {
  await app?.close();
  app = null;
  await cleanup();
});

const REPORTS = (
  JSON.parse(readFileSync(join(__dirname, '../fixtures/house-format/reference-reports.json'), 'utf8')) as unknown[]
).map((r) => ArticleContentSchema.parse(r));

describe('版面 end to end', () => {
  it('plans a page: drags reports onto it, sets span, height and tier, shows the copyfit, and keeps the plan', async (ctx) => {
    const store = await ArticleStore.open({ dataDir });
    for (const report of REPORTS.slice(0, 3)) await store.create(report);
    await store.close();
    app = await launchApp(dataDir, forTest(ctx));
    const { page } = app;
    await page.getByRole('button', { name: '版面', exact: true }).click();
    // The paper's own grid: 12 characters a column (14 would not fit the page, and is refused).
    await page.getByRole('button', { name: '版式设置' }).click();
    const presets = page.getByRole('dialog', { name: '版式设置' });
    await presets.getByLabel('对开每栏字数').fill('14');
    await presets.getByRole('button', { name: '保存版式' }).click();
    await expect.poll(() => presets.getByRole('alert').textContent()).toContain('比版心');
    await presets.getByLabel('对开每栏字数').fill('12');
    await presets.getByRole('button', { name: '保存版式' }).click();
    await presets.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: '新建一期' }).click();
    await page.getByLabel('出版日期').fill('2020-03-20');
    await page.getByLabel('第1版版名').fill('中原新闻');
    await expect.poll(() => page.getByTestId('archive-entry').count()).toBe(3);

    // Drag the lead story onto the page; add another with 加入.
    await page
      .getByTestId('archive-entry')
      .filter({ hasText: REPORTS[0]!.title })
      .dragTo(page.getByTestId('plan-page'));
    await page.getByLabel(`把“${REPORTS[2]!.title}”加入`).selectOption({ label: '第1版' });
    const placements = page.getByTestId('placement');
    await expect.poll(() => placements.count()).toBe(2);
    const first = placements.first();
    expect(await first.textContent()).toContain(REPORTS[0]!.title);
    await first.getByLabel('标题级别').selectOption('头条');
    await first.getByLabel('占栏').selectOption('2');
    await first.getByLabel('行数').fill('30');
    await expect.poll(() => first.getByTestId('copyfit').textContent()).toMatch(/^本稿在第1版超出 \d+ 行，约 \d+ 字$/);
    const over = Number(/超出 (\d+) 行/.exec((await first.getByTestId('copyfit').textContent())!)![1]);
    expect(await first.getByTestId('copyfit').textContent()).toBe(`本稿在第1版超出 ${over} 行，约 ${over * 12} 字`);
    await first.getByLabel('占栏').selectOption('8');
    await first.getByLabel('行数').fill('200');
    await expect.poll(() => first.getByTestId('copyfit').textContent()).toMatch(/^本稿在第1版尚缺 \d+ 行/);
    // Reorder.
    await placements.nth(1).getByRole('button', { name: '上移' }).click();
    await expect.poll(() => placements.first().textContent()).toContain(REPORTS[2]!.title);

    // The plan is kept: after a restart it is there as left.
    await page.waitForTimeout(800);
    await app.restart();
    await app.page.getByRole('button', { name: '版面', exact: true }).click();
    await app.page.getByLabel('选择一期').selectOption({ index: 1 });
    const kept = app.page.getByTestId('placement');
    await expect.poll(() => kept.count()).toBe(2);
    expect(await kept.first().textContent()).toContain(REPORTS[2]!.title);
    expect(await app.page.getByLabel('第1版版名').inputValue()).toBe('中原新闻');

    // The editor tells the same about the report it has open.
    await kept.nth(1).getByRole('button', { name: REPORTS[0]!.title }).click();
    await app.page.getByTestId('article-document').waitFor();
    await expect
      .poll(() => app!.page.getByTestId('copyfit-editor').textContent())
      .toMatch(/^本稿在第1版尚缺 \d+ 行，约 \d+ 字$/);
  });
});
