import { MAX_BODY_CHARS } from './article';
import type { ArticleContent } from './article';
import { blockText } from './article-content';

/** A Chinese message when content is too large to store as one article, or null when it fits. */
export function contentSizeProblem(content: Partial<Pick<ArticleContent, 'body'>>): string | null {
  const chars = (content.body ?? []).reduce((sum, block) => sum + blockText(block).length, 0);
  if (chars <= MAX_BODY_CHARS) return null;
  return `稿件过长（约 ${chars.toLocaleString('zh-CN')} 字），单篇稿件最多 ${MAX_BODY_CHARS.toLocaleString('zh-CN')} 字。请拆分成几篇后再保存。`;
}
