import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { servicesPerTest, type TestServices } from '../../helpers/services';
import { chromiumPrinter } from '../../../electron/services/pdf';
import type { PdfPrinter } from '../../../electron/services/print-jobs';
import { ArticleContentSchema } from '../../../shared/model/article';
import type { PrintJobStatus } from '../../../shared/ipc/contract';

const REPORTS = (
  JSON.parse(readFileSync(join(__dirname, '../../fixtures/house-format/reference-reports.json'), 'utf8')) as unknown[]
).map((r) => ArticleContentSchema.parse(r));

/** An issue of `pages` 四开 pages with three reference reports each. */
async function planIssue(app: TestServices, pages: number) {
  const ids: string[] = [];
  for (const report of REPORTS) ids.push((await app.client.call('articles.create', report)).id);
  return app.client.call('issues.save', {
    date: '2020-03-20',
    number: 12,
    totalNumber: 3456,
    paper: '中原报',
    pages: Array.from({ length: pages }, (_, p) => ({
      number: p + 1,
      name: '中原新闻',
      editor: '王五',
      presetId: 'sikai',
      placements: ids.slice((p % 2) * 3, (p % 2) * 3 + 3).map((articleId, i) => ({
        articleId,
        span: [6, 3, 3][i]!,
        lines: [20, 45, 45][i]!,
        tier: (['头条', '二条', '普通'] as const)[i]!,
      })),
    })),
  });
}

async function settle(app: TestServices, jobId: string, seen: PrintJobStatus[] = []): Promise<PrintJobStatus> {
  for (;;) {
    const status = await app.client.call('print.status', { jobId });
    seen.push(status);
    if (status.state !== 'running') return status;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('print jobs with the system Chromium', () => {
  const app = servicesPerTest({ printer: chromiumPrinter() });

  it('prints a whole issue to one PDF in the background, reporting progress, and hands the file out once', async () => {
    const issue = await planIssue(app, 2);
    const { jobId } = await app.client.call('print.start', { issueId: issue.id });
    const seen: PrintJobStatus[] = [];
    const end = await settle(app, jobId, seen);
    expect(end).toEqual({ state: 'done', done: 3, total: 3, message: '已生成 2 个版的 PDF' });
    expect(seen.some((s) => s.state === 'running' && s.message === '正在生成 PDF…')).toBe(true);
    const result = await app.client.call('print.result', { jobId });
    expect(result.fileName).toBe('中原报-2020-03-20-第1、2版.pdf');
    expect(result.mimeType).toBe('application/pdf');
    const pdf = Buffer.from(result.data, 'base64').toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf).toMatch(/\/Count 2\b/);
    expect(pdf).not.toContain('/Type3');
    // Handed out once.
    expect(await app.call('print.result', { jobId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  }, 120_000);

  it('prints one page with bleed', async () => {
    const issue = await planIssue(app, 2);
    const { jobId } = await app.client.call('print.start', {
      issueId: issue.id,
      pages: [2],
      bleed: true,
    });
    expect((await settle(app, jobId)).state).toBe('done');
    const result = await app.client.call('print.result', { jobId });
    expect(result.fileName).toBe('中原报-2020-03-20-第2版-出血.pdf');
    const pdf = Buffer.from(result.data, 'base64').toString('latin1');
    const box = /\/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf)!;
    expect(Number(box[1]) * (25.4 / 72)).toBeCloseTo(290, 0);
    expect(Number(box[2]) * (25.4 / 72)).toBeCloseTo(410, 0);
  }, 120_000);

  it('a placed article that is gone fails the job with the page named, and nothing is handed out', async () => {
    const issue = await planIssue(app, 1);
    const saved = await app.client.call('issues.get', {
      id: issue.id,
    });
    await app.client.call('articles.delete', { id: saved.pages[0]!.placements[1]!.articleId });
    await app.client.call('articles.emptyTrash');
    const { jobId } = await app.client.call('print.start', { issueId: issue.id });
    const end = await settle(app, jobId);
    expect(end.state).toBe('failed');
    expect(end.message).toMatch(/^第1版：/);
    expect(await app.call('print.result', { jobId })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  }, 60_000);
});

describe('print jobs: cancelling and no printer', () => {
  /** A printer that waits until cancelled, like a long print. */
  const slow: PdfPrinter = {
    fontCss: async () => '',
    print: (_html, _sheet, signal) =>
      new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))),
  };
  const app = servicesPerTest({ printer: slow });

  it('a cancelled job stops, says so, and hands nothing out', async () => {
    const issue = await planIssue(app, 2);
    const { jobId } = await app.client.call('print.start', { issueId: issue.id });
    await expect.poll(async () => (await app.client.call('print.status', { jobId })).message).toBe('正在生成 PDF…');
    expect(await app.client.call('print.cancel', { jobId })).toEqual({ cancelled: true });
    const end = await app.client.call('print.status', { jobId });
    expect(end).toMatchObject({ state: 'cancelled', message: '已取消导出' });
    expect(await app.client.call('print.cancel', { jobId })).toEqual({ cancelled: false });
    expect(await app.call('print.result', { jobId })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses a third job while two run', async () => {
    const issue = await planIssue(app, 1);
    await app.client.call('print.start', { issueId: issue.id });
    await app.client.call('print.start', { issueId: issue.id });
    expect(await app.call('print.start', { issueId: issue.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '已有导出任务在进行，请等它完成或取消后再试。' },
    });
  });
});

describe('print jobs without a browser', () => {
  const app = servicesPerTest({ printer: null });
  it('says that PDF needs Chromium', async () => {
    const issue = await planIssue(app, 1);
    expect(await app.call('print.start', { issueId: issue.id })).toEqual({
      ok: false,
      error: {
        code: 'UNAVAILABLE',
        message: '找不到 Chromium，无法生成 PDF（请安装 chromium 或设置 CHROMIUM_PATH）。',
      },
    });
  });
});
