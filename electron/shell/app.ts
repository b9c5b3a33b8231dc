import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, type WebContents } from 'electron';
import { join, resolve } from 'node:path';
import { MENU_EVENT, type MenuCommand } from '../../shared/ipc/channels';
import { isCopydeskError } from '../../shared/ipc/result';
import { openServices, type Services } from '../services/services';
import { searchWorkerIn } from '../store/search/segment-builder';
import { APP_DIR_NAME } from '../services/data-dir';
import { APP_ENTRY_URL, isAppUrl, isSafeExternalUrl } from './app-url';
import { bindIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { APP_SCHEME_PRIVILEGES, serveAppProtocol } from './protocol';
import { createMainWindow } from './window-options';
import { electronPrinter, type PrintPageRegistry } from './print-window';

/** `--data DIR` from the command line, if given. */
export function dataDirArgument(argv: readonly string[]): string | null {
  const index = argv.indexOf('--data');
  const value = index >= 0 ? argv[index + 1] : argv.find((a) => a.startsWith('--data='))?.slice('--data='.length);
  return value ? resolve(value) : null;
}

/** Denies navigation, new windows, webviews and permission requests for a web contents. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // External links open in the system browser after a check; the app never opens windows of its own.
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Starts the Electron app: lock, protocol, services, IPC, menu and the window. */
export function startApp(argv: readonly string[] = process.argv): Promise<void> {
  app.setPath('userData', join(app.getPath('appData'), APP_DIR_NAME));
  if (!app.requestSingleInstanceLock()) {
    // lowdb must have one writer: a second launch hands over to the first and quits.
    app.quit();
    return Promise.resolve();
  }
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.enableSandbox();

  let window: BrowserWindow | null = null;
  let services: Services | null = null;
  const dataDir = dataDirArgument(argv) ?? app.getPath('userData');

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  let closing = false;
  app.on('before-quit', (event) => {
    if (!services || closing) return;
    closing = true;
    event.preventDefault();
    void services.close().finally(() => {
      services = null;
      app.quit();
    });
  });

  return app.whenReady().then(async () => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    const rendererDir = join(app.getAppPath(), 'out/renderer');
    const printPages: PrintPageRegistry = new Map();
    try {
      services = await openServices(
        { version: app.getVersion(), dataDir, runtime: 'electron' },
        {
          printer: electronPrinter(BrowserWindow, rendererDir, printPages),
          watchInbox: true,
          searchWorker: searchWorkerIn(__dirname),
        },
      );
    } catch (error) {
      const message = isCopydeskError(error) || error instanceof Error ? error.message : String(error);
      dialog.showErrorBox('采编台无法启动', `${message}\n\n数据文件夹：${dataDir}`);
      app.exit(1);
      return;
    }
    serveAppProtocol(protocol, rendererDir, printPages);
    bindIpc(ipcMain, services.handlers, (channel, error) => console.error(`[${channel}]`, error));

    const send = (command: MenuCommand) => window?.webContents.send(MENU_EVENT, command);
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(send, process.platform)));

    window = createMainWindow(BrowserWindow, join(app.getAppPath(), 'out/preload/preload.cjs'));
    window.once('ready-to-show', () => window?.show());
    window.on('closed', () => {
      window = null;
    });
    await window.loadURL(APP_ENTRY_URL);
  });
}
