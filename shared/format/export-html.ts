import type { ArticleContent, BodyBlock, PhotoBlock } from '../model/article';
import { blockText } from '../model/article-content';
import { isPhotoBlock } from '../model/photo';
import { bylineParts, datelinePrefix, resolvedBylineLayout } from './house-text';

/** Text made safe for HTML: & < > " ' escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function inlineHtml(block: BodyBlock): string {
  return block.children
    .map((c) => ('type' in c || !c.bold ? escapeHtml(c.text) : `<strong>${escapeHtml(c.text)}</strong>`))
    .join('');
}

/** Where a photo's picture comes from in HTML (a data URL or a file beside the page), or null to leave it out. */
export type PhotoSrc = (photo: PhotoBlock) => string | null;

/** The index of the block the dateline opens: the first text paragraph, else (a 图片新闻) the first caption. */
export function leadIndex(body: readonly BodyBlock[]): number {
  const text = body.findIndex((block) => block.type === 'paragraph');
  return text >= 0 ? text : body.findIndex(isPhotoBlock);
}

/** A photo as a <figure>: the picture, then the 图片说明 with its credit in a `credit` span. */
export function figureHtml(photo: PhotoBlock, src: string, lead = ''): string {
  const caption = blockText(photo).trim();
  const credit = photo.credit.trim() ? `<span class="credit">（${escapeHtml(photo.credit.trim())}）</span>` : '';
  return (
    `<figure class="photo"><img src="${escapeHtml(src)}" alt="${escapeHtml(caption)}" width="${photo.width}" height="${photo.height}">` +
    `<figcaption>${lead}${escapeHtml(caption)}${credit}</figcaption></figure>`
  );
}

/**
 * The body of a report as HTML elements: paragraphs as <p> (the lead starting
 * with its dateline in a `dateline` span), 小标题 as <h2>, bold as <strong>,
 * photos as <figure> with <figcaption> where `photoSrc` gives their picture
 * (left out otherwise: the print pages place them in boxes of their own).
 * Shared by the web export and the print pages.
 */
export function bodyHtml(content: Pick<ArticleContent, 'body' | 'dateline'>, photoSrc?: PhotoSrc): string[] {
  const dateline = content.dateline
    ? `<span class="dateline">${escapeHtml(datelinePrefix(content.dateline))}</span>`
    : '';
  const lead = leadIndex(content.body);
  const body = content.body.flatMap((block, i) => {
    if (isPhotoBlock(block)) {
      const src = photoSrc?.(block) ?? null;
      return src === null ? [] : [figureHtml(block, src, i === lead ? dateline : '')];
    }
    return block.type === 'subheading'
      ? [`<h2>${inlineHtml(block)}</h2>`]
      : [`<p>${i === lead ? dateline : ''}${inlineHtml(block)}</p>`];
  });
  if (lead < 0 && dateline) body.unshift(`<p>${dateline}</p>`);
  return body;
}

/** The byline as a `byline` paragraph (a role a line when so laid out), or '' when nobody is credited. */
export function bylineHtml(content: Pick<ArticleContent, 'byline'>): string {
  const parts = bylineParts(content.byline);
  if (parts.length === 0) return '';
  const lines = resolvedBylineLayout(content.byline) === 'lines' ? parts : [parts.join(' ')];
  return `<p class="byline">${lines.map(escapeHtml).join('<br>')}</p>`;
}

/**
 * Reports as clean, semantic HTML for the web: a complete UTF-8 document with
 * one <article> a report, the headline stack in its <header> (kicker and
 * subtitle as paragraphs around the <h1>), the lead starting with its
 * dateline, 小标题 as <h2>, bold as <strong>, photos as <figure> with their
 * <figcaption>, and the byline last. Everything is escaped; there is no
 * script or style, and pictures are data URLs or files beside the page.
 */
export function renderArticlesHtml(contents: readonly ArticleContent[], photoSrc?: PhotoSrc): string {
  const articles = contents.flatMap((content) => {
    const head = [
      content.kicker ? `<p class="kicker">${escapeHtml(content.kicker)}</p>` : '',
      `<h1>${escapeHtml(content.title)}</h1>`,
      content.subtitle ? `<p class="subtitle">${escapeHtml(content.subtitle)}</p>` : '',
    ].filter(Boolean);
    const byline = bylineHtml(content);
    return [
      '<article>',
      '<header>',
      ...head,
      '</header>',
      ...bodyHtml(content, photoSrc),
      ...(byline ? [byline] : []),
      '</article>',
    ];
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(contents.map((c) => c.title).join(' '))}</title>`,
    '</head>',
    '<body>',
    ...articles,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** One report as a web page (see `renderArticlesHtml`). */
export function renderArticleHtml(content: ArticleContent, photoSrc?: PhotoSrc): string {
  return renderArticlesHtml([content], photoSrc);
}
