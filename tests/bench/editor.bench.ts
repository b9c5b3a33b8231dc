// npm run bench:editor — keystroke-to-paint latency of IME commits in the real
// renderer (Chromium against the test host) for articles of 3,000, 20,000 and
// 100,000 characters, and the time to open each. Baseline in the same run: the
// same commits into a plain <textarea> holding the same text. Then a realistic
// case: 100,000 characters of real copy with imported copy's slips, the
// proofreading panel open, IME commits and explicit saves (targets: IME p95
// ≤ 50 ms, save p95 ≤ 200 ms). Last line: BENCH {json}.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ArticleStore } from '../../electron/store/article-store';
import { CHROMIUM_FLAGS, chromiumBinary } from '../helpers/chromium';
import { emptyContent, plainTextToBody } from '../../shared/model/article-content';
// @ts-expect-error the build script is plain ESM JavaScript
import { ensureBuilt } from '../../electron/tools/build.mjs';
import { percentile } from './measure';
import { caretInMiddle, commits, COMMITS, installProbe, saves, startHost, textareaCommits } from './editor-probe';
import { realArticleText } from './real-article';
import { proofOpen, type ProofOpen } from './proof-open';

/** The realistic long article: 100k characters of real copy with imported copy's slips, the panel open. */
const REAL_SIZE = 100_000;
const REAL_TITLE = '基准稿件100k真实来稿';
/** Opens of the long article timed for each way of proofreading it. */
const OPENS = 5;
const SAVES = Number(process.env.BENCH_SAVES ?? 20);

/** Clean-text sizes (BENCH_SIZES=3000,20000 to change; empty for the real-copy case alone). */
const SIZES = (process.env.BENCH_SIZES ?? '3000,20000,100000').split(',').filter(Boolean).map(Number);
const SENTENCE = '中原区统筹推进疫情防控和复工复产工作，确保各项措施落实到位。';
const label = (n: number) => `${n / 1000}k`;

/** About `chars` characters in paragraphs of about 150. */
function articleText(chars: number): string {
  const paragraph = SENTENCE.repeat(5);
  return Array.from({ length: Math.ceil(chars / paragraph.length) }, () => paragraph).join('\n');
}

/**
 * The realistic case: the long article of real copy opened with the
 * proofreading panel showing its findings, then IME commits and explicit
 * saves as in the other cases; the same commits into a textarea holding the
 * same text are its baseline.
 */
async function realCase(browser: Browser, url: string): Promise<Record<string, number>> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await page.getByTestId('month-select').selectOption('undated');
  await page.getByRole('button', { name: REAL_TITLE, exact: true }).click();
  await page.locator('[data-testid="paragraph"]').last().waitFor();
  const heading = page.getByTestId('proof-panel').locator('h2');
  await page.waitForFunction(
    () => /\d+ 处/.test(document.querySelector('[data-testid="proof-panel"] h2')?.textContent ?? ''),
    null,
    { timeout: 120_000 },
  );
  const findings = Number(/(\d+) 处/.exec((await heading.textContent()) ?? '')![1]);
  const cdp = await page.context().newCDPSession(page);
  await installProbe(page, '[data-slate-editor="true"]');
  await caretInMiddle(page, '[data-slate-editor="true"]');
  const ime = await commits(page, cdp);
  const saved = await saves(page, cdp, SAVES);
  const baseline = await textareaCommits(page, cdp, realArticleText(REAL_SIZE));
  await page.close();
  return {
    findings,
    p50: percentile(ime, 50),
    p95: percentile(ime, 95),
    baseP95: percentile(baseline, 95),
    saveP50: percentile(saved, 50),
    saveP95: percentile(saved, 95),
    n: ime.length,
  };
}

