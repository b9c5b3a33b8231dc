import type { ArticleContent } from '../model/article';
import { bodyHtml, bylineHtml, escapeHtml } from '../format/export-html';
import { HAO_POINTS, moduleChars, type PagePreset } from './presets';
import type { HeadlineTier } from './issue';

/** The folio line at the top of every page: paper, date, 版次, 版名, 责任编辑. */
export interface Folio {
  paper: string;
  date: string;
  pageNumber: number;
  pageName: string;
  editor: string;
}

/** A report set as a module on a page: across `span` columns, `lines` body lines tall (null: as tall as it needs). */
export interface PrintModule {
  content: ArticleContent;
  span: number;
  lines: number | null;
  tier: HeadlineTier;
  /** Lines the copy overruns its module by (from copyfit): shown on the module, never clipped silently. */
  overLines: number;
}

/** A page to print: its preset, folio and modules in order. */
export interface PrintPage {
  preset: PagePreset;
  folio: Folio;
  modules: PrintModule[];
}

/** Headline sizes by tier (号 → pt). */
const TITLE_PT: Record<HeadlineTier, number> = {
  头条: HAO_POINTS['二号']!,
  二条: HAO_POINTS['小二']!,
  普通: HAO_POINTS['三号']!,
  简讯: HAO_POINTS['小四']!,
};

/** Space outside the trim for crop marks, and the bleed, in millimetres. */
const SLUG_MM = 10;
const BLEED_MM = 3;

/** The size of the printed sheet: the trim, or with bleed the trim and the slug for crop marks around it. */
export function sheetSizeMm(preset: Pick<PagePreset, 'widthMm' | 'heightMm'>, bleed: boolean) {
  const slug = bleed ? 2 * SLUG_MM : 0;
  return { widthMm: preset.widthMm + slug, heightMm: preset.heightMm + slug };
}

function moduleHtml(module: PrintModule, preset: PagePreset): string {
  const { content } = module;
  const pt = preset.bodyPt;
  const height = module.lines === null ? '' : ` height: ${module.lines * pt * preset.lineHeight}pt;`;
  const title = TITLE_PT[module.tier];
  return [
    `<article class="module" style="grid-column: span ${module.span};${height}">`,
    '<header class="headline">',
    content.kicker ? `<p class="kicker">${escapeHtml(content.kicker)}</p>` : '',
    `<h1 style="font-size: ${title}pt">${escapeHtml(content.title)}</h1>`,
    content.subtitle ? `<p class="subtitle">${escapeHtml(content.subtitle)}</p>` : '',
    '</header>',
    `<div class="text" style="column-count: ${module.span}; column-gap: ${pt}pt; column-fill: ${module.lines === null ? 'balance' : 'auto'}">${bodyHtml(content).join('')}${bylineHtml(content)}</div>`,
    module.overLines > 0 ? `<p class="overset">▲ 超出 ${module.overLines} 行</p>` : '',
    '</article>',
  ]
    .filter(Boolean)
    .join('');
}

/**
 * Print HTML and CSS for pages of reports (the same function serves the
 * preview and the PDF, so what is seen is what prints). Each page has the
 * folio line and its modules on the preset's column grid, in order, each
 * spanning its columns: the headline stack across the module, title in bold
 * sans (黑体) sized by tier, kicker and subtitle smaller; the body in columns
 * a whole number of characters wide with one-character gutters and column
 * rules, 小五 by default, 2 em indents, justified, GB line breaking
 * (`line-break: strict`) and full-width punctuation compression
 * (`text-spacing-trim`), and no lone character on a paragraph's last line
 * where the browser can avoid it (`text-wrap: pretty`). A module's overset is printed on it in red, never
 * clipped silently. With `bleed`, each page gets 3 mm of bleed and crop marks
 * outside the trim. `fontCss` holds the @font-face rules of the bundled
 * TrueType-outline Noto fonts, so Chromium embeds them as CID TrueType subsets.
 */
