import type { ArticleContent } from '../model/article';
import { emptyContent, plainTextToBody } from '../model/article-content';

/**
 * Makes article content from plain text: the first non-empty line is the
 * title, the other non-empty lines are paragraphs. (The house-format parser,
 * which recognises datelines and bylines, comes with the import issue.)
 */
export function plainTextToArticle(text: string): ArticleContent {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const titleIndex = lines.findIndex((line) => line.trim().length > 0);
  const title = titleIndex >= 0 ? lines[titleIndex]!.trim() : '';
  return {
    ...emptyContent(),
    title,
    body: plainTextToBody(lines.slice(titleIndex + 1).join('\n')),
  };
}
