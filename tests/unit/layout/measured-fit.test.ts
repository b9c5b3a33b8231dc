import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { autoLayout } from '../../../shared/layout/auto-layout';
import { copyfit } from '../../../shared/layout/copyfit';
import { renderPages, type PrintModule } from '../../../shared/layout/page-html';
import { placementFit } from '../../../shared/layout/issue';
import { BUILT_IN_PRESETS } from '../../../shared/layout/presets';
import { ArticleContentSchema } from '../../../shared/model/article';
import { printFontCss } from '../../../electron/services/pdf';
import { CHROMIUM_FLAGS, chromiumBinary } from '../../helpers/chromium';

const REPORTS = (
  JSON.parse(readFileSync(join(__dirname, '../../fixtures/house-format/reference-reports.json'), 'utf8')) as unknown[]
).map((r) => ArticleContentSchema.parse(r));
const FOLIO = { paper: '中原报', date: '2020年3月20日', pageNumber: 2, pageName: '中原新闻', editor: '王五' };

let browser: Browser;
let page: Page;
let dir: string;

async function show(html: string) {
  const file = join(dir, `p${Math.random().toString(36).slice(2)}.html`);
  await writeFile(file, html);
  await page.goto(pathToFileURL(file).href);
  await page.evaluate(() => document.fonts.ready.then(() => true));
}

/** Per module: whether its text runs past it, where it ends against the page, and the lines its text takes (in one column). */
const measure = () =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.module')].map((m) => {
      const text = m.querySelector<HTMLElement>('.text')!;
      const line = parseFloat(getComputedStyle(text).lineHeight);
      const last = [...text.children].at(-1)!.getBoundingClientRect().bottom;
      return {
        clipped: text.scrollWidth > text.clientWidth + 1 || text.scrollHeight > text.clientHeight + 1,
        moduleBottom: m.getBoundingClientRect().bottom,
        pageBottom: m.closest('.page')!.getBoundingClientRect().bottom,
        usedLines: Math.round((last - text.getBoundingClientRect().top) / line),
      };
    }),
  );

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-measure-'));
  browser = await chromium.launch({ executablePath: chromiumBinary()!, headless: true, args: CHROMIUM_FLAGS });
  page = await browser.newPage();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('copyfit against Chromium', () => {
  it('the character-grid count of lines is what Chromium sets in one column, or one line more', async () => {
    const sikai = BUILT_IN_PRESETS.find((p) => p.id === 'sikai')!;
    const modules: PrintModule[] = REPORTS.map((content) => ({
      content,
      span: 1,
      lines: 120,
      tier: '普通',
      overLines: 0,
    }));
    await show(renderPages([{ preset: { ...sikai, heightMm: 5000 }, folio: FOLIO, modules }], await printFontCss()));
    const measured = await measure();
    const model = REPORTS.map((c) => copyfit(c, { chars: 11, columns: 1, linesPerColumn: 0 }).linesNeeded);
    // The model never counts fewer lines than Chromium sets (so it never lets copy be clipped), and at most one more.
    expect(measured.every((m) => !m.clipped)).toBe(true);
    expect(measured.every((m) => !m.clipped)).toBe(true);
    measured.forEach((m, i) => expect(model[i]! - m.usedLines).toBeGreaterThanOrEqual(0));
    measured.forEach((m, i) => expect(model[i]! - m.usedLines).toBeLessThanOrEqual(1));
  }, 60_000);

  it('the reference page laid out on 四开 fits one page with its six reports, nothing clipped', async () => {
    const sikai = BUILT_IN_PRESETS.find((p) => p.id === 'sikai')!;
    const layout = autoLayout(REPORTS, sikai);
    const modules: PrintModule[] = REPORTS.map((content, i) => ({
      content,
      ...layout.placements[i]!,
      overLines: placementFit(content, layout.placements[i]!, sikai).overLines,
    }));
    await show(renderPages([{ preset: sikai, folio: FOLIO, modules }], await printFontCss()));
    const measured = await measure();
    for (const m of measured) {
      expect(m.clipped).toBe(false);
      expect(m.moduleBottom).toBeLessThanOrEqual(m.pageBottom + 0.5);
    }
  }, 60_000);
});
