// `npm start`: builds what is stale, makes sure the Electron binary is there
// (Electron's package downloads it on first run), then starts the app.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ROOT, ensureBuilt } from './build.mjs';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

await ensureBuilt();
let binary = electronBinary();
if (!binary) {
  console.log('首次运行：正在下载 Electron 运行文件……');
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    encoding: 'utf8',
    timeout: 15 * 60_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  binary = electronBinary();
  if (!binary) {
    const reason = (result.stderr || result.stdout || '').match(
      /(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo)/,
    )?.[0];
    console.error(
      `无法下载 Electron 运行文件${reason ? `（网络不可用：${reason}）` : ''}，采编台桌面程序无法在此电脑上启动。请改用 npm run host，在浏览器中使用采编台。`,
    );
    process.exit(1);
  }
}
const child = spawn(binary, [ROOT, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
