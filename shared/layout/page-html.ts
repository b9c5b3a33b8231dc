import type { ArticleContent } from '../model/article';
import { bodyHtml, bylineHtml, escapeHtml } from '../format/export-html';
import { HAO_POINTS, moduleChars, type PagePreset } from './presets';
import { packModules } from './pack';
import { photoBoxes, type PhotoBox, type PhotoPlacement } from './photo-boxes';
import type { PageInk } from './presets';
import { MASTHEAD_CSS, mastheadHtml, type PrintMasthead } from './masthead';
import {
  DECK_SIZE,
  FOLIO_GAP_MM,
  FOLIO_MM,
  HEADLINE_GAP_MM,
  HEADLINE_LEADING,
  headlineLines,
  pageLines,
  sizePt,
  TITLE_SIZES,
  type HeadlineTier,
} from './typography';

/** The folio line at the top of every page: paper, date, 版次, 版名, 责任编辑. */
export interface Folio {
  paper: string;
  date: string;
  pageNumber: number;
  pageName: string;
  editor: string;
}

/** A report set as a module on a page: across `span` columns, `lines` body lines tall (its headline stack included). */
export interface PrintModule {
  content: ArticleContent;
  span: number;
  lines: number;
  tier: HeadlineTier;
  /** Lines the copy overruns its module by (from copyfit): shown on the module, never clipped silently. */
  overLines: number;
  /** How the report's photos print: the placement's boxes and crops (defaults for the rest). */
  photos?: readonly PhotoPlacement[];
}

/** A page to print: its preset, folio and modules in order. */
export interface PrintPage {
  preset: PagePreset;
  folio: Folio;
  /** 第1版's masthead, printed instead of the folio line. */
  masthead?: PrintMasthead | null;
  modules: PrintModule[];
  /** 黑白 or 彩色 (the preset's when absent): a 黑白 page's pictures are greyscale. */
  ink?: PageInk;
}

/**
 * A picture for a photo box: its URL and whether it is already cropped to
 * the box (a print rendition) or is the whole picture (the preview's view),
 * which the page then crops.
 */
export interface BoxPicture {
  src: string;
  cropped: boolean;
}

/** Space outside the trim for crop marks, and the bleed, in millimetres. */
const SLUG_MM = 10;
const BLEED_MM = 3;

/** The size of the printed sheet: the trim, or with bleed the trim and the slug for crop marks around it. */
export function sheetSizeMm(preset: Pick<PagePreset, 'widthMm' | 'heightMm'>, bleed: boolean) {
  const slug = bleed ? 2 * SLUG_MM : 0;
  return { widthMm: preset.widthMm + slug, heightMm: preset.heightMm + slug };
}

/** Options of a layout: bleed and crop marks, the paper's 号-to-pt table, and the photos' pictures. */
export interface LayoutOptions {
  bleed?: boolean;
  /** 号 → points (the paper's calibration; HAO_POINTS by default). */
  sizes?: Readonly<Record<string, number>>;
  /** The picture of a photo box on page `sheet`; none: the box prints empty with its caption (a grey frame in the preview). */
  pictureOf?: (box: PhotoBox, sheet: number) => BoxPicture | null;
}

/**
 * Pages laid out as markup and a stylesheet kept apart: the markup carries
 * class names only (no style attributes), so the in-app preview can show it
 * under the renderer's strict CSP (the stylesheet adopted as a constructed
 * sheet), and `renderPages` wraps the same two into the print document.
 */
export interface PageLayout {
  css: string;
  body: string;
  title: string;
}

