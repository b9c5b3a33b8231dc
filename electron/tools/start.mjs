// `npm start`: builds what is stale, makes sure the Electron binary is there
// (Electron's package downloads it on first run), then starts the app. Where
// the binary cannot be had, it starts the host and opens it in an installed
// Chromium-family browser as an app window instead (COPYDESK_NO_ELECTRON=1
// goes there directly).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ROOT, ensureBuilt } from './build.mjs';
import { appWindowArgs, findBrowser } from './app-window.mjs';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

/**
 * Starts the host on the data folder and opens it in a browser's app window,
 * stopping the host when that window closes; with no such browser, prints the
 * address to open. Resolves with the exit code.
 */
async function runInBrowser(reason) {
  await ensureBuilt({ node: ['host'], renderer: true });
  const host = spawn(process.execPath, [join(ROOT, 'out/node/host.cjs'), ...process.argv.slice(2)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const started = await new Promise((resolve) => {
    let output = '';
    host.stdout.on('data', (chunk) => {
      output += chunk.toString('utf8');
      const url = /COPYDESK_HOST_URL=(\S+)/.exec(output)?.[1];
      const dataDir = /COPYDESK_DATA_DIR=(.+)/.exec(output)?.[1];
      if (url && dataDir) resolve({ url, dataDir });
    });
    host.on('exit', () => resolve(null));
  });
  if (!started) return 1;
  const stopHost = () => host.exitCode === null && host.kill('SIGTERM');
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stopHost);
  const browser = findBrowser();
  if (!browser) {
    console.log(`${reason}，也没有找到 Chrome、Edge 或 Chromium 浏览器。请用浏览器打开：${started.url}`);
    return new Promise((resolve) => host.on('exit', (code) => resolve(code ?? 0)));
  }
  console.log(`${reason}，已在浏览器（${browser}）的应用窗口中打开采编台；关闭该窗口即退出。`);
  const window = spawn(browser, appWindowArgs(started.url, join(started.dataDir, 'browser-profile')), {
    stdio: 'ignore',
  });
  return new Promise((resolve) => {
    window.on('exit', () => {
      stopHost();
      host.on('exit', () => resolve(0));
      if (host.exitCode !== null) resolve(0);
    });
    window.on('error', (error) => {
      console.error(`无法启动浏览器（${error.message}），请用浏览器打开：${started.url}`);
    });
  });
}

await ensureBuilt();
let binary = process.env.COPYDESK_NO_ELECTRON ? null : electronBinary();
if (!binary && !process.env.COPYDESK_NO_ELECTRON) {
  console.log('首次运行：正在下载 Electron 运行文件……');
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    encoding: 'utf8',
    timeout: 15 * 60_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  binary = electronBinary();
  if (!binary) {
    const cause = (result.stderr || result.stdout || '').match(
      /(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo)/,
    )?.[0];
    process.exit(await runInBrowser(`无法下载 Electron 运行文件${cause ? `（网络不可用：${cause}）` : ''}`));
  }
}
if (!binary) process.exit(await runInBrowser('未使用 Electron（COPYDESK_NO_ELECTRON）'));
const child = spawn(binary, [ROOT, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
