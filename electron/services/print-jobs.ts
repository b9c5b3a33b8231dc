import { randomUUID } from 'node:crypto';
import type { ArticleContent } from '../../shared/model/article';
import type { PrintJobStatus } from '../../shared/ipc/contract';
import { CopydeskError } from '../../shared/ipc/result';
import type { Issue } from '../../shared/layout/issue';
import { pagesPdf } from './page-pdf';
import type { Photos } from './photos';
import type { Masthead } from '../../shared/layout/masthead';
import type { PagePreset } from '../../shared/layout/presets';
import { issuePrintPages } from './print-pages';

/**
 * What turns print HTML into PDF bytes: in the app, Electron's printToPDF in a
 * hidden window; in the test host and the CLI, the system Chromium's page.pdf.
 * Both are the same Chromium call, so the same pages come out.
 */
export interface PdfPrinter {
  /** @font-face rules for the bundled TrueType-outline fonts, with URLs this printer can load. */
  fontCss(): Promise<string>;
  /** Prints the HTML at the sheet size; stops (rejects) when `signal` aborts. */
  print(html: string, sheet: { widthMm: number; heightMm: number }, signal: AbortSignal): Promise<Uint8Array>;
}

/** What a print job reads: the issue plan, the paper's presets and 号 table, and each placed article ready to print. */
export interface PrintSources {
  issue(id: string): Promise<Issue>;
  presets(): Promise<readonly PagePreset[]>;
  sizes(): Promise<Readonly<Record<string, number>>>;
  ready(articleId: string): Promise<ArticleContent>;
  /** The archive's photos, for the pictures in photo boxes. */
  photos?: Photos;
  /** The paper's masthead, which 第1版 carries. */
  masthead?(): Promise<Masthead>;
}

interface Job {
  status: PrintJobStatus;
  controller: AbortController;
  result: { fileName: string; data: Uint8Array } | null;
  finishedAt: number | null;
}

/** Most print jobs running at once (a whole issue is heavy work for one machine). */
const MAX_RUNNING = 2;

/** A finished job's PDF is kept this long for the renderer to collect. */
const KEEP_MS = 10 * 60 * 1000;

/**
 * Print jobs of issue plans: each runs in the background, page by page
 * (pages done of total, and what it is doing, for a progress bar), then
 * prints the PDF. A job can be cancelled at any point; a cancelled or failed
 * job hands out nothing, so no half-made file ever reaches the user.
 */
export class PrintJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly printer: PdfPrinter | null,
    private readonly sources: PrintSources,
  ) {}

  /** Starts a job; refused when no printer is available or too many jobs run. */
  start(input: { issueId: string; pages?: number[]; bleed: boolean }): string {
    if (!this.printer)
      throw new CopydeskError('UNAVAILABLE', '找不到 Chromium，无法生成 PDF（请安装 chromium 或设置 CHROMIUM_PATH）。');
    this.sweep();
    const running = [...this.jobs.values()].filter((j) => j.status.state === 'running').length;
    if (running >= MAX_RUNNING) throw new CopydeskError('CONFLICT', '已有导出任务在进行，请等它完成或取消后再试。');
    const id = randomUUID();
    const job: Job = {
      status: { state: 'running', done: 0, total: 1, message: '正在读取版面计划…' },
      controller: new AbortController(),
      result: null,
      finishedAt: null,
    };
    this.jobs.set(id, job);
    void this.run(job, input);
    return id;
  }

  /** Where a job is. */
  status(id: string): PrintJobStatus {
    return { ...this.job(id).status };
  }

  /** Cancels a running job; false when it had already ended. */
  cancel(id: string): boolean {
    const job = this.job(id);
    if (job.status.state !== 'running') return false;
    job.controller.abort();
    this.finish(job, { ...job.status, state: 'cancelled', message: '已取消导出' });
    return true;
  }

  /** The PDF of a finished job, handed out once. */
  take(id: string): { fileName: string; data: Uint8Array } {
    const job = this.job(id);
    if (job.status.state !== 'done' || !job.result)
      throw new CopydeskError('CONFLICT', job.status.state === 'running' ? '导出尚未完成。' : '这个导出任务没有结果。');
    const result = job.result;
    this.jobs.delete(id);
    return result;
  }

  /** Cancels every running job (when the app closes). */
  cancelAll(): void {
    for (const [id, job] of this.jobs) if (job.status.state === 'running') this.cancel(id);
  }

  private job(id: string): Job {
    const job = this.jobs.get(id);
    if (!job) throw new CopydeskError('NOT_FOUND', '找不到这个导出任务（可能已完成并取走，或已过期）。');
    return job;
  }

  private finish(job: Job, status: PrintJobStatus): void {
    job.status = status;
    job.finishedAt = Date.now();
  }

  /** Forgets jobs that ended long ago (and their PDFs). */
  private sweep(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs)
      if (job.finishedAt !== null && now - job.finishedAt > KEEP_MS) this.jobs.delete(id);
  }

  private async run(job: Job, input: { issueId: string; pages?: number[]; bleed: boolean }): Promise<void> {
    const signal = job.controller.signal;
    const stopIfCancelled = () => {
      if (signal.aborted) throw new CopydeskError('CONFLICT', '已取消导出');
    };
    try {
      const issue = await this.sources.issue(input.issueId);
      const [presets, sizes] = await Promise.all([this.sources.presets(), this.sources.sizes()]);
      const wanted = input.pages ?? issue.pages.map((p) => p.number);
      const total = wanted.length + 1;
      job.status = { state: 'running', done: 0, total, message: `正在排版（共 ${wanted.length} 个版）…` };
      const masthead = (await this.sources.masthead?.()) ?? null;
      const pages = await issuePrintPages(issue, presets, this.sources.ready, {
        pageNumbers: input.pages,
        sizes,
        masthead,
        onPage: (done, count) => {
          stopIfCancelled();
          job.status = { state: 'running', done, total, message: `已排好 ${done}/${count} 个版，正在继续…` };
        },
      });
      stopIfCancelled();
      job.status = { state: 'running', done: pages.length, total, message: '正在生成 PDF…' };
      const printer = this.printer!;
      const { pdf: data } = await pagesPdf(pages, {
        bleed: input.bleed,
        sizes,
        fontCss: await printer.fontCss(),
        print: (html, sheet) => printer.print(html, sheet, signal),
        photos: this.sources.photos ?? null,
      });
      stopIfCancelled();
      const which = `第${pages.map((p) => p.folio.pageNumber).join('、')}版`;
      job.result = { fileName: `${issue.paper}-${issue.date}-${which}${input.bleed ? '-出血' : ''}.pdf`, data };
      this.finish(job, { state: 'done', done: total, total, message: `已生成 ${pages.length} 个版的 PDF` });
    } catch (error) {
      if (signal.aborted) return; // cancel() has set the status
      this.finish(job, {
        ...job.status,
        state: 'failed',
        message: error instanceof CopydeskError ? error.message : `导出失败：${(error as Error).message}`,
      });
    }
  }
}
