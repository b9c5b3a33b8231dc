// npm run bench:photos — photos from camera to plate. Two parts:
// 1. In the real renderer (Chromium against the test host), a 24-megapixel
//    JPEG inserted into a 20,000-character article: time from choosing the
//    file to the picture drawn in the editor (target ≤ 1.5 s), with a
//    1-megapixel picture as the baseline; IME commits while the picture is
//    being added, and afterwards with the photo in the document, against
//    commits in the same article before any photo (targets as bench:editor:
//    p95 ≤ 16 ms at 20k).
// 2. A 四开 page with six photos (12 megapixels each) printed to a plant-ready
//    PDF with the browser up: time and size (targets ≤ 3 s, ≤ 15 MB), with the
//    same page without photos as the baseline. The first print makes the
//    print renditions; the next ones find them cached.
// Last line: BENCH {json}.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { chromium } from 'playwright-core';
import { ArticleStore } from '../../electron/store/article-store';
import { DataPaths } from '../../electron/store/data-paths';
import { PhotoStore } from '../../electron/store/photo-store';
import { Photos } from '../../electron/services/photos';
import { launchChromium, printFontCss, printHtml } from '../../electron/services/pdf';
import { pagesPdf } from '../../electron/services/page-pdf';
import { CHROMIUM_FLAGS, chromiumBinary } from '../helpers/chromium';
import { emptyContent, plainTextToBody } from '../../shared/model/article-content';
import { photoBlock } from '../../shared/model/photo';
import { BUILT_IN_PRESETS } from '../../shared/layout/presets';
import type { PrintPage } from '../../shared/layout/page-html';
import type { ArticleContent } from '../../shared/model/article';
// @ts-expect-error the build script is plain ESM JavaScript
import { ensureBuilt } from '../../electron/tools/build.mjs';
import { percentile } from './measure';
import { caretInMiddle, commits, installProbe, startHost } from './editor-probe';

const RUNS = Number(process.env.BENCH_PHOTO_RUNS ?? 5);
const SENTENCE = '中原区统筹推进疫情防控和复工复产工作，确保各项措施落实到位。';
const TITLE = '基准图片稿件20k';

/**
 * A camera-like picture: a smooth gradient with fine grain (what a photo's
 * JPEG holds), `seed` making each one different so that none is stored twice.
 */
async function cameraJpeg(width: number, height: number, seed: number): Promise<Buffer> {
  const small = Buffer.alloc(64 * 48 * 3);
  for (let i = 0; i < 64 * 48; i++) {
    const x = i % 64;
    const y = Math.floor(i / 64);
    small[i * 3] = (x * 4 + seed * 37) & 255;
    small[i * 3 + 1] = (y * 5 + seed * 11) & 255;
    small[i * 3 + 2] = ((x + y) * 2 + seed * 53) & 255;
  }
  const grain = await sharp({
    create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 24 } },
  })
    .raw()
    .toBuffer();
  return sharp(small, { raw: { width: 64, height: 48, channels: 3 } })
    .resize(width, height, { kernel: 'cubic' })
    .composite([{ input: grain, raw: { width, height, channels: 3 }, blend: 'overlay' }])
    .jpeg({ quality: 90 })
    .toBuffer();
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

async function editorPart(): Promise<Record<string, number>> {
  await ensureBuilt({ node: ['host'], renderer: true });
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-bench-photos-'));
  const store = await ArticleStore.open({ dataDir: dir });
  await store.create({
    ...emptyContent(),
    title: TITLE,
    body: plainTextToBody(Array.from({ length: 27 }, () => SENTENCE.repeat(25)).join('\n')),
  });
  await store.close();
  const host = await startHost(dir);
  const executablePath = chromiumBinary();
  if (!executablePath) throw new Error('找不到 Chromium：请安装（apt-get install chromium）或设置 CHROMIUM_PATH。');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(host.url);
    await page.getByTestId('month-select').selectOption('undated');
    await page.getByRole('button', { name: TITLE, exact: true }).click();
    await page.locator('[data-testid="paragraph"]').last().waitFor();
    const cdp = await page.context().newCDPSession(page);
    await installProbe(page, '[data-slate-editor="true"]');
    await caretInMiddle(page, '[data-slate-editor="true"]');
    const before = await commits(page, cdp);

    /**
     * Chooses a picture and times until the editor has drawn it (one more
     * photo, every picture decoded), as seen in the page on each animation
     * frame: the typing done meanwhile does not delay the reading.
     */
    const insert = async (bytes: Buffer, during?: () => Promise<void>): Promise<number> => {
      const count = await page.getByTestId('photo').count();
      await page.evaluate((n) => {
        const w = window as unknown as { __ins: number; __drawn: number };
        w.__ins = performance.now();
        w.__drawn = 0;
        const look = () => {
          const imgs = document.querySelectorAll<HTMLImageElement>('[data-testid="photo"] img');
          if (imgs.length > n && [...imgs].every((img) => img.complete && img.naturalWidth > 0))
            w.__drawn = performance.now() - w.__ins;
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }, count);
      // Chosen from disk, as a user picks a file: the browser reads it itself.
      const file = join(dir, `camera-${++picked}.jpg`);
      await writeFile(file, bytes);
      await page.getByTestId('photo-file').setInputFiles(file);
      await during?.();
      const drawn = await page.waitForFunction(
        () => (window as unknown as { __drawn: number }).__drawn || false,
        null,
        {
          polling: 'raf',
          timeout: 60_000,
        },
      );
      return Number(await drawn.jsonValue());
    };
    let picked = 0;
    const small: number[] = [];
    const big: number[] = [];
    const during: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await caretInMiddle(page, '[data-slate-editor="true"]');
      small.push(await insert(await cameraJpeg(1200, 800, 100 + i)));
      await caretInMiddle(page, '[data-slate-editor="true"]');
      const picture = await cameraJpeg(6000, 4000, i);
      await installProbe(page, '[data-slate-editor="true"]');
      big.push(
        await insert(picture, async () => {
          // Typing goes on while the picture is read, sent, checked and stored.
          const typed = await commits(page, cdp);
          during.push(...typed);
        }),
      );
    }
    await caretInMiddle(page, '[data-slate-editor="true"]');
    await installProbe(page, '[data-slate-editor="true"]');
    const after = await commits(page, cdp);
    await page.close();
    return {
      insert24p50: percentile(big, 50),
      insert24max: Math.max(...big),
      insert1p50: percentile(small, 50),
      imeBeforeP95: percentile(before, 95),
      imeDuringP95: percentile(during, 95),
      imeAfterP95: percentile(after, 95),
      imeDuringN: during.length,
    };
  } finally {
    await browser.close();
    host.child.kill();
  }
}

