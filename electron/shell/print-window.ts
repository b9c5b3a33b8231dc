import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PdfPrinter } from '../services/print-jobs';
import { fontFaceRules } from '../services/print-fonts';
import { APP_ORIGIN } from './app-url';
import { createPrintWindow, type BrowserWindowClass } from './window-options';

/** Print pages waiting to be loaded by a print window, by token (served on app://copydesk/print/<token>.html). */
export type PrintPageRegistry = Map<string, string>;

const inches = (mm: number) => mm / 25.4;

/**
 * The app's PDF printer: Electron's webContents.printToPDF in a hidden,
 * sandboxed window that loads the print page from app:// (never file://),
 * with the fonts the renderer bundles, after every font has loaded. The page
 * size is the sheet size exactly, with no margins; the PDF is tagged and has
 * an outline of the headlines. Cancelling destroys the window.
 */
export function electronPrinter(
  BrowserWindow: BrowserWindowClass,
  rendererDir: string,
  pages: PrintPageRegistry,
): PdfPrinter {
  let fonts: Promise<string> | null = null;
  return {
    fontCss() {
      fonts ??= (async () => {
        const dir = join(rendererDir, 'assets');
        const sheets = (await readdir(dir)).filter((name) => name.endsWith('.css'));
        const css = await Promise.all(sheets.map((name) => readFile(join(dir, name), 'utf8')));
        return css.map((text) => fontFaceRules(text, `${APP_ORIGIN}/assets/`)).join('\n');
      })();
      return fonts;
    },
    async print(html, sheet, signal) {
      signal.throwIfAborted();
      const token = randomUUID();
      pages.set(token, html);
      const window = createPrintWindow(BrowserWindow);
      const stop = () => {
        if (!window.isDestroyed()) window.destroy();
      };
      signal.addEventListener('abort', stop, { once: true });
      try {
        await window.loadURL(`${APP_ORIGIN}/print/${token}.html`);
        await window.webContents.executeJavaScript('document.fonts.ready.then(() => document.fonts.status)');
        signal.throwIfAborted();
        return await window.webContents.printToPDF({
          pageSize: { width: inches(sheet.widthMm), height: inches(sheet.heightMm) },
          margins: { top: 0, bottom: 0, left: 0, right: 0 },
          printBackground: true,
          preferCSSPageSize: true,
          generateTaggedPDF: true,
          generateDocumentOutline: true,
        });
      } finally {
        signal.removeEventListener('abort', stop);
        pages.delete(token);
        stop();
      }
    },
  };
}
