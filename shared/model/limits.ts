import { MAX_BODY_CHARS } from './article';
import type { ArticleContent } from './article';
import { blockText } from './article-content';

/** A Chinese message when content is too large to store as one article, or null when it fits. */
export function contentSizeProblem(content: Partial<Pick<ArticleContent, 'body'>>): string | null {
  const chars = (content.body ?? []).reduce((sum, block) => sum + blockText(block).length, 0);
  if (chars <= MAX_BODY_CHARS) return null;
  return `稿件过长（约 ${chars.toLocaleString('zh-CN')} 字），单篇稿件最多 ${MAX_BODY_CHARS.toLocaleString('zh-CN')} 字。请拆分成几篇后再保存。`;
}

/**
 * Most bytes the text parts of one Word file (its .xml and .rels entries)
 * may unpack to. A long correspondent's file is a few megabytes; mammoth
 * holds these parts in memory many times over, so a zip bomb is refused here.
 */
export const MAX_DOCX_XML_BYTES = 40 * 1024 * 1024;

/** Most entries a Word file's zip may have (a real one has a few dozen, a few hundred with images). */
export const MAX_DOCX_ENTRIES = 5000;
