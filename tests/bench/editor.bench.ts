// npm run bench:editor — keystroke-to-paint latency of IME commits in the real
// renderer (Chromium against the test host) for articles of 3,000, 20,000 and
// 100,000 characters, and the time to open each. Baseline in the same run: the
// same commits into a plain <textarea> holding the same text. Last line: BENCH {json}.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { ArticleStore } from '../../electron/store/article-store';
import { CHROMIUM_FLAGS, chromiumBinary } from '../helpers/chromium';
import { emptyContent, plainTextToBody } from '../../shared/model/article-content';
// @ts-expect-error the build script is plain ESM JavaScript
import { ROOT, ensureBuilt } from '../../electron/tools/build.mjs';
import { percentile } from './measure';

const SIZES = [3_000, 20_000, 100_000];
const COMMITS = Number(process.env.BENCH_COMMITS ?? 60);
const SENTENCE = '中原区统筹推进疫情防控和复工复产工作，确保各项措施落实到位。';
const label = (n: number) => `${n / 1000}k`;

/** About `chars` characters in paragraphs of about 150. */
function articleText(chars: number): string {
  const paragraph = SENTENCE.repeat(5);
  return Array.from({ length: Math.ceil(chars / paragraph.length) }, () => paragraph).join('\n');
}

function startHost(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'out/node/host.cjs'), '--data', dataDir, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /COPYDESK_HOST_URL=(\S+)/.exec(chunk.toString('utf8'));
      if (match) resolve({ child, url: match[1]! });
    });
    child.on('exit', (code) => reject(new Error(`host exited (${code})`)));
  });
}

/** In the page: time from each committing `beforeinput` on `selector` to the animation frame after the DOM changed. */
async function installProbe(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const target = document.querySelector(sel)!;
    const w = window as unknown as { __lat: number[]; __t0: number | null; __armed: boolean };
    w.__lat = [];
    w.__t0 = null;
    w.__armed = false;
    // Commits only: the page is armed just before each commit, so composition updates are not measured.
    target.addEventListener(
      'beforeinput',
      () => {
        if (!w.__armed) return;
        w.__armed = false;
        w.__t0 = performance.now();
      },
      { capture: true },
    );
    const done = () => {
      if (w.__t0 === null) return;
      const t0 = w.__t0;
      w.__t0 = null;
      requestAnimationFrame(() => w.__lat.push(performance.now() - t0));
    };
    new MutationObserver(done).observe(target, { subtree: true, childList: true, characterData: true });
    target.addEventListener('input', done);
  }, selector);
}

async function commits(page: Page, cdp: CDPSession): Promise<number[]> {
  for (let i = 0; i < COMMITS; i++) {
    await cdp.send('Input.imeSetComposition', { text: 'zh', selectionStart: 2, selectionEnd: 2 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    await page.evaluate(() => ((window as unknown as { __armed: boolean }).__armed = true));
    await cdp.send('Input.insertText', { text: '中' });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  }
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}

/** Puts the caret in the middle of the middle paragraph of `root`. */
async function caretInMiddle(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const root = document.querySelector(sel)!;
    const texts: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if ((n.textContent ?? '').length > 20) texts.push(n as Text);
    const node = texts[Math.floor(texts.length / 2)]!;
    const range = document.createRange();
    range.setStart(node, 10);
    range.collapse(true);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, selector);
  await page.waitForTimeout(150);
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
  await store.close();
  const host = await startHost(dir);
  const executablePath = chromiumBinary();
  if (!executablePath) throw new Error('找不到 Chromium：请安装（apt-get install chromium）或设置 CHROMIUM_PATH。');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  const rows: Array<Record<string, number>> = [];
  try {
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

      // Baseline: the same commits into a textarea with the same text, in the same page.
      await page.evaluate((text) => {
        const area = document.createElement('textarea');
        area.id = 'baseline';
        area.value = text;
        area.style.cssText = 'position:fixed;top:0;left:0;width:600px;height:300px';
        document.body.append(area);
        area.focus();
        area.setSelectionRange(Math.floor(text.length / 2), Math.floor(text.length / 2));
      }, articleText(size));
      await installProbe(page, '#baseline');
      const baseline = await commits(page, cdp);
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
    host.child.kill();
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
  console.log(`BENCH ${JSON.stringify(bench)}`);
}

await main();
