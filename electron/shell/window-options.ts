import type { BrowserWindow as ElectronBrowserWindow, BrowserWindowConstructorOptions } from 'electron';

/** The BrowserWindow constructor, passed in so that tests can record what it is given. */
export type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => ElectronBrowserWindow;

/**
 * The one place the main window and its options are made. The renderer runs
 * isolated and sandboxed, without Node, with web security on; the preload is
 * the only bridge. The options are written out literally at the `new
 * BrowserWindow` call so that static checkers (electronegativity) can read them.
 */
export function createMainWindow(BrowserWindow: BrowserWindowClass, preloadPath: string): ElectronBrowserWindow {
  return new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: '采编台 Copydesk',
    show: false,
    backgroundColor: '#f6f5f2',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
}

/**
 * A hidden window that prints one page of HTML to PDF (printToPDF). No
 * preload, so it cannot reach the services; sandboxed and isolated like the
 * main window (the options are again written out literally for the static
 * checkers). Script stays on only so the shell can wait for fonts; the print
 * page's CSP allows no script of its own.
 */
export function createPrintWindow(BrowserWindow: BrowserWindowClass): ElectronBrowserWindow {
  return new BrowserWindow({
    show: false,
    width: 800,
    height: 1100,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
}