const BASE_CSS = (sizes: Readonly<Record<string, number>>) => `
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body, .sheets { font-family: 'Noto Serif SC', serif; color: #000; }
.sheet { position: relative; break-after: page; overflow: hidden; background: #fff; }
.sheet:last-child { break-after: auto; }
.page { position: absolute; overflow: hidden; }
.bleed { position: absolute; background: #fff; }
.mark { position: absolute; background: #000; }
.folio { display: flex; justify-content: space-between; align-items: end; font: ${sizePt(sizes, '六号')}pt/1.4 'Noto Sans SC', sans-serif; border-bottom: 0.75pt solid #000; height: ${FOLIO_MM - FOLIO_GAP_MM}mm; padding-bottom: 1mm; margin-bottom: ${FOLIO_GAP_MM}mm; overflow: hidden; }
.modules { display: grid; row-gap: 0; }
.module { overflow: hidden; position: relative; display: flex; flex-direction: column; }
.kicker, .subtitle { font-family: 'Noto Sans SC', sans-serif; font-size: ${sizePt(sizes, DECK_SIZE)}pt; line-height: ${HEADLINE_LEADING}; text-align: center; margin: 0 0 ${HEADLINE_GAP_MM.line}mm; }
h1 { font-family: 'Noto Sans SC', sans-serif; font-weight: 700; line-height: ${HEADLINE_LEADING}; text-align: center; margin: 0 0 ${HEADLINE_GAP_MM.line}mm; }
.headline { margin-bottom: ${HEADLINE_GAP_MM.stack}mm; flex: none; }
.text { flex: 1 1 auto; min-height: 0; column-rule: 0.25pt solid #000; text-align: justify; text-justify: inter-character;
  line-break: strict; word-break: normal; overflow-wrap: normal; text-spacing-trim: trim-start; hanging-punctuation: none; }
.text p { margin: 0; text-indent: 2em; widows: 1; orphans: 1; text-wrap: pretty; }
.text h2 { font-family: 'Noto Sans SC', sans-serif; font-size: 1em; font-weight: 700; margin: 0; break-after: avoid; }
.dateline { font-family: 'Noto Sans SC', sans-serif; }
.byline { text-indent: 0 !important; text-align: right; font-family: 'Noto Sans SC', sans-serif; word-break: keep-all; }
.page-overset { position: absolute; left: 0; right: 0; bottom: 0; margin: 0; padding: 1mm; background: #fff; color: #d00; font: 700 12pt 'Noto Sans SC', sans-serif; text-align: center; border-top: 1pt solid #d00; }
.masthead { margin-bottom: ${FOLIO_GAP_MM}mm; }
.pbox { flex: none; margin: 0 0 0 0; }
.pframe { position: relative; overflow: hidden; background: #fff; }
.pframe.empty { outline: 0.5pt solid #000; }
.pframe img { position: absolute; display: block; max-width: none; }
.pcap { margin: 0; font-family: 'Noto Sans SC', sans-serif; text-align: justify; line-break: strict; overflow: hidden; }
.overset { position: absolute; right: 0; bottom: 0; margin: 0; padding: 0 1mm; background: #fff; color: #d00; font: 700 9pt 'Noto Sans SC', sans-serif; border: 0.5pt solid #d00; }
`;

const box = (b: { left: number; top: number; width: number; height: number }) =>
  `left: ${b.left}mm; top: ${b.top}mm; width: ${b.width}mm; height: ${b.height}mm;`;

/** Crop marks: short lines in the slug, in line with the trim edges, clear of the bleed. */
function cropMarks(w: number, h: number) {
  return [
    ...[0, w].flatMap((x) => [
      { left: SLUG_MM + x - 0.1, top: 0, width: 0.2, height: SLUG_MM - BLEED_MM },
      { left: SLUG_MM + x - 0.1, top: SLUG_MM + h + BLEED_MM, width: 0.2, height: SLUG_MM - BLEED_MM },
    ]),
    ...[0, h].flatMap((y) => [
      { left: 0, top: SLUG_MM + y - 0.1, width: SLUG_MM - BLEED_MM, height: 0.2 },
      { left: SLUG_MM + w + BLEED_MM, top: SLUG_MM + y - 0.1, width: SLUG_MM - BLEED_MM, height: 0.2 },
    ]),
  ];
}

