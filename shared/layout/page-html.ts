import type { ArticleContent, BodyBlock } from '../model/article';
import { bylineParts, datelinePrefix, resolvedBylineLayout } from '../format/house-text';
import { escapeHtml } from '../format/export-html';
import { HAO_POINTS, moduleChars, type PagePreset } from './presets';

/** The folio line at the top of every page: paper, date, 版次, 版名, 责任编辑. */
export interface Folio {
  paper: string;
  date: string;
  pageNumber: number;
  pageName: string;
  editor: string;
}

function inline(block: BodyBlock): string {
  return block.children
    .map((c) => ('type' in c || !c.bold ? escapeHtml(c.text) : `<b>${escapeHtml(c.text)}</b>`))
    .join('');
}

/**
 * Print HTML and CSS for one report set as a module across the whole page
 * (the same function serves the preview and the PDF, so what is seen is what
 * prints): the folio line; the headline stack across the module, title in
 * bold sans (黑体), kicker and subtitle smaller; the body in columns of the
 * preset's width (a whole number of characters, one-character gutters, column
 * rules), 小五 by default, 2 em indents, justified, with GB line-breaking
 * (`line-break: strict`) and full-width punctuation compression
 * (`text-spacing-trim`). `fontCss` holds the @font-face rules of the bundled
 * TrueType-outline Noto fonts, so Chromium embeds them as CID TrueType subsets.
 */
export function renderReportPage(content: ArticleContent, preset: PagePreset, folio: Folio, fontCss: string): string {
  const pt = preset.bodyPt;
  const chars = moduleChars(preset, preset.columns);
  const m = preset.marginMm;
  const body = content.body.map((block, i) => {
    const lead =
      i === 0 && content.dateline
        ? `<span class="dateline">${escapeHtml(datelinePrefix(content.dateline))}</span>`
        : '';
    return block.type === 'subheading' ? `<h2>${inline(block)}</h2>` : `<p>${lead}${inline(block)}</p>`;
  });
  const parts = bylineParts(content.byline);
  const byline =
    parts.length === 0
      ? ''
      : `<p class="byline">${(resolvedBylineLayout(content.byline) === 'lines' ? parts : [parts.join(' ')]).map(escapeHtml).join('<br>')}</p>`;
  const css = `
${fontCss}
@page { size: ${preset.widthMm}mm ${preset.heightMm}mm; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: 'Noto Serif SC', serif; color: #000; }
.page { width: ${preset.widthMm}mm; height: ${preset.heightMm}mm; padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; overflow: hidden; }
.folio { display: flex; justify-content: space-between; font: ${HAO_POINTS['六号']}pt/1.4 'Noto Sans SC', sans-serif; border-bottom: 0.75pt solid #000; padding-bottom: 1mm; margin-bottom: 4mm; }
.module { width: ${chars * pt}pt; }
.kicker, .subtitle { font-family: 'Noto Sans SC', sans-serif; font-size: ${HAO_POINTS['小四']}pt; text-align: center; margin: 0 0 1mm; }
h1 { font-family: 'Noto Sans SC', sans-serif; font-weight: 700; font-size: ${HAO_POINTS['二号']}pt; line-height: 1.3; text-align: center; margin: 0 0 1mm; }
.headline { margin-bottom: 4mm; }
.text { column-count: ${preset.columns}; column-gap: ${pt}pt; column-rule: 0.25pt solid #000; column-fill: balance;
  font-size: ${pt}pt; line-height: ${preset.lineHeight}; text-align: justify; text-justify: inter-character;
  line-break: strict; word-break: normal; overflow-wrap: normal; text-spacing-trim: trim-start; hanging-punctuation: none; }
.text p { margin: 0; text-indent: 2em; widows: 2; orphans: 2; }
.text h2 { font-family: 'Noto Sans SC', sans-serif; font-size: ${pt}pt; font-weight: 700; margin: 0; break-after: avoid; }
.dateline { font-family: 'Noto Sans SC', sans-serif; }
.byline { text-indent: 0 !important; text-align: right; font-family: 'Noto Sans SC', sans-serif; }
`;
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(content.title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    '<div class="page">',
    `<div class="folio"><span>${escapeHtml(folio.paper)}</span><span>${escapeHtml(folio.date)}</span><span>第${folio.pageNumber}版 ${escapeHtml(folio.pageName)}</span><span>责任编辑 ${escapeHtml(folio.editor)}</span></div>`,
    '<article class="module">',
    '<header class="headline">',
    content.kicker ? `<p class="kicker">${escapeHtml(content.kicker)}</p>` : '',
    `<h1>${escapeHtml(content.title)}</h1>`,
    content.subtitle ? `<p class="subtitle">${escapeHtml(content.subtitle)}</p>` : '',
    '</header>',
    `<div class="text">${body.join('')}${byline}</div>`,
    '</article>',
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