export function renderPages(pages: readonly PrintPage[], fontCss: string, options: { bleed?: boolean } = {}): string {
  const slug = options.bleed ? SLUG_MM : 0;
  const first = pages[0]!.preset;
  const css = `
${fontCss}
@page { size: ${first.widthMm + 2 * slug}mm ${first.heightMm + 2 * slug}mm; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: 'Noto Serif SC', serif; color: #000; }
.sheet { position: relative; break-after: page; overflow: hidden; }
.sheet:last-child { break-after: auto; }
.page { position: absolute; overflow: hidden; }
.bleed { position: absolute; background: #fff; }
.mark { position: absolute; background: #000; }
.folio { display: flex; justify-content: space-between; font: ${HAO_POINTS['六号']}pt/1.4 'Noto Sans SC', sans-serif; border-bottom: 0.75pt solid #000; padding-bottom: 1mm; margin-bottom: 4mm; }
.modules { display: grid; align-items: start; grid-auto-flow: row dense; }
.module { overflow: hidden; position: relative; display: flex; flex-direction: column; }
.kicker, .subtitle { font-family: 'Noto Sans SC', sans-serif; font-size: ${HAO_POINTS['小四']}pt; text-align: center; margin: 0 0 1mm; }
h1 { font-family: 'Noto Sans SC', sans-serif; font-weight: 700; line-height: 1.3; text-align: center; margin: 0 0 1mm; }
.headline { margin-bottom: 2mm; }
.text { flex: 1 1 auto; min-height: 0; column-rule: 0.25pt solid #000; text-align: justify; text-justify: inter-character;
  line-break: strict; word-break: normal; overflow-wrap: normal; text-spacing-trim: trim-start; hanging-punctuation: none; }
.text p { margin: 0; text-indent: 2em; widows: 2; orphans: 2; text-wrap: pretty; }
.text h2 { font-family: 'Noto Sans SC', sans-serif; font-size: 1em; font-weight: 700; margin: 0; break-after: avoid; }
.dateline { font-family: 'Noto Sans SC', sans-serif; }
.byline { text-indent: 0 !important; text-align: right; font-family: 'Noto Sans SC', sans-serif; }
.overset { position: absolute; right: 0; bottom: 0; margin: 0; padding: 0 1mm; background: #fff; color: #d00; font: 700 9pt 'Noto Sans SC', sans-serif; border: 0.5pt solid #d00; }
`;
  const sheets = pages.map(({ preset, folio, modules }) => {
    const pt = preset.bodyPt;
    const m = preset.marginMm;
    const w = preset.widthMm;
    const h = preset.heightMm;
    const marks = options.bleed
      ? [
          // Crop marks: short lines in the slug, in line with the trim edges, clear of the bleed.
          ...[0, w].flatMap((x) =>
            [
              [slug + x - 0.1, 0, 0.2, slug - BLEED_MM],
              [slug + x - 0.1, slug + h + BLEED_MM, 0.2, slug - BLEED_MM],
            ].map(([left, top, width, height]) => ({ left, top, width, height })),
          ),
          ...[0, h].flatMap((y) =>
            [
              [0, slug + y - 0.1, slug - BLEED_MM, 0.2],
              [slug + w + BLEED_MM, slug + y - 0.1, slug - BLEED_MM, 0.2],
            ].map(([left, top, width, height]) => ({ left, top, width, height })),
          ),
        ]
          .map(
            (b) =>
              `<div class="mark" style="left:${b.left}mm;top:${b.top}mm;width:${b.width}mm;height:${b.height}mm"></div>`,
          )
          .join('')
      : '';
    const bleed = options.bleed
      ? `<div class="bleed" style="left:${slug - BLEED_MM}mm;top:${slug - BLEED_MM}mm;width:${w + 2 * BLEED_MM}mm;height:${h + 2 * BLEED_MM}mm"></div>`
      : '';
    return [
      `<section class="sheet" style="width:${w + 2 * slug}mm;height:${h + 2 * slug}mm">`,
      bleed,
      marks,
      `<div class="page" style="left:${slug}mm;top:${slug}mm;width:${w}mm;height:${h}mm;padding:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm">`,
      `<div class="folio"><span>${escapeHtml(folio.paper)}</span><span>${escapeHtml(folio.date)}</span><span>第${folio.pageNumber}版 ${escapeHtml(folio.pageName)}</span><span>责任编辑 ${escapeHtml(folio.editor)}</span></div>`,
      `<div class="modules" style="grid-template-columns: repeat(${preset.columns}, ${preset.charsPerColumn * pt}pt); column-gap: ${pt}pt; row-gap: ${pt * preset.lineHeight}pt; font-size: ${pt}pt; line-height: ${preset.lineHeight}; width: ${moduleChars(preset, preset.columns) * pt}pt">`,
      ...modules.map((module) =>
        moduleHtml(module, preset).replace(
          '<div class="text" style="',
          `<div class="text" style="column-gap: ${pt}pt; `,
        ),
      ),
      '</div>',
      '</div>',
      '</section>',
    ]
      .filter(Boolean)
      .join('\n');
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(pages.map((p) => `第${p.folio.pageNumber}版`).join(' '))}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    ...sheets,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** One report set as a module across a whole page of the preset. */
export function renderReportPage(content: ArticleContent, preset: PagePreset, folio: Folio, fontCss: string): string {
  return renderPages(
    [{ preset, folio, modules: [{ content, span: preset.columns, lines: null, tier: '头条', overLines: 0 }] }],
    fontCss,
  );
}
