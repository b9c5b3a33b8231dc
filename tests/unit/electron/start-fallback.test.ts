import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from '../../helpers/root';
import { tempDir } from '../../helpers/temp-dir';
// @ts-expect-error the tool is plain ESM JavaScript
import { appWindowArgs, findBrowser } from '../../../electron/tools/app-window.mjs';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('copydesk-start-'));
});
afterAll(() => cleanup());

/** Runs `npm start`'s script with Electron out of the picture; resolves with its output and exit code. */
function start(env: Record<string, string>, onLine: (line: string, stop: () => void) => void) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'electron/tools/start.mjs'), '--data', join(dir, 'data')], {
      cwd: ROOT,
      env: { ...process.env, COPYDESK_NO_ELECTRON: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      for (const line of chunk.toString('utf8').split('\n')) if (line) onLine(line, () => child.kill('SIGTERM'));
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('npm start where the Electron binary cannot be had', () => {
  it('opens the host in a browser app window with a profile folder inside the data folder, and stops the host when the window closes', async () => {
    // A stand-in browser: it records its arguments, loads the page once, and closes.
    const browser = join(dir, 'fake-browser.mjs');
    const record = join(dir, 'browser-args.json');
    await writeFile(
      browser,
      `#!${process.execPath}\nimport { writeFileSync } from 'node:fs';\nconst url = process.argv.find((a) => a.startsWith('--app='))?.slice(6);\nconst page = await fetch(url).then((r) => r.text());\nwriteFileSync(${JSON.stringify(record)}, JSON.stringify({ args: process.argv.slice(2), page }));\n`,
    );
    await chmod(browser, 0o755);
    const { code, output } = await start({ CHROMIUM_PATH: browser }, () => {});
    expect(code).toBe(0);
    expect(output).toMatch(/已在浏览器（.*fake-browser\.mjs）的应用窗口中打开采编台；关闭该窗口即退出。/);
    const { args, page } = JSON.parse(await readFile(record, 'utf8')) as { args: string[]; page: string };
    expect(args).toContainEqual(expect.stringMatching(/^--app=http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{48}$/));
    expect(args).toContain(`--user-data-dir=${join(dir, 'data', 'browser-profile')}`);
    expect(page).toContain('采编台');
  }, 120_000);

  it('prints the address to open when there is no such browser, and keeps serving until stopped', async () => {
    let url = '';
    const { output } = await start({ CHROMIUM_PATH: join(dir, 'no-such-browser') }, (line, stop) => {
      const found = /请用浏览器打开：(\S+)/.exec(line)?.[1];
      if (found) {
        url = found;
        void fetch(url)
          .then((r) => r.text())
          .then((page) => {
            expect(page).toContain('采编台');
            stop();
          });
      }
    });
    expect(output).toMatch(/也没有找到 Chrome、Edge 或 Chromium 浏览器/);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=/);
    await expect(fetch(url)).rejects.toThrow();
  }, 120_000);

  it('finds a browser by CHROMIUM_PATH alone when set, else on PATH or where it is usually installed', () => {
    expect(findBrowser({ CHROMIUM_PATH: '/nope' }, 'linux')).toBeNull();
    expect(findBrowser({ PATH: join(ROOT, 'node_modules', '.bin') }, 'darwin')).toBe(null);
    expect(appWindowArgs('http://x/', '/d/p', { root: false })).toEqual([
      '--app=http://x/',
      '--user-data-dir=/d/p',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-sync',
    ]);
  });
});
