import { resolve } from 'node:path';
import { startHost } from './server';
import { openServices } from '../services/services';
import { searchWorkerIn } from '../store/search/segment-builder';
import { chromiumPrinter } from '../services/pdf';
import { defaultDataDir } from '../services/data-dir';
import { isCopydeskError } from '../../shared/ipc/result';
import { parseArgs } from 'node:util';

declare const __APP_VERSION__: string;

/** `npm run host -- [--data DIR] [--port N]`: the renderer and services for a browser, on 127.0.0.1. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      port: { type: 'string' },
      renderer: { type: 'string' },
    },
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`端口无效：${values.port}`);
  const dataDir = resolve(values.data ?? defaultDataDir());
  const services = await openServices(
    { version: __APP_VERSION__, dataDir, runtime: 'host' },
    { printer: chromiumPrinter(), watchInbox: true, searchWorker: searchWorkerIn(__dirname) },
  );
  const host = await startHost({
    handlers: services.handlers,
    rendererDir: resolve(values.renderer ?? resolve(__dirname, '../renderer')),
    port,
    onInternalError: (channel, error) => console.error(`[${channel}]`, error),
  });
  process.stdout.write(
    `采编台测试主机已启动，数据文件夹：${dataDir}\nCOPYDESK_DATA_DIR=${dataDir}\nCOPYDESK_HOST_URL=${host.url}\n`,
  );
  const stop = async () => {
    await host.close();
    await services.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(
    `采编台测试主机无法启动：${isCopydeskError(error) || error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
