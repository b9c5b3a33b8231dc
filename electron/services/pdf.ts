import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CopydeskError } from '../../shared/ipc/result';
import type { PagePreset } from '../../shared/layout/presets';
import { CHROMIUM_FLAGS, chromiumBinary } from './chromium';
import type { PdfPrinter } from './print-jobs';

/** The bundled fonts' stylesheets: Noto Serif SC for body text (宋体), Noto Sans SC for headlines (黑体). */
const FONT_SHEETS = [
  '@fontsource/noto-serif-sc/400.css',
  '@fontsource/noto-sans-sc/400.css',
  '@fontsource/noto-sans-sc/700.css',
];

/**
 * @font-face rules for the print page with absolute file URLs to the bundled
 * woff2 files: TrueType outlines, which Chromium embeds as CID TrueType subsets
 * (system OTF/OTC CJK fonts would come out as Type 3, which printers reject).
 */
export async function printFontCss(): Promise<string> {
  // CommonJS bundles have require(); the benchmark runner's ESM bundles define one too.
  const sheets = await Promise.all(
    FONT_SHEETS.map(async (sheet) => {
      const file = require.resolve(sheet);
      const base = pathToFileURL(dirname(file)).href;
      return (await readFile(file, 'utf8')).replace(/url\(\.\//g, `url(${base}/`);
    }),
  );
  return sheets.join('\n');
}

const tabs = new WeakMap<Browser, { page: Promise<Page>; turn: Promise<void> }>();

/** Starts the system Chromium headless, or says in Chinese that there is none. */
export async function launchChromium(): Promise<Browser> {
  const binary = chromiumBinary();
  if (!binary)
    throw new CopydeskError('UNAVAILABLE', '找不到 Chromium，无法生成 PDF（请安装 chromium 或设置 CHROMIUM_PATH）。');
  return chromium.launch({ executablePath: binary, headless: true, args: CHROMIUM_FLAGS });
}

/**
 * Prints print HTML to PDF in a running browser with Chromium's own call
 * (page.pdf, as Electron's printToPDF does in the app) at the sheet size (the
 * trim, or the trim with bleed and crop marks), after every font has loaded.
 * The page is loaded from a temp file so that it may read the bundled font
 * files; nothing is fetched from a network.
 */
export async function printHtml(
  browser: Browser,
  html: string,
  size: Pick<PagePreset, 'widthMm' | 'heightMm'>,
): Promise<Buffer> {
  // One tab per browser, reused: making a context and a page costs more than printing a page.
  // Prints in the same browser take turns in it.
  let tab = tabs.get(browser);
  if (!tab) tabs.set(browser, (tab = { page: browser.newPage(), turn: Promise.resolve() }));
  const { page: opening } = tab;
  const run = tab.turn.then(async () => {
    const page = await opening;
    const dir = await mkdtemp(join(tmpdir(), 'copydesk-pdf-'));
    try {
      const file = join(dir, 'page.html');
      await writeFile(file, html);
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      return await page.pdf({
        width: `${size.widthMm}mm`,
        height: `${size.heightMm}mm`,
        printBackground: true,
        preferCSSPageSize: true,
        tagged: true,
        outline: true,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
  tab.turn = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

/** Prints print HTML to PDF in a Chromium of its own (see `printHtml`); `signal` cancels by closing it. */
export async function htmlToPdf(
  html: string,
  size: Pick<PagePreset, 'widthMm' | 'heightMm'>,
  signal?: AbortSignal,
): Promise<Buffer> {
  signal?.throwIfAborted();
  const browser = await launchChromium();
  // Cancelling closes the browser, which ends whatever it is doing.
  const stop = () => void browser.close();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    return await printHtml(browser, html, size);
  } finally {
    signal?.removeEventListener('abort', stop);
    await browser.close();
  }
}

/** The PDF printer of the test host and the CLI: the system Chromium, or null when there is none. */
export function chromiumPrinter(): PdfPrinter | null {
  if (!chromiumBinary()) return null;
  return { fontCss: printFontCss, print: (html, sheet, signal) => htmlToPdf(html, sheet, signal) };
}
