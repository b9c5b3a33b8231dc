import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, _electron, type Browser, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, type RunnerTestSuite, type TestContext } from 'vitest';
import { ArticleStore } from '../../electron/store/article-store';
import type { ArticleContent } from '../../shared/model/article';
import { tempDir } from '../helpers/temp-dir';
import { CHROMIUM_FLAGS, chromiumBinary } from '../helpers/chromium';
// @ts-expect-error the build script is plain ESM JavaScript
import { ROOT, ensureBuilt } from '../../electron/tools/build.mjs';

/** How the end-to-end run drives the renderer. */
export type Mode = 'electron' | 'host';

/** The Electron binary when one has been downloaded (developer or release machines), else null. */
function electronBinary(): string | null {
  try {
    const dir = join(createRequire(import.meta.url).resolve('electron/package.json'), '..');
    const pathTxt = join(dir, 'path.txt');
    if (!existsSync(pathTxt)) return null;
    const binary = join(dir, 'dist', readFileSync(pathTxt, 'utf8'));
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

let announced = false;

/** Picks the mode: Electron when its binary exists (unless COPYDESK_E2E_MODE=host), else host + Chromium. */
export function pickMode(): { mode: Mode; binary: string } {
  const electron = process.env.COPYDESK_E2E_MODE === 'host' ? null : electronBinary();
  const picked: { mode: Mode; binary: string } | null = electron
    ? { mode: 'electron', binary: electron }
    : chromiumBinary()
      ? { mode: 'host', binary: chromiumBinary()! }
      : null;
  if (!picked) {
    throw new Error(
      '无法运行端到端测试：没有 Electron 运行文件，也找不到 Chromium。请安装 Chromium（apt-get install chromium）或设置 CHROMIUM_PATH。',
    );
  }
  if (!announced) {
    announced = true;
    console.log(
      picked.mode === 'electron'
        ? `[e2e] mode: electron (${picked.binary})`
        : `[e2e] mode: host + system Chromium (${picked.binary}); the Electron binary is not available here`,
    );
  }
  return picked;
}

/** A running Copydesk driven by Playwright. */
export interface RunningApp {
  mode: Mode;
  page: Page;
  /** Closes the app (letting it finish its writes) and starts it again on the same data folder. */
  restart(): Promise<void>;
  /** Kills the app's process (SIGKILL: no chance to save) and starts it again on the same data folder. */
  crashAndRestart(): Promise<void>;
  close(): Promise<void>;
}

function startHostProcess(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'out/node/host.cjs'), '--data', dataDir, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /COPYDESK_HOST_URL=(\S+)/.exec(output);
      if (match) resolve({ child, url: match[1]! });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('exit', (code) => reject(new Error(`测试主机退出（${code}）：${output}`)));
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Which test (or suite) a launch belongs to, to name and keep evidence when it fails. */
export interface Evidence {
  name: string;
  failed(): boolean;
}

/** Evidence for one test. */
export function forTest(ctx: TestContext): Evidence {
  return {
    name: ctx.task.name,
    failed: () => ctx.task.result?.state === 'fail' || (ctx.task.result?.errors?.length ?? 0) > 0,
  };
}

/** Evidence for a suite sharing one launch: failed when any of its tests failed. */
export function forSuite(suite: RunnerTestSuite): Evidence {
  return { name: suite.name, failed: () => suite.tasks.some((t) => t.result?.state === 'fail') };
}

/**
 * Launches Copydesk on `dataDir` in the picked mode; on close, keeps a
 * screenshot and trace if the test failed. Unless `profile` is null (to go
 * through the first-run dialog), the data folder gets a profile first when it
 * has none, as after a first run.
 */
export async function launchApp(
  dataDir: string,
  evidence: Evidence,
  options: { profile?: { name: string; role: string } | null } = {},
): Promise<RunningApp> {
  const testName = evidence.name;
  const profile = options.profile === undefined ? { name: '测试编辑', role: '编辑' } : options.profile;
  if (profile && !existsSync(join(dataDir, 'profile.json'))) {
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, 'profile.json'), JSON.stringify({ schemaVersion: 1, profile }));
  }
  const { mode, binary } = pickMode();
  await ensureBuilt({ node: mode === 'electron' ? ['main', 'preload'] : ['host'], renderer: true });
  let browser: Browser | null = null;
  let electronApp: ElectronApplication | null = null;
  let host: ChildProcess | null = null;
  const app = { mode } as RunningApp;

  const start = async () => {
    if (mode === 'electron') {
      electronApp = await _electron.launch({
        executablePath: binary,
        args: [join(ROOT, 'out/main/main.cjs'), '--data', dataDir],
      });
      app.page = await electronApp.firstWindow();
    } else {
      const started = await startHostProcess(dataDir);
      host = started.child;
      browser ??= await chromium.launch({ executablePath: binary, headless: true, args: CHROMIUM_FLAGS });
      const context = await browser.newContext({ locale: 'zh-CN', acceptDownloads: true });
      await context.tracing.start({ screenshots: true, snapshots: true });
      app.page = await context.newPage();
      await app.page.goto(started.url);
    }
    await app.page.getByRole('heading', { name: '采编台', exact: true }).waitFor();
  };

  const stop = async () => {
    if (electronApp) await electronApp.close();
    electronApp = null;
    if (app.page && mode === 'host') await app.page.context().close();
    if (host) await stopProcess(host);
    host = null;
  };

  /** Saves a screenshot and (in host mode) a Playwright trace when the test failed. */
  const keepEvidence = async () => {
    if (!evidence.failed() || !app.page) return;
    const dir = join(ROOT, 'test-results', testName.replace(/[^\w\u4e00-\u9fff-]+/g, '_'));
    await mkdir(dir, { recursive: true });
    await app.page.screenshot({ path: join(dir, 'failure.png'), fullPage: true }).catch(() => {});
    if (mode === 'host')
      await app.page
        .context()
        .tracing.stop({ path: join(dir, 'trace.zip') })
        .catch(() => {});
    console.log(`[e2e] failure screenshot and trace: ${dir}`);
  };

  await start();
  app.restart = async () => {
    await stop();
    await start();
  };
  app.crashAndRestart = async () => {
    if (electronApp) electronApp.process().kill('SIGKILL');
    if (host) {
      const dead = new Promise((resolve) => host!.once('exit', resolve));
      host.kill('SIGKILL');
      await dead;
    }
    electronApp = null;
    host = null;
    if (mode === 'host') await app.page.context().close();
    await start();
  };
  app.close = async () => {
    await keepEvidence();
    await stop();
    await browser?.close();
  };
  return app;
}

