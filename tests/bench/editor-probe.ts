// The in-page probes of bench:editor: the test host, IME commits timed from
// their beforeinput to the next frame, the caret put in the middle of a text.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
// @ts-expect-error the build script is plain ESM JavaScript
import { ROOT } from '../../electron/tools/build.mjs';

/** IME commits per measured run (BENCH_COMMITS to change). */
export const COMMITS = Number(process.env.BENCH_COMMITS ?? 60);

export function startHost(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
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
export async function installProbe(page: Page, selector: string): Promise<void> {
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

export async function commits(page: Page, cdp: CDPSession): Promise<number[]> {
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
export async function caretInMiddle(page: Page, selector: string): Promise<void> {
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

/**
 * Explicit saves of the open article, each after one typed character: from
 * the Ctrl+S keydown to the first frame on which the status line says 已保存
 * (read on every animation frame, wherever React puts the status).
 */
export async function saves(page: Page, cdp: CDPSession, count: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    await cdp.send('Input.insertText', { text: '改' });
    await page.evaluate(() => {
      const w = window as unknown as { __saveT0: number };
      w.__saveT0 = 0;
      window.addEventListener('keydown', () => (w.__saveT0 = performance.now()), { capture: true, once: true });
    });
    await page.keyboard.press('Control+S');
    const done = await page.waitForFunction(
      () => {
        const t0 = (window as unknown as { __saveT0: number }).__saveT0;
        const text = document.querySelector('[data-testid="save-state"]')?.textContent ?? '';
        return t0 > 0 && text.startsWith('已保存') ? performance.now() - t0 : false;
      },
      null,
      { polling: 'raf', timeout: 60_000 },
    );
    out.push(Number(await done.jsonValue()));
    // Let the autosave and the proofreading that follow a keystroke settle before the next.
    await page.waitForTimeout(900);
  }
  return out;
}

/** The baseline: the same commits into a plain textarea holding `text`, caret in the middle, in the same page. */
export async function textareaCommits(page: Page, cdp: CDPSession, text: string): Promise<number[]> {
  await page.evaluate((value) => {
    const area = document.createElement('textarea');
    area.id = 'baseline';
    area.value = value;
    area.style.cssText = 'position:fixed;top:0;left:0;width:600px;height:300px';
    document.body.append(area);
    area.focus();
    area.setSelectionRange(Math.floor(value.length / 2), Math.floor(value.length / 2));
  }, text);
  await installProbe(page, '#baseline');
  return commits(page, cdp);
}