/**
 * Lays out pages of reports: each page has the folio line and its modules on
 * the preset's column grid, in order, each spanning its columns: the headline
 * stack across the module, title in bold sans (黑体) sized by tier, kicker and
 * subtitle smaller; the body in columns a whole number of characters wide with
 * one-character gutters and column rules, 小五 by default, 2 em indents,
 * justified, GB line breaking (`line-break: strict`), full-width punctuation
 * compression (`text-spacing-trim`), and no lone character on a paragraph's
 * last line where the browser can avoid it (`text-wrap: pretty`). A module's
 * overset is printed on it in red, never clipped silently. With `bleed`, each
 * page gets 3 mm of bleed and crop marks outside the trim.
 */
export function layoutPages(pages: readonly PrintPage[], options: LayoutOptions = {}): PageLayout {
  const sizes = options.sizes ?? HAO_POINTS;
  const slug = options.bleed ? SLUG_MM : 0;
  const rules: string[] = [];
  const sheets = pages.map(({ preset, folio, modules, masthead }, s) => {
    const pt = preset.bodyPt;
    const m = preset.marginMm;
    const w = preset.widthMm;
    const h = preset.heightMm;
    const sheet = `.s${s}`;
    rules.push(
      `${sheet} { width: ${w + 2 * slug}mm; height: ${h + 2 * slug}mm; }`,
      `${sheet} > .page { ${box({ left: slug, top: slug, width: w, height: h })} padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }`,
      `${sheet} .modules { grid-template-columns: repeat(${preset.columns}, ${preset.charsPerColumn * pt}pt); grid-auto-rows: ${pt * preset.lineHeight}pt; column-gap: ${pt}pt; font-size: ${pt}pt; line-height: ${preset.lineHeight}; width: ${moduleChars(preset, preset.columns) * pt}pt; }`,
      `${sheet} .text { column-gap: ${pt}pt; }`,
    );
    const marks = options.bleed ? cropMarks(w, h) : [];
    marks.forEach((b, k) => rules.push(`${sheet} > .k${k} { ${box(b)} }`));
    if (options.bleed)
      rules.push(
        `${sheet} > .bleed { ${box({ left: slug - BLEED_MM, top: slug - BLEED_MM, width: w + 2 * BLEED_MM, height: h + 2 * BLEED_MM })} }`,
      );
    const packing = packModules(modules, preset.columns);
    const pageOver = packing.bottom - pageLines(preset, masthead);
    const items = modules.map((module, i) => {
      const { content } = module;
      const cls = `${sheet} .m${i}`;
      const slot = packing.slots[i]!;
      rules.push(
        `${cls} { grid-column: ${slot.column + 1} / span ${slot.span}; grid-row: ${slot.row + 1} / span ${slot.lines}; }`,
        `${cls} h1 { font-size: ${sizePt(sizes, TITLE_SIZES[module.tier])}pt; }`,
        `${cls} .text { column-count: ${slot.span}; column-fill: auto; }`,
        // The headline stack takes whole body lines, so the body below it keeps to the line grid.
        `${cls} .headline { min-height: calc(${headlineLines(content, module.span, module.tier, preset, sizes) * pt * preset.lineHeight}pt - ${HEADLINE_GAP_MM.stack}mm); }`,
      );
      const figures = photoBoxes(content, { span: slot.span, photos: module.photos }, preset).map((b) =>
        photoFigure(b, `${cls} .p${b.index}`, options.pictureOf?.(b, s) ?? null, pt * preset.lineHeight, rules),
      );
      return [
        `<article class="module m${i}">`,
        '<header class="headline">',
        content.kicker ? `<p class="kicker">${escapeHtml(content.kicker)}</p>` : '',
        `<h1>${escapeHtml(content.title)}</h1>`,
        content.subtitle ? `<p class="subtitle">${escapeHtml(content.subtitle)}</p>` : '',
        '</header>',
        ...figures,
        `<div class="text">${bodyHtml(content).join('')}${bylineHtml(content)}</div>`,
        module.overLines > 0 ? `<p class="overset">▲ 超出 ${module.overLines} 行</p>` : '',
        '</article>',
      ]
        .filter(Boolean)
        .join('');
    });
    return [
      `<section class="sheet s${s}">`,
      options.bleed ? '<div class="bleed"></div>' : '',
      ...marks.map((_, k) => `<div class="mark k${k}"></div>`),
      '<div class="page">',
      masthead
        ? mastheadHtml(masthead, sheet, preset, rules)
        : `<div class="folio"><span>${escapeHtml(folio.paper)}</span><span>${escapeHtml(folio.date)}</span><span>第${folio.pageNumber}版 ${escapeHtml(folio.pageName)}</span><span>责任编辑 ${escapeHtml(folio.editor)}</span></div>`,
      '<div class="modules">',
      ...items,
      '</div>',
      pageOver > 0 ? `<p class="page-overset">▲ 本版稿件超出版面 ${pageOver} 行</p>` : '',
      '</div>',
      '</section>',
    ]
      .filter(Boolean)
      .join('\n');
  });
  return {
    css: `${BASE_CSS(sizes)}${MASTHEAD_CSS}\n${rules.join('\n')}\n`,
    body: sheets.join('\n'),
    title: pages.map((p) => `第${p.folio.pageNumber}版`).join(' '),
  };
}