/**
 * Types Chinese as an input method does: a pinyin composition first, then the
 * committed characters (CDP Input.imeSetComposition + Input.insertText).
 */
export async function typeWithIme(page: Page, pinyin: string, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', {
    text: pinyin,
    selectionStart: pinyin.length,
    selectionEnd: pinyin.length,
  });
  await cdp.send('Input.insertText', { text });
  await cdp.detach();
}

/**
 * Calls the app's API as another window would, behind the open page's back
 * (to change an article the page has open): through the preload's object in
 * Electron, through a second connection to the host otherwise.
 */
export async function callBehind<T>(page: Page, channel: string, input?: unknown): Promise<T> {
  return page.evaluate(
    async ({ channel, input }) => {
      type Result = { ok: true; value: unknown } | { ok: false; error: { message: string } };
      const bridge = (window as unknown as { copydesk?: Record<string, (input: unknown) => Promise<Result>> }).copydesk;
      let result: Result;
      if (bridge) result = await bridge[channel]!(input);
      else {
        const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? '';
        const socket = new WebSocket(`ws://${location.host}/ipc?token=${encodeURIComponent(token)}`);
        await new Promise((resolve, reject) => {
          socket.onopen = resolve;
          socket.onerror = reject;
        });
        result = await new Promise<Result>((resolve) => {
          socket.onmessage = (event) => resolve((JSON.parse(String(event.data)) as { result: Result }).result);
          socket.send(JSON.stringify({ id: 1, channel, input }));
        });
        socket.close();
      }
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    },
    { channel, input },
  ) as Promise<T>;
}

/** Opens a new 空白稿件 and types its title through the input method (`pinyin` composed, then `title` committed). */
export async function newBlankArticle(page: Page, pinyin: string, title: string): Promise<void> {
  await page.getByRole('button', { name: '新建稿件' }).click();
  await page.getByRole('button', { name: '空白稿件' }).click();
  await page.getByTestId('line-title').click();
  await typeWithIme(page, pinyin, title);
}

/** Waits until the article's document has the focus (again, after a dialog or a click into it). */
export async function backInText(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
    .toBe('article-document');
}

/** Loads the sample directory (人员库 → 载入示例人员库, 23 people) and waits for its message. */
export async function loadSampleDirectory(page: Page): Promise<void> {
  await page.getByRole('button', { name: '人员库', exact: true }).click();
  await page.getByRole('button', { name: '载入示例人员库' }).click();
  await expect.poll(() => page.getByRole('status').first().textContent()).toContain('已载入示例人员库（23 人）');
}

// The caret helpers live in caret.ts; every spec imports them from here with the rest.
export { placeCaret, placeCaretAt } from './caret';

/** Chinese input through an input method: the pinyin composition steps, then the committed text (null: cancelled). */
export async function composeIme(page: Page, pinyin: string[], commit: string | null): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (const step of pinyin) {
    await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  }
  if (commit === null) await cdp.send('Input.imeSetComposition', { text: '', selectionStart: 0, selectionEnd: 0 });
  else await cdp.send('Input.insertText', { text: commit });
  await cdp.detach();
}