async function pdfPart(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-bench-photopdf-'));
  const photos = new Photos(new PhotoStore(new DataPaths(dir), { readOnly: false }));
  const sikai = BUILT_IN_PRESETS.find((p) => p.id === 'sikai')!;
  const text = (n: number) => plainTextToBody(Array.from({ length: 3 }, () => SENTENCE.repeat(2 + n)).join('\n'));
  const reports: ArticleContent[] = [];
  for (let i = 0; i < 6; i++) {
    const { info } = await photos.add(await cameraJpeg(4000, 3000, 200 + i));
    reports.push({
      ...emptyContent(),
      title: `第${i + 1}篇图片报道`,
      body: [...text(i % 2), photoBlock(info, `图为第${i + 1}个现场。`, '本报记者 张改华 摄')],
    });
  }
  const page = (contents: readonly ArticleContent[]): PrintPage => ({
    preset: sikai,
    ink: 'mono',
    folio: { paper: '中原报', date: '2026年3月20日', pageNumber: 1, pageName: '图片', editor: '王五' },
    modules: contents.map((content) => ({
      content,
      span: 2,
      lines: 58,
      tier: '普通' as const,
      overLines: 0,
      photos: [],
    })),
  });
  const withPhotos = page(reports);
  const withoutPhotos = page(reports.map((r) => ({ ...r, body: r.body.filter((b) => b.type !== 'photo') })));
  const browser = await launchChromium();
  const fontCss = await printFontCss();
  const print = (p: PrintPage) =>
    pagesPdf([p], { bleed: false, fontCss, print: (html, sheet) => printHtml(browser, html, sheet), photos });
  try {
    await print(withoutPhotos); // the browser's tab and fonts warmed up
    const timed = async (p: PrintPage) => {
      const t0 = performance.now();
      const { pdf } = await print(p);
      return { ms: performance.now() - t0, bytes: pdf.length };
    };
    const baseline: number[] = [];
    for (let i = 0; i < 3; i++) baseline.push((await timed(withoutPhotos)).ms);
    const first = await timed(withPhotos);
    const warm: number[] = [];
    let bytes = first.bytes;
    for (let i = 0; i < 3; i++) {
      const run = await timed(withPhotos);
      warm.push(run.ms);
      bytes = run.bytes;
    }
    return {
      pdfTextOnlyMs: percentile(baseline, 50),
      pdfFirstMs: first.ms,
      pdfWarmMs: percentile(warm, 50),
      pdfMB: bytes / 1024 / 1024,
    };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const editor = await editorPart();
  const pdf = await pdfPart();
  const rows: Array<[string, string, string, string]> = [
    [
      'insert 24 MP JPEG, to drawn (p50 / max)',
      `${fmt(editor.insert24p50!)} / ${fmt(editor.insert24max!)} ms`,
      '≤ 1500 ms',
      `baseline 1 MP: ${fmt(editor.insert1p50!)} ms`,
    ],
    [
      'IME commit p95 while inserting',
      `${fmt(editor.imeDuringP95!)} ms (n=${editor.imeDuringN})`,
      '≤ 16 ms',
      `before any photo: ${fmt(editor.imeBeforeP95!)} ms`,
    ],
    [
      'IME commit p95 with photos in the article',
      `${fmt(editor.imeAfterP95!)} ms`,
      '≤ 16 ms',
      `before any photo: ${fmt(editor.imeBeforeP95!)} ms`,
    ],
    [
      '四开 page, 6 photos → PDF (renditions made)',
      `${fmt(pdf.pdfFirstMs!)} ms`,
      '≤ 3000 ms',
      `text only: ${fmt(pdf.pdfTextOnlyMs!)} ms`,
    ],
    [
      '四开 page, 6 photos → PDF (renditions cached)',
      `${fmt(pdf.pdfWarmMs!)} ms`,
      '≤ 3000 ms',
      `text only: ${fmt(pdf.pdfTextOnlyMs!)} ms`,
    ],
    ['PDF size', `${pdf.pdfMB!.toFixed(2)} MB`, '≤ 15 MB', ''],
  ];
  console.log('| measure | result | target | baseline (same run) |');
  console.log('|---|---|---|---|');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  console.log(`BENCH ${JSON.stringify({ ...editor, ...pdf })}`);
}

await main();
