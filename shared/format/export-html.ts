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
 * A report as clean, semantic HTML for the web: a complete UTF-8 document
 * with the headline stack in <header> (kicker and subtitle as paragraphs
 * around the <h1>), the lead starting with its dateline, 小标题 as <h2>,
 * bold as <strong>, and the byline last. Everything is escaped; there is no
 * script, style or external reference.
 */
export function renderArticleHtml(content: ArticleContent): string {
  const head = [
    content.kicker ? `<p class="kicker">${escapeHtml(content.kicker)}</p>` : '',
    `<h1>${escapeHtml(content.title)}</h1>`,
    content.subtitle ? `<p class="subtitle">${escapeHtml(content.subtitle)}</p>` : '',
  ].filter(Boolean);
  const body = content.body.map((block, i) => {
    const lead =
      i === 0 && content.dateline
        ? `<span class="dateline">${escapeHtml(datelinePrefix(content.dateline))}</span>`
        : '';
    return block.type === 'subheading' ? `<h2>${inlineHtml(block)}</h2>` : `<p>${lead}${inlineHtml(block)}</p>`;
  });
  if (content.body.length === 0 && content.dateline)
    body.push(`<p><span class="dateline">${escapeHtml(datelinePrefix(content.dateline))}</span></p>`);
  const parts = bylineParts(content.byline);
  const byline =
    parts.length === 0
      ? []
      : resolvedBylineLayout(content.byline) === 'lines'
        ? [`<p class="byline">${parts.map(escapeHtml).join('<br>')}</p>`]
        : [`<p class="byline">${escapeHtml(parts.join(' '))}</p>`];
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(content.title)}</title>`,
    '</head>',
    '<body>',
    '<article>',
    '<header>',
    ...head,
    '</header>',
    ...body,
    ...byline,
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
