import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHANNELS } from '../../../shared/ipc/channels';
import { contentSecurityPolicy } from '../../../shared/security/csp';
import { tempDir } from '../../helpers/temp-dir';

// A stub of the parts of `electron` the shell uses, recording what it is asked to do.
const stub = vi.hoisted(() => {
  /** A minimal event emitter (vi.hoisted runs before imports). */
  class EventEmitter {
    private listeners = new Map<string, Array<(...args: unknown[]) => void>>();
    on(name: string, fn: (...args: unknown[]) => void) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn]);
      return this;
    }
    once(name: string, fn: (...args: unknown[]) => void) {
      return this.on(name, fn);
    }
    emit(name: string, ...args: unknown[]) {
      for (const fn of this.listeners.get(name) ?? []) fn(...args);
      return true;
    }
    listenerCount(name: string) {
      return this.listeners.get(name)?.length ?? 0;
    }
  }
  const app = Object.assign(new EventEmitter(), {
    paths: {} as Record<string, string>,
    quitCalls: 0,
    getPath: (name: string) => app.paths[name] ?? `/tmp/stub-${name}`,
    setPath: (name: string, value: string) => void (app.paths[name] = value),
    getVersion: () => '0.0.0-test',
    appPath: '',
    getAppPath: () => app.appPath,
    requestSingleInstanceLock: () => true,
    enableSandbox: () => void (app.sandboxed = true),
    sandboxed: false,
    whenReady: () => Promise.resolve(),
    quit: () => void (app.quitCalls += 1),
    exit: (code: number) => void (app.exitCode = code),
    exitCode: null as number | null,
  });
  const windows: Array<{ options: unknown; url: string | null }> = [];
  class BrowserWindow extends EventEmitter {
    webContents = { send: (...args: unknown[]) => stub.sent.push(args) };
    record: { options: unknown; url: string | null };
    constructor(options: unknown) {
      super();
      this.record = { options, url: null };
      windows.push(this.record);
    }
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
    show() {}
    isMinimized() {
      return false;
    }
    focus() {}
  }
  return {
    app,
    windows,
    sent: [] as unknown[][],
    handlers: new Map<string, (event: unknown, input: unknown) => unknown>(),
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    privileged: [] as unknown[],
    menuTemplate: null as unknown,
    opened: [] as string[],
    permissionRequest: null as null | ((...args: unknown[]) => void),
    permissionCheck: null as null | ((...args: unknown[]) => boolean),
    errors: [] as string[],
    BrowserWindow,
  };
});

vi.mock('electron', () => ({
  app: stub.app,
  BrowserWindow: stub.BrowserWindow,
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, input: unknown) => unknown) => stub.handlers.set(channel, fn),
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => stub.privileged.push(...schemes),
    handle: (scheme: string, fn: (request: Request) => Promise<Response>) => stub.protocolHandlers.set(scheme, fn),
  },
  Menu: {
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu: (menu: unknown) => void (stub.menuTemplate = menu),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn: (...args: unknown[]) => void) => void (stub.permissionRequest = fn),
      setPermissionCheckHandler: (fn: (...args: unknown[]) => boolean) => void (stub.permissionCheck = fn),
    },
  },
  shell: { openExternal: (url: string) => (stub.opened.push(url), Promise.resolve()) },
  dialog: { showErrorBox: (title: string, body: string) => stub.errors.push(`${title}: ${body}`) },
}));

let dataDir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir: dataDir, cleanup } = await tempDir('copydesk-shell-'));
  stub.app.appPath = join(dataDir, 'app');
  await mkdir(join(stub.app.appPath, 'out/renderer'), { recursive: true });
  await writeFile(join(stub.app.appPath, 'out/renderer/shell-test.html'), '<p>ok</p>');
  await writeFile(join(stub.app.appPath, 'package.json'), '{}');
  const { startApp } = await import('../../../electron/shell/app');
  await startApp(['electron', 'main.cjs', '--data', dataDir]);
});

