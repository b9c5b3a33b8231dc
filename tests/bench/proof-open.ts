// Opening the long real-copy article, for bench:editor: how soon the
// paragraphs on screen are underlined, how soon the panel lists the whole
// article, and how long the page's thread is blocked (long tasks) from the
// article being on screen until then: the proofreading's share, not the
// rendering of the article itself.
// The baseline, in the same run, is the same open with the proofreading
// worker's script refused, so the article is proofread in the page as before.
import type { Browser } from 'playwright-core';

/** One open's figures, in ms from the click on the article in the library. */
export interface ProofOpen {
  firstMarks: number;
  whole: number;
  longestTask: number;
  blocked: number;
}

/** Opens `title` from the library and times its proofreading; `worker` false refuses the worker's script. */
export async function proofOpen(browser: Browser, url: string, title: string, worker: boolean): Promise<ProofOpen> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (!worker) await page.route(/proof-worker-[^/]*\.js$/, (route) => route.abort());
  await page.goto(url);
  await page.getByTestId('month-select').selectOption('undated');
  const measured = page.evaluate(
    () =>
      new Promise<ProofOpen>((resolve) => {
        const tasks: PerformanceEntry[] = [];
        const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
        observer.observe({ type: 'longtask' });
        let t0 = 0;
        let shown = 0;
        let first = 0;
        document.addEventListener('click', () => (t0 = performance.now()), { capture: true, once: true });
        const poll = () => {
          if (t0 && !shown && document.querySelector('[data-testid="paragraph"]')) shown = performance.now();
          if (t0 && !first && document.querySelector('[data-testid="paragraph"] [data-proof-rule]'))
            first = performance.now() - t0;
          const heading = document.querySelector('[data-testid="proof-panel"] h2')?.textContent ?? '';
          if (t0 && first && /\d+ 处/.test(heading)) {
            const whole = performance.now() - t0;
            // Long tasks are reported after they end: wait a little for the last of them.
            setTimeout(() => {
              observer.disconnect();
              const mine = tasks.filter((t) => t.startTime >= shown && t.startTime <= t0 + whole);
              resolve({
                firstMarks: first,
                whole,
                longestTask: Math.max(0, ...mine.map((t) => t.duration)),
                blocked: mine.reduce((sum, t) => sum + t.duration, 0),
              });
            }, 200);
            return;
          }
          requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }),
  );
  await page.getByRole('button', { name: title, exact: true }).click();
  const result = await measured;
  await page.close();
  return result;
}
