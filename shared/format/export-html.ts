import type { ArticleContent, BodyBlock } from '../model/article';
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

/**
 * The body of a report as HTML elements: paragraphs as <p> (the lead starting
 * with its dateline in a `dateline` span), 小标题 as <h2>, bold as <strong>.
 * Shared by the web export and the print pages.
 */
export function bodyHtml(content: Pick<ArticleContent, 'body' | 'dateline'>): string[] {
  const dateline = content.dateline
    ? `<span class="dateline">${escapeHtml(datelinePrefix(content.dateline))}</span>`
    : '';
  const body = content.body.map((block, i) =>
    block.type === 'subheading'
      ? `<h2>${inlineHtml(block)}</h2>`
      : `<p>${i === 0 ? dateline : ''}${inlineHtml(block)}</p>`,
  );
  if (content.body.length === 0 && dateline) body.push(`<p>${dateline}</p>`);
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
 * dateline, 小标题 as <h2>, bold as <strong>, and the byline last. Everything
 * is escaped; there is no script, style or external reference.
 */
export function renderArticlesHtml(contents: readonly ArticleContent[]): string {
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
      ...bodyHtml(content),
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
export function renderArticleHtml(content: ArticleContent): string {
  return renderArticlesHtml([content]);
}
