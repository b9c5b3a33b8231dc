import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodePDFRawStream, PDFDocument, rgb } from 'pdf-lib';
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
    destroyed = false;
    webContents = {
      send: (...args: unknown[]) => stub.sent.push(args),
      executeJavaScript: (code: string) => (stub.scripts.push(code), Promise.resolve('loaded')),
      printToPDF: async (options: unknown) => {
        stub.printed.push({ options, page: stub.printPage });
        // A real (one blank page) PDF: the print job rewrites its colours for the plant.
        const doc = await PDFDocument.create();
        doc.setProducer('stub printToPDF');
        doc.addPage([765, 1106]).drawRectangle({ x: 10, y: 10, width: 50, height: 2, color: rgb(0, 0, 0) });
        return Buffer.from(await doc.save());
      },
    };
    record: { options: unknown; url: string | null };
    constructor(options: unknown) {
      super();
      this.record = { options, url: null };
      windows.push(this.record);
    }
    async loadURL(url: string) {
      this.record.url = url;
      // A print window loads its page from app://, as Electron would through the protocol handler.
      if (url.includes('/print/')) {
        const response = await stub.protocolHandlers.get('app')!(new Request(url));
        stub.printPage = {
          status: response.status,
          csp: response.headers.get('content-security-policy'),
          html: await response.text(),
        };
      }
    }
    destroy() {
      this.destroyed = true;
    }
    isDestroyed() {
      return this.destroyed;
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
    scripts: [] as string[],
    printed: [] as Array<{ options: unknown; page: unknown }>,
    printPage: null as null | { status: number; csp: string | null; html: string },
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
  // The built renderer's stylesheet, whose @font-face rules the printer reuses.
  await mkdir(join(stub.app.appPath, 'out/renderer/assets'), { recursive: true });
  await writeFile(
    join(stub.app.appPath, 'out/renderer/assets/index-test.css'),
    '@font-face{font-family:Noto Serif SC;src:url(./noto-serif-sc-0-400-normal-x.woff2)format("woff2")}body{margin:0}',
  );
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

  it('prints PDFs with printToPDF in a hidden, sandboxed window that loads the page from app:// with the bundled fonts', async () => {
    const fromApp = { senderFrame: { url: 'app://copydesk/index.html' } };
    const call = async (channel: string, input?: unknown) => {
      const result = (await stub.handlers.get(channel)!(fromApp, input)) as {
        ok: boolean;
        value: never;
        error?: unknown;
      };
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.value as { id: string; jobId: string; state: string; data: string; fileName: string };
    };
    const article = await call('articles.create', {
      title: '付印测试',
      body: [{ type: 'paragraph', children: [{ text: '正文。' }] }],
    });
    const issue = await call('issues.save', {
      date: '2020-03-20',
      number: 1,
      totalNumber: 100,
      paper: '中原报',
      pages: [
        {
          number: 1,
          name: '要闻',
          editor: '王五',
          presetId: 'a4',
          placements: [{ articleId: article.id, span: 4, lines: 40, tier: '头条' }],
        },
      ],
    });
    const before = stub.windows.length;
    const { jobId } = await call('print.start', { issueId: issue.id });
    await vi.waitFor(async () => expect((await call('print.status', { jobId })).state).toBe('done'));
    const result = await call('print.result', { jobId });
    const printed = Buffer.from(result.data, 'base64').toString('latin1');
    expect(printed.startsWith('%PDF-')).toBe(true);
    // The stub's page came back (its producer kept), its black rule rewritten to DeviceGray by the plant step.
    const back = await PDFDocument.load(Buffer.from(result.data, 'base64'), { updateMetadata: false });
    expect(back.getProducer()).toBe('stub printToPDF');
    const contents = back.getPage(0).node.Contents();
    const stream = contents && 'asArray' in contents ? contents.asArray()[0] : contents;
    const raw = back.context.lookup(stream as never) as unknown as Parameters<typeof decodePDFRawStream>[0];
    expect(Buffer.from(decodePDFRawStream(raw).decode()).toString('latin1')).toMatch(/(^|\s)0 g\b/);
    expect(result.fileName).toBe('中原报-2020-03-20-第1版.pdf');

    const window = stub.windows[before]!;
    expect(window.options).toMatchObject({
      show: false,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true },
    });
    expect((window.options as { webPreferences: Record<string, unknown> }).webPreferences.preload).toBeUndefined();
    expect(window.url).toMatch(/^app:\/\/copydesk\/print\/[0-9a-f-]{36}\.html$/);
    // The page was served from memory with a CSP that allows no script; the fonts come from app://.
    const page = stub.printed[0]!.page as { status: number; csp: string; html: string };
    expect(page.status).toBe(200);
    expect(page.csp).toContain("default-src 'none'");
    expect(page.csp).not.toContain('script-src');
    expect(page.html).toContain('<h1>付印测试</h1>');
    expect(page.html).toContain('url(app://copydesk/assets/noto-serif-sc-0-400-normal-x.woff2)');
    expect(page.html).not.toContain('file://');
    expect(stub.scripts).toContain('document.fonts.ready.then(() => document.fonts.status)');
    expect(stub.printed[0]!.options).toEqual({
      pageSize: { width: 210 / 25.4, height: 297 / 25.4 },
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
    // The window is gone and its page no longer served.
    expect((await stub.protocolHandlers.get('app')!(new Request(window.url!))).status).toBe(404);
  });

  it('a second instance hands over instead of opening the archive again', () => {
    expect(stub.app.listenerCount('second-instance')).toBe(1);
  });
});