async function main(): Promise<void> {
  await ensureBuilt({ node: ['host'], renderer: true });
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-bench-editor-'));
  const store = await ArticleStore.open({ dataDir: dir });
  for (const size of SIZES) {
    await store.create({
      ...emptyContent(),
      title: `基准稿件${label(size)}`,
      body: plainTextToBody(articleText(size)),
    });
  }
  await store.create({ ...emptyContent(), title: REAL_TITLE, body: plainTextToBody(realArticleText(REAL_SIZE)) });
  await store.close();
  const host = await startHost(dir);
  const executablePath = chromiumBinary();
  if (!executablePath) throw new Error('找不到 Chromium：请安装（apt-get install chromium）或设置 CHROMIUM_PATH。');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  const rows: Array<Record<string, number>> = [];
  let real: Record<string, number>;
  const opens: Record<'worker' | 'page', ProofOpen[]> = { worker: [], page: [] };
  try {
    real = await realCase(browser, host.url);
    // Opening the long article, proofread in the worker and (baseline) in the page, alternately.
    for (let i = 0; i < OPENS; i++) {
      opens.worker.push(await proofOpen(browser, host.url, REAL_TITLE, true));
      opens.page.push(await proofOpen(browser, host.url, REAL_TITLE, false));
    }
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(host.url);
      await page.getByTestId('month-select').selectOption('undated');
      // Open: measured in the page, from the click on the list to the animation frame after the
      // whole document is in the DOM (as many paragraphs as the article has).
      const paragraphs = Math.ceil(size / (SENTENCE.length * 5));
      const opens: number[] = [];
      for (let i = 0; i < 5; i++) {
        const measured = page.evaluate(
          (count) =>
            new Promise<number>((resolve) => {
              let t0 = 0;
              document.addEventListener('click', () => (t0 = performance.now()), { capture: true, once: true });
              const observer = new MutationObserver(() => {
                if (t0 && document.querySelectorAll('[data-testid="paragraph"]').length >= count) {
                  observer.disconnect();
                  requestAnimationFrame(() => resolve(performance.now() - t0));
                }
              });
              observer.observe(document.body, { childList: true, subtree: true });
            }),
          paragraphs,
        );
        await page.getByRole('button', { name: `基准稿件${label(size)}`, exact: true }).click();
        opens.push(await measured);
        await page.getByRole('button', { name: '← 返回稿件库' }).click();
        await page.getByTestId('month-select').selectOption('undated');
      }
      await page.getByRole('button', { name: `基准稿件${label(size)}`, exact: true }).click();
      await page.locator('[data-testid="paragraph"]').last().waitFor();
      const cdp = await page.context().newCDPSession(page);
      await installProbe(page, '[data-slate-editor="true"]');
      await caretInMiddle(page, '[data-slate-editor="true"]');
      const slate = await commits(page, cdp);

      const baseline = await textareaCommits(page, cdp, articleText(size));
      await page.close();
      rows.push({
        size,
        open: percentile(opens, 50),
        p50: percentile(slate, 50),
        p95: percentile(slate, 95),
        baseP50: percentile(baseline, 50),
        baseP95: percentile(baseline, 95),
        n: slate.length,
      });
    }
  } finally {
    await browser.close();
    // The host finishes its writes before its folder goes.
    const exited = new Promise((resolve) => host.child.once('exit', resolve));
    host.child.kill();
    await exited;
    await rm(dir, { recursive: true, force: true });
  }

  const f = (n: number) => n.toFixed(1);
  console.log(
    `\n编辑器基准：输入法上屏到绘制的延迟（每种长度 ${COMMITS} 次），打开稿件的时间；对照组为同一页面中的 textarea\n`,
  );
  console.log(['size', 'open ms', 'ime p50', 'ime p95', '| textarea p50', 'textarea p95', 'p95 ratio'].join('\t'));
  const bench: Record<string, number> = {};
  for (const r of rows) {
    const k = label(r.size!);
    console.log(
      [k, f(r.open!), f(r.p50!), f(r.p95!), `| ${f(r.baseP50!)}`, f(r.baseP95!), f(r.p95! / r.baseP95!)].join('\t'),
    );
    Object.assign(bench, {
      [`open_ms_${k}`]: +f(r.open!),
      [`ime_p50_ms_${k}`]: +f(r.p50!),
      [`ime_p95_ms_${k}`]: +f(r.p95!),
      [`textarea_ime_p95_ms_${k}`]: +f(r.baseP95!),
      [`ime_p95_over_textarea_${k}`]: +(r.p95! / r.baseP95!).toFixed(2),
      [`samples_${k}`]: r.n!,
    });
  }
  console.log(
    `\n真实来稿 100k（含半角逗号等导入稿常见问题，校对面板打开，${real.findings} 处校对意见）：` +
      `输入法 p50 ${f(real.p50!)} ms，p95 ${f(real.p95!)} ms（目标 ≤ 50；textarea p95 ${f(real.baseP95!)}）；` +
      `保存 p50 ${f(real.saveP50!)} ms，p95 ${f(real.saveP95!)} ms（目标 ≤ 200，${SAVES} 次）`,
  );
  Object.assign(bench, {
    findings_100k_real: real.findings,
    ime_p50_ms_100k_real: +f(real.p50!),
    ime_p95_ms_100k_real: +f(real.p95!),
    textarea_ime_p95_ms_100k_real: +f(real.baseP95!),
    save_p50_ms_100k_real: +f(real.saveP50!),
    save_p95_ms_100k_real: +f(real.saveP95!),
    samples_100k_real: real.n!,
  });
  const median = (mode: 'worker' | 'page', key: keyof ProofOpen) =>
    +f(
      percentile(
        opens[mode].map((o) => o[key]),
        50,
      ),
    );
  console.log(`\n打开真实来稿 100k（${OPENS} 次的中位数，ms）：校对在 worker 中 | 基线：校对在页面线程中`);
  console.log(['', 'first marks', 'whole read', 'longest task', 'blocked'].join('\t'));
  for (const mode of ['worker', 'page'] as const)
    console.log(
      [mode, ...(['firstMarks', 'whole', 'longestTask', 'blocked'] as const).map((k) => median(mode, k))].join('\t'),
    );
  Object.assign(bench, {
    open_first_marks_ms_100k_real: median('worker', 'firstMarks'),
    open_whole_read_ms_100k_real: median('worker', 'whole'),
    open_longest_task_ms_100k_real: median('worker', 'longestTask'),
    open_blocked_ms_100k_real: median('worker', 'blocked'),
    page_open_first_marks_ms_100k_real: median('page', 'firstMarks'),
    page_open_whole_read_ms_100k_real: median('page', 'whole'),
    page_open_longest_task_ms_100k_real: median('page', 'longestTask'),
    page_open_blocked_ms_100k_real: median('page', 'blocked'),
  });
  console.log(`BENCH ${JSON.stringify(bench)}`);
}

await main();