/**
 * The one e2e bootstrap: a fresh temp data folder for each test (`scope:
 * 'test'`) or for the whole file (`'suite'`), apps launched through it and
 * closed afterwards (keeping a screenshot and trace when the test failed),
 * and any other folders made with `folder()` removed. `prepare` fills a
 * suite's folder before its tests run.
 */
export function e2eSetup(
  prefix: string,
  scope: 'test' | 'suite' = 'test',
  prepare?: (dataDir: string) => Promise<void>,
) {
  const state = { dataDir: '', cleanups: [] as Array<() => Promise<void>>, apps: [] as RunningApp[] };
  (scope === 'test' ? beforeEach : beforeAll)(async () => {
    const made = await tempDir(prefix);
    state.dataDir = made.dir;
    state.cleanups = [made.cleanup];
    state.apps = [];
    await prepare?.(made.dir);
  });
  (scope === 'test' ? afterEach : afterAll)(async () => {
    for (const app of state.apps) await app.close();
    for (const cleanup of state.cleanups) await cleanup();
  });
  return {
    /** This test's (or suite's) data folder. */
    get dataDir(): string {
      return state.dataDir;
    },
    /** Launches Copydesk on the data folder (or on `dataDir`), closed after the test. */
    async launch(
      evidence: Evidence,
      options: Parameters<typeof launchApp>[2] = {},
      dataDir = state.dataDir,
    ): Promise<RunningApp> {
      const app = await launchApp(dataDir, evidence, options);
      state.apps.push(app);
      return app;
    },
    /** Another temp folder (a second workstation, a shared 收稿箱), removed after the test. */
    async folder(name: string): Promise<string> {
      const made = await tempDir(`copydesk-${name}-`);
      state.cleanups.push(made.cleanup);
      return made.dir;
    },
  };
}

/** What a paste carries: strings by type, and files (name, type, bytes as base64). */
export interface PastedItems {
  data?: Record<string, string>;
  files?: Array<{ name: string; type: string; base64: string }>;
}

/**
 * Pastes into the editor as Chromium does: a `paste` event carrying the
 * clipboard's items and, unless a handler took it, a `beforeinput` of type
 * insertFromPaste with the same data. Returns how long the editor took, to
 * the frame after.
 */
export async function dispatchPaste(page: Page, items: PastedItems): Promise<number> {
  return page.evaluate(async ({ data, files }) => {
    const target = document.querySelector('[data-slate-editor="true"]')!;
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(data ?? {})) transfer.setData(type, value);
    for (const file of files ?? [])
      transfer.items.add(
        new File([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], file.name, { type: file.type }),
      );
    const started = performance.now();
    const pasteEvent = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
    target.dispatchEvent(pasteEvent);
    if (!pasteEvent.defaultPrevented)
      target.dispatchEvent(
        new InputEvent('beforeinput', {
          inputType: 'insertFromPaste',
          dataTransfer: transfer,
          bubbles: true,
          cancelable: true,
        }),
      );
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - started;
  }, items);
}

/**
 * Two workstations and the shared folder between them (a correspondent's and
 * the desk's data folders, and the 投稿箱 / 收稿箱 they share), the
 * correspondent's archive holding `report`.
 */
export async function twoWorkstations(
  folder: (name: string) => Promise<string>,
  report: Partial<ArticleContent>,
): Promise<{ share: string; writerDir: string; deskDir: string }> {
  const share = await folder('share');
  const writerDir = await folder('writer');
  const deskDir = await folder('desk');
  const store = await ArticleStore.open({ dataDir: writerDir });
  await store.create(report);
  await store.close();
  return { share, writerDir, deskDir };
}

/** At the desk (设置): trusts the sender's key file (`trusted`: the message then shown) and watches the shared 收稿箱. */
export async function deskWatches(page: Page, keyFile: string, share: string, trusted: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: '设置', exact: true }).click();
  await page.getByLabel('导入公钥文件').setInputFiles(keyFile);
  await page.getByText(trusted).waitFor();
  await page.getByLabel('收稿箱文件夹').fill(share);
  await page.getByRole('button', { name: '保存收稿设置' }).click();
  await page.getByText('已保存收稿设置').waitFor();
}

/**
 * On a correspondent's machine (设置): the 投稿箱 is the shared folder, and the
 * public key is exported once for the desk, saved as `keyFile`. Returns the
 * name the app offered for the key file.
 */
export async function correspondentSendsTo(page: Page, share: string, keyFile: string): Promise<string> {
  await page.getByRole('button', { name: '设置', exact: true }).click();
  await page.getByLabel('投稿箱文件夹').fill(share);
  await page.getByRole('button', { name: '保存收稿设置' }).click();
  await page.getByText('已保存收稿设置').waitFor();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出我的公钥…' }).click();
  const key = await download;
  await key.saveAs(keyFile);
  return key.suggestedFilename();
}
