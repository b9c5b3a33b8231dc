import type { ArticleContent } from '../model/article';
import { blockText } from '../model/article-content';

/**
 * A template placeholder: a short label in 【】, such as 【主持人】 or
 * 【会议名称】 (up to 12 characters, no punctuation inside). Longer bracketed
 * text, like a 【新闻链接】 line with a sentence in it, is ordinary copy.
 */
export const PLACEHOLDER_PATTERN = /【[^【】\p{P}\s]{1,12}】/gu;

/** Where placeholders stand in a text: start and end offsets (UTF-16) and the placeholder itself. */
export function findPlaceholders(text: string): Array<{ start: number; end: number; text: string }> {
  return [...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

/** Every placeholder left anywhere in an article's headline and body, in order. */
export function contentPlaceholders(content: Pick<ArticleContent, 'kicker' | 'title' | 'subtitle' | 'body'>): string[] {
  const parts = [content.kicker ?? '', content.title, content.subtitle ?? '', ...content.body.map(blockText)];
  return parts.flatMap((part) => findPlaceholders(part).map((p) => p.text));
}

/** The Chinese message shown when placeholders are left, or null when there are none. */
export function placeholderProblem(
  content: Pick<ArticleContent, 'kicker' | 'title' | 'subtitle' | 'body'>,
): string | null {
  const left = contentPlaceholders(content);
  if (left.length === 0) return null;
  const sample = [...new Set(left)].slice(0, 4).join('、');
  return `稿件中还有 ${left.length} 处模板占位符未填写（${sample}${left.length > 4 ? '等' : ''}），请填写后再导出。`;
}
