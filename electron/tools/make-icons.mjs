/* global document -- used inside page.evaluate, which runs in the browser */
// Draws the app icon (采 on the paper's red) with Chromium and writes
// assets/icon.png (512×512, Linux/macOS) and assets/icon.ico (256×256 PNG inside, Windows).
// Run once after changing the design: node electron/tools/make-icons.mjs
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './build.mjs';

const css = pathToFileURL(join(ROOT, 'node_modules/@fontsource/noto-sans-sc/chinese-simplified-700.css')).href;
const html = `<!doctype html><html><head><link rel="stylesheet" href="${css}"><style>
html,body{margin:0;background:transparent}
div{width:512px;height:512px;border-radius:96px;background:#a4161a;color:#fff;display:flex;align-items:center;justify-content:center;
font:700 340px 'Noto Sans SC';line-height:1}
</style></head><body><div>采</div></body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'],
});
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
const file = join(ROOT, 'out', 'icon.html');
writeFileSync(file, html);
await page.goto(pathToFileURL(file).href);
await page.evaluate(() => document.fonts.ready);
const png512 = await page.screenshot({ omitBackground: true });
await page.setViewportSize({ width: 256, height: 256 });
await page.evaluate(() => (document.body.style.zoom = '0.5'));
const png256 = await page.screenshot({ omitBackground: true });
await browser.close();

writeFileSync(join(ROOT, 'assets/icon.png'), png512);
// An ICO file with one 256×256 PNG image.
const header = Buffer.alloc(22);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(1, 4);
header.writeUInt8(0, 6); // 0 means 256
header.writeUInt8(0, 7);
header.writeUInt8(0, 8);
header.writeUInt8(0, 9);
header.writeUInt16LE(1, 10);
header.writeUInt16LE(32, 12);
header.writeUInt32LE(png256.length, 14);
header.writeUInt32LE(22, 18);
writeFileSync(join(ROOT, 'assets/icon.ico'), Buffer.concat([header, png256]));
console.log('assets/icon.png, assets/icon.ico');