afterAll(async () => {
  // Quit lets the shell close its services (releasing the data lock).
  const event = {
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
  stub.app.emit('before-quit', event);
  await vi.waitFor(() => expect(stub.app.quitCalls).toBeGreaterThan(0));
  await cleanup();
});

function fakeContents() {
  const contents = Object.assign(new EventEmitter(), {
    openHandler: null as null | ((details: { url: string }) => { action: string }),
    setWindowOpenHandler(fn: (details: { url: string }) => { action: string }) {
      contents.openHandler = fn;
    },
  });
  stub.app.emit('web-contents-created', {}, contents);
  return contents;
}

function navigationEvent() {
  return {
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

describe('Electron shell (with a stub electron module)', () => {
  it('opens one window with secure webPreferences on the app:// origin', () => {
    expect(stub.windows).toHaveLength(1);
    const { options, url } = stub.windows[0]!;
    expect(options).toMatchObject({
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
        allowRunningInsecureContent: false,
        disableBlinkFeatures: 'Auxclick',
      },
    });
    expect((options as { webPreferences: { preload: string } }).webPreferences.preload).toMatch(
      /preload[\\/]preload\.cjs$/,
    );
    expect(url).toBe('app://copydesk/index.html');
    expect(stub.app.sandboxed).toBe(true);
    expect(stub.privileged).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('binds every contract channel, answering only the app origin and validating input', async () => {
    expect([...stub.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    const list = stub.handlers.get('articles.list')!;
    expect(await list({ senderFrame: { url: 'https://evil.example/' } }, {})).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('拒绝') },
    });
    expect(await list({ senderFrame: null }, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const fromApp = { senderFrame: { url: 'app://copydesk/index.html' } };
    expect(await list(fromApp, { month: '2020-13' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const created = (await stub.handlers.get('articles.create')!(fromApp, { title: '壳测试' })) as {
      ok: boolean;
      value: { id: string };
    };
    expect(created.ok).toBe(true);
    expect(await stub.handlers.get('articles.get')!(fromApp, { id: created.value.id })).toMatchObject({
      ok: true,
      value: { title: '壳测试' },
    });
  });

  it('blocks navigation away from the app and denies window.open, sending safe links to the system browser', () => {
    const contents = fakeContents();
    const away = navigationEvent();
    contents.emit('will-navigate', away, 'https://example.com/');
    expect(away.prevented).toBe(true);
    const fileNav = navigationEvent();
    contents.emit('will-navigate', fileNav, 'file:///etc/passwd');
    expect(fileNav.prevented).toBe(true);
    const webview = navigationEvent();
    contents.emit('will-attach-webview', webview);
    expect(webview.prevented).toBe(true);

    expect(contents.openHandler!({ url: 'https://www.zynews.cn/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'https://user:pw@example.com/' })).toEqual({ action: 'deny' });
    expect(stub.opened).toEqual(['https://www.zynews.cn/']);
  });

  it('denies every permission request and check', () => {
    let granted: boolean | null = null;
    stub.permissionRequest!({}, 'media', (value: boolean) => (granted = value));
    expect(granted).toBe(false);
    expect(stub.permissionCheck!({}, 'notifications')).toBe(false);
  });

  it('serves the renderer on app:// with the strict CSP and nothing outside its folder', async () => {
    const handler = stub.protocolHandlers.get('app')!;
    const response = await handler(new Request('app://copydesk/shell-test.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect((await handler(new Request('app://copydesk/%2e%2e/%2e%2e/package.json'))).status).toBe(404);
    expect((await handler(new Request('app://copydesk/..%2f..%2fpackage.json'))).status).toBe(404);
    expect((await handler(new Request('app://copydesk/missing.js'))).status).toBe(404);
  });

  it('has a Chinese application menu with the usual accelerators, sending commands to the renderer', () => {
    const template = stub.menuTemplate as Array<{
      label: string;
      submenu: Array<{ label?: string; accelerator?: string; click?: () => void }>;
    }>;
    const items = template.flatMap((m) => m.submenu);
    const byLabel = (label: string) => items.find((i) => i.label?.startsWith(label));
    for (const [label, accelerator] of [
      ['新建', 'CmdOrCtrl+N'],
      ['导入稿件', 'CmdOrCtrl+O'],
      ['保存', 'CmdOrCtrl+S'],
      ['导出', 'CmdOrCtrl+E'],
      ['撤销', 'CmdOrCtrl+Z'],
      ['查找', 'CmdOrCtrl+F'],
      ['全选', 'CmdOrCtrl+A'],
    ]) {
      expect(byLabel(label!)?.accelerator, label).toBe(accelerator);
    }
    expect(byLabel('重做')).toBeDefined();
    expect(byLabel('替换')).toBeDefined();
    byLabel('保存')!.click!();
    expect(stub.sent).toContainEqual(['menu.command', 'save']);
  });

  it('a second instance hands over instead of opening the archive again', () => {
    expect(stub.app.listenerCount('second-instance')).toBe(1);
  });
});
