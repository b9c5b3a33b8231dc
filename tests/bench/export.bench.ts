// npm run bench:export — a 4-page 四开 issue of 24 reports (the reference page's
// six reports on every page, laid out automatically) printed to one PDF in a
// browser that is already up, and one report to DOCX. Baselines in the same
// run: a blank page printed by the same browser (Chromium's PDF pipeline
// alone), and a one-paragraph Word file (the docx library alone). The figures
// come from real services on a temp data folder. Last line: BENCH {json}.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { openServices } from '../../electron/services/services';
import { launchChromium, printFontCss, printHtml } from '../../electron/services/pdf';
import { issuePrintPages } from '../../electron/services/print-pages';
import { renderDocx } from '../../electron/services/export';
import { dispatch } from '../../shared/ipc/dispatch';
import { autoLayout } from '../../shared/layout/auto-layout';
import { renderPages, sheetSizeMm } from '../../shared/layout/page-html';
import { BUILT_IN_PRESETS, HAO_POINTS } from '../../shared/layout/presets';
import { ArticleContentSchema, type Article } from '../../shared/model/article';
import type { Issue } from '../../shared/layout/issue';

const RUNS = 5;
const PAGES = 4;
// npm scripts run from the project folder.
const REPORTS = (
  JSON.parse(
    readFileSync(join(process.cwd(), 'tests/fixtures/house-format/reference-reports.json'), 'utf8'),
  ) as unknown[]
).map((r) => ArticleContentSchema.parse(r));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

const dir = await mkdtemp(join(tmpdir(), 'copydesk-bench-export-'));
const services = await openServices({ version: 'bench', dataDir: dir, runtime: 'host' });
const call = async <T>(channel: string, input?: unknown): Promise<T> => {
  const result = await dispatch(services.handlers, channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
};
const sikai = BUILT_IN_PRESETS.find((p) => p.id === 'sikai')!;
const layout = autoLayout(REPORTS, sikai);
if (!layout.fits) throw new Error('the reference page does not fit 四开');
const pages = [];
for (let number = 1; number <= PAGES; number++) {
  const ids: string[] = [];
  for (const report of REPORTS) ids.push((await call<Article>('articles.create', report)).id);
  pages.push({
    number,
    name: '中原新闻',
    editor: '王五',
    presetId: 'sikai',
    placements: ids.map((articleId, i) => ({ articleId, ...layout.placements[i]! })),
  });
}
const issue = await call<Issue>('issues.save', {
  date: '2020-03-20',
  number: 1,
  totalNumber: 1000,
  paper: '中原报',
  pages,
});
const reports = pages.reduce((n, p) => n + p.placements.length, 0);

const launchStarted = performance.now();
const browser = await launchChromium();
const launchMs = performance.now() - launchStarted;
const fontCss = await printFontCss();
let pdfBytes = 0;
const issuePdf = async () => {
  const printed = await issuePrintPages(issue, BUILT_IN_PRESETS, (id) => call<Article>('articles.get', { id }), {
    sizes: HAO_POINTS,
  });
  const pdf = await printHtml(browser, renderPages(printed, fontCss), sheetSizeMm(sikai, false));
  pdfBytes = pdf.length;
  if (!/\/Count 4\b/.test(pdf.toString('latin1'))) throw new Error('the issue PDF should have 4 pages');
};
const blank = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${fontCss}@page{size:270mm 390mm;margin:0}</style></head><body><p style="font-family:'Noto Serif SC'">版</p></body></html>`;
await issuePdf(); // warm up
await printHtml(browser, blank, sikai);
const issueRuns: number[] = [];
const blankRuns: number[] = [];
for (let i = 0; i < RUNS; i++) {
  issueRuns.push(await time(issuePdf));
  blankRuns.push(await time(() => printHtml(browser, blank, sikai)));
}
await browser.close();

const emptyDocx = () => Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('版')] }] }));
await renderDocx(REPORTS[0]!);
await emptyDocx();
const docxRuns: number[] = [];
const docxBase: number[] = [];
for (let i = 0; i < RUNS * 4; i++) {
  docxRuns.push(await time(() => renderDocx(REPORTS[0]!)));
  docxBase.push(await time(emptyDocx));
}
await services.close();
await rm(dir, { recursive: true, force: true });

const issueMs = median(issueRuns);
const blankMs = median(blankRuns);
const docxMs = median(docxRuns);
const docxBaseMs = median(docxBase);
const f = (n: number, d = 1) => n.toFixed(d);
console.log('work                                   median ms  baseline ms  ratio   target');
console.log(
  `4-page issue PDF (${reports} reports, ${f(pdfBytes / 1024, 0)} KB)   ${f(issueMs).padEnd(10)} ${f(blankMs).padEnd(12)} ${f(issueMs / blankMs, 2).padEnd(7)} ≤ 3000 ms`,
);
console.log(
  `one report to DOCX                     ${f(docxMs).padEnd(10)} ${f(docxBaseMs).padEnd(12)} ${f(docxMs / docxBaseMs, 2).padEnd(7)} ≤ 100 ms`,
);
console.log(`browser start (not counted)            ${f(launchMs)}`);
console.log(
  `BENCH ${JSON.stringify({
    issue_pdf_ms_4p: Number(f(issueMs)),
    blank_pdf_ms: Number(f(blankMs)),
    issue_pdf_vs_blank: Number(f(issueMs / blankMs, 2)),
    docx_ms: Number(f(docxMs, 2)),
    docx_baseline_ms: Number(f(docxBaseMs, 2)),
    docx_vs_baseline: Number(f(docxMs / docxBaseMs, 2)),
    browser_start_ms: Number(f(launchMs)),
    reports,
    pdf_kb: Number(f(pdfBytes / 1024, 0)),
  })}`,
);
