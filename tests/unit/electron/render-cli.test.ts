import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { tempDir } from '../../helpers/temp-dir';
import { ROOT } from '../../helpers/root';
import { parseReports } from '../../../shared/format/parse-reports';
import { reportToContent } from '../../../shared/format/parse-output';
import { renderHouseText } from '../../../shared/format/house-text';
import { bylineParts, headlineLines } from '../../../shared/format/house-text';

const REFERENCE = join(ROOT, 'tests/fixtures/reference/house-format-page.txt');
const REPORTS = parseReports(readFileSync(REFERENCE, 'utf8')).reports.map((r) => reportToContent(r, 2020));

/** Marks no printed line may start with (GB style): closing marks and pause marks, full or half width. */
const FORBIDDEN_START = /^[，。、；：？！”’）》〉」』】,.;:!?)]/u;

let dir: string;
let cleanup: () => Promise<void>;

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'electron/cli/bin.mjs'), ...args, '--data', join(dir, 'data')],
    {
      encoding: 'utf8',
      cwd: ROOT,
      env: { ...process.env, ...env },
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tool = (name: string, ...args: string[]) => {
  const run = spawnSync(name, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${name} failed: ${run.stderr}`);
  return run.stdout;
};

/** The page size of a PDF in millimetres, from pdfinfo. */
function pageSizeMm(file: string) {
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(tool('pdfinfo', file))!;
  return {
    width: (Number(w) * 25.4) / 72,
    height: (Number(h) * 25.4) / 72,
    pages: Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', file))![1]),
  };
}

/** Checks what a printing plant checks: no Type 3 font, every font embedded; returns the font lines. */
function expectPrintReadyFonts(file: string) {
  const fonts = tool('pdffonts', file).split('\n').slice(2).filter(Boolean);
  expect(fonts.length).toBeGreaterThan(0);
  for (const line of fonts) {
    expect(line).not.toMatch(/Type 3/);
    expect(line).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
  }
}

/** The headline and byline of every reference report can be found in the extracted text (line breaks removed). */
function expectHeadlinesAndBylines(text: string) {
  const flat = text.replace(/\s+/g, '');
  for (const report of REPORTS) {
    expect(flat).toContain(report.title.replace(/\s+/g, ''));
    for (const part of bylineParts(report.byline)) expect(flat).toContain(part.replace(/\s+/g, ''));
  }
}

/**
 * What a printing plant checks: the page count, every page at the trim size
 * within 0.5 mm, fonts print-ready, every headline and byline extractable and
 * no line starting with a closing mark. Returns the extracted text.
 */
function expectPrintReadyPdf(file: string, expected: { pages: number; width: number; height: number }): string {
  const size = pageSizeMm(file);
  expect(size.pages).toBe(expected.pages);
  expect(Math.abs(size.width - expected.width)).toBeLessThanOrEqual(0.5);
  expect(Math.abs(size.height - expected.height)).toBeLessThanOrEqual(0.5);
  expectPrintReadyFonts(file);
  const text = tool('pdftotext', '-raw', file, '-');
  expectHeadlinesAndBylines(text);
  expect(text.split('\n').filter((line) => FORBIDDEN_START.test(line))).toEqual([]);
  return text;
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('copydesk-render-'));
});
afterAll(() => cleanup());

describe('copydesk render and page', () => {
  it('page: the reference page on 四开 fits one page at the trim size, print-ready, every headline and byline extractable, no line starting with a closing mark', () => {
    const out = join(dir, 'page.pdf');
    const run = cli(['page', REFERENCE, '--preset', '四开', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`已导出到 ${out}（四开，6 篇排成一版）\n`);
    const text = expectPrintReadyPdf(out, { pages: 1, width: 270, height: 390 });
    // No overset marker: every report fits its module.
    expect(text).not.toContain('超出');
  }, 120_000);

  it('page: reports that cannot fit the page are refused, and nothing is written', () => {
    const out = join(dir, 'a4.pdf');
    const run = cli(['page', REFERENCE, '--preset', 'A4', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^错误：这 6 篇稿件在A4版面上排不下：超出 \d+ 行（约 \d+ 字）。请换用更大的版式，或删减稿件。\n$/,
    );
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('render --format pdf: a page per report at A4, fonts embedded, text extractable', () => {
    const out = join(dir, 'reports.pdf');
    const run = cli(['render', REFERENCE, '--format', 'pdf', '--out', out]);
    expect(run.code).toBe(0);
    expectPrintReadyPdf(out, { pages: 6, width: 210, height: 297 });
  }, 120_000);

  it('render --format txt: the house-format rendering, in UTF-8 or GB18030 with CRLF, decoding back to the same text', () => {
    const expected = REPORTS.map(renderHouseText).join('\n');
    const utf8 = join(dir, 'reports.txt');
    expect(cli(['render', REFERENCE, '--format', 'txt', '--out', utf8]).code).toBe(0);
    expect(readFileSync(utf8, 'utf8')).toBe(expected);
    const gb = join(dir, 'reports-gb.txt');
    expect(cli(['render', REFERENCE, '--format', 'txt', '--encoding', 'gb18030', '--crlf', '--out', gb]).code).toBe(0);
    const bytes = readFileSync(gb);
    expect(bytes.includes(Buffer.from('本报讯', 'utf8'))).toBe(false);
    expect(iconv.decode(bytes, 'gb18030')).toBe(expected.replace(/\n/g, '\r\n'));
    // The text reads back as the same six reports.
    expect(parseReports(readFileSync(utf8, 'utf8')).reports.map((r) => r.title)).toEqual(REPORTS.map((r) => r.title));
  }, 60_000);

  it('render --format docx: reads back through mammoth with the same paragraphs, a report a page', async () => {
    const out = join(dir, 'reports.docx');
    expect(cli(['render', REFERENCE, '--format', 'docx', '--out', out]).code).toBe(0);
    const { value } = await mammoth.extractRawText({ path: out });
    const paragraphs = value.split('\n').filter((l) => l.trim() !== '');
    // Kicker, title and subtitle as paragraphs of their own, then the house-format lines (dateline, body, byline).
    const expected = REPORTS.flatMap((r) => [
      ...[r.kicker, r.title, r.subtitle].filter((x): x is string => Boolean(x)),
      ...renderHouseText(r).split('\n').filter(Boolean).slice(headlineLines(r).length),
    ]);
    expect(paragraphs).toEqual(expected);
    // Each report after the first starts a new page.
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(REPORTS.length - 1);
  }, 60_000);

  it('render --format html: no script, one article a report with its headline structure', () => {
    const out = join(dir, 'reports.html');
    expect(cli(['render', REFERENCE, '--format', 'html', '--out', out]).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script|on\w+=|javascript:/i);
    expect(html.match(/<article>/g)).toHaveLength(6);
    expect(html.match(/<h1>/g)).toHaveLength(6);
    expect(html).toContain(
      `<header>\n<h1>${REPORTS[0]!.title}</h1>\n<p class="subtitle">${REPORTS[0]!.subtitle}</p>\n</header>`,
    );
  }, 60_000);

  it('a missing browser, a bad format and a file without reports each get a Chinese message, and no file', () => {
    const out = join(dir, 'nobrowser.pdf');
    const nobrowser = cli(['render', REFERENCE, '--format', 'pdf', '--out', out], {
      CHROMIUM_PATH: join(dir, 'no-chromium'),
    });
    expect(nobrowser.code).toBe(1);
    expect(nobrowser.stderr).toBe('错误：找不到 Chromium，无法生成 PDF（请安装 chromium 或设置 CHROMIUM_PATH）。\n');
    expect(existsSync(out)).toBe(false);
    const bad = cli(['render', REFERENCE, '--format', 'rtf', '--out', join(dir, 'x.rtf')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('render 需要 --format pdf、docx、txt 或 html（收到“rtf”）');
    writeFileSync(join(dir, 'chat.txt'), '好的\n收到\n');
    const none = cli(['render', join(dir, 'chat.txt'), '--format', 'txt', '--out', join(dir, 'chat-out.txt')]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^错误：/);
    expect(existsSync(join(dir, 'chat-out.txt'))).toBe(false);
  }, 60_000);
});
