import { MAX_BODY_CHARS } from './article';
import type { ArticleContent } from './article';
import { blockText } from './article-content';
import { MAX_PHOTO_BYTES } from './photo';

/** Largest file an import reads (a page dump or a Word file of a few reports is far smaller). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Most reports one import creates. */
export const MAX_IMPORT_REPORTS = 200;

/** Largest text pasted into the import screen, in characters. */
export const MAX_PASTE_CHARS = 10_000_000;

/** Largest CSV file (人员表, 词表) the app reads, in bytes. */
export const MAX_CSV_BYTES = 10 * 1024 * 1024;

/** Largest directory CSV accepted, in characters (20,000 rows are about 1.5 million). */
export const MAX_DIRECTORY_CSV_CHARS = 5_000_000;

/** Largest word-list CSV accepted, in characters (5,000 entries are far smaller). */
export const MAX_GLOSSARY_CSV_CHARS = 2_000_000;

/** Most entries a word list (词表) may have. */
export const MAX_GLOSSARY_ENTRIES = 5000;

/**
 * Largest submission file read, in bytes: a long report's text is far
 * smaller; its photos (at most MAX_SUBMISSION_PHOTO_BYTES of originals,
 * base64 twice over in the signed file) make up the rest.
 */
export const MAX_SUBMISSION_BYTES = 100 * 1024 * 1024;

/** Most bytes of photo originals one submission carries (about five full-size camera JPEGs). */
export const MAX_SUBMISSION_PHOTO_BYTES = 50 * 1024 * 1024;

/** Length of `bytes` bytes as base64 text, for limits on files sent as base64. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/**
 * Largest request the test host accepts over its WebSocket: the largest
 * picture as base64 and a little more (a huge paste is refused with a clear
 * message before this).
 */
export const MAX_IPC_MESSAGE_BYTES = base64Length(MAX_PHOTO_BYTES) + 1024 * 1024;

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