/**
 * A photo box in a module: the frame (the picture cropped to it: a print
 * rendition already cropped, or the whole picture placed so the crop fills
 * the frame), then the 图片说明 and credit in the lines under it. Sizes go
 * into `rules` under `cls` (the markup carries class names only).
 */
function photoFigure(b: PhotoBox, cls: string, picture: BoxPicture | null, linePt: number, rules: string[]): string {
  const n = (v: number) => Math.round(v * 1000) / 1000;
  rules.push(`${cls} .pframe { width: ${n(b.widthMm)}mm; height: ${n(b.heightMm)}mm; }`);
  if (picture) {
    const c = picture.cropped ? { x: 0, y: 0, w: 1, h: 1 } : b.crop;
    const w = b.widthMm / c.w;
    const h = b.heightMm / c.h;
    rules.push(
      `${cls} .pframe img { width: ${n(w)}mm; height: ${n(h)}mm; left: ${n(-c.x * w)}mm; top: ${n(-c.y * h)}mm; }`,
    );
  }
  rules.push(`${cls} .pcap { width: ${n(b.widthMm)}mm; height: ${n(b.captionLines * linePt)}pt; }`);
  const caption = escapeHtml(b.photo.caption.trim());
  const credit = b.photo.credit.trim() ? `（${escapeHtml(b.photo.credit.trim())}）` : '';
  return [
    `<figure class="pbox p${b.index}">`,
    picture
      ? `<div class="pframe"><img src="${escapeHtml(picture.src)}" alt="${caption}"></div>`
      : '<div class="pframe empty"></div>',
    b.captionLines > 0
      ? `<figcaption class="pcap">${b.dateline ? `<span class="dateline">${escapeHtml(b.dateline)}</span>` : ''}${caption}${credit}</figcaption>`
      : '',
    '</figure>',
  ].join('');
}

/**
 * The print document of pages (the same layout serves the preview and the
 * PDF, so what is seen is what prints), at the sheet size of the first page.
 * `fontCss` holds the @font-face rules of the bundled TrueType-outline Noto
 * fonts, so Chromium embeds them as CID TrueType subsets.
 */
export function renderPages(pages: readonly PrintPage[], fontCss: string, options: LayoutOptions = {}): string {
  const layout = layoutPages(pages, options);
  const sheet = sheetSizeMm(pages[0]!.preset, options.bleed ?? false);
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(layout.title)}</title>`,
    `<style>${fontCss}\n@page { size: ${sheet.widthMm}mm ${sheet.heightMm}mm; margin: 0; }\n${layout.css}</style>`,
    '</head>',
    '<body>',
    layout.body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
