import type { ArticleContent, BodyBlock, CatalogEntry, Article } from './article';
import { EMPTY_BYLINE } from './article';
import { countWords, countWordsWithoutPunctuation } from '../text/word-count';

/** The plain text of one body block. */
export function blockText(block: BodyBlock): string {
  return block.children.map((leaf) => leaf.text).join('');
}

/** The body as plain text, one block a line. */
export function bodyToPlainText(body: readonly BodyBlock[]): string {
  return body.map(blockText).join('\n');
}

/** Splits plain text into paragraph blocks, one per non-empty line, trimmed. */
export function plainTextToBody(text: string): BodyBlock[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ type: 'paragraph' as const, children: [{ text: line }] }));
}

/** 字数 of an article: headline lines and body (bylines and datelines are furniture). */
export function articleWordCount(content: Pick<ArticleContent, 'kicker' | 'title' | 'subtitle' | 'body'>): number {
  const head = [content.kicker ?? '', content.title, content.subtitle ?? ''].join('');
  return countWords(head) + content.body.reduce((sum, block) => sum + countWords(blockText(block)), 0);
}

/** 字数 of an article without punctuation marks. */
export function articleWordCountWithoutPunctuation(
  content: Pick<ArticleContent, 'kicker' | 'title' | 'subtitle' | 'body'>,
): number {
  const parts = [content.kicker ?? '', content.title, content.subtitle ?? '', ...content.body.map(blockText)];
  return parts.reduce((sum, part) => sum + countWordsWithoutPunctuation(part), 0);
}

/** A blank article's content: no title, no paragraphs (the editor adds one to type in), no dateline or byline. */
export function emptyContent(): ArticleContent {
  return {
    kicker: null,
    title: '',
    subtitle: null,
    dateline: null,
    body: [],
    byline: { ...EMPTY_BYLINE },
    kind: null,
    page: null,
    proofIgnores: [],
    notes: [],
    placeholders: [],
  };
}

/** Everyone credited on the article, reporters first. */
export function articleAuthors(article: Pick<ArticleContent, 'byline'>): string[] {
  const b = article.byline;
  return [...b.reporters, ...b.correspondents, ...b.photographers, ...b.interns];
}

/** The catalog entry that lists need for an article. */
export function toCatalogEntry(article: Article): CatalogEntry {
  return {
    id: article.id,
    title: article.title,
    status: article.status,
    date: article.dateline?.date ?? null,
    authors: articleAuthors(article),
    page: article.page,
    wordCount: article.wordCount,
    revision: article.revision,
    updatedAt: article.updatedAt,
    deletedAt: article.deletedAt,
  };
}

/** The editable content of an article (or of anything holding one): exactly the content fields, in schema order. */
export function articleContent(article: ArticleContent): ArticleContent {
  const { kicker, title, subtitle, dateline, body, byline, kind, page, proofIgnores, notes, placeholders } = article;
  return { kicker, title, subtitle, dateline, body, byline, kind, page, proofIgnores, notes, placeholders };
}

/**
 * True when two JSON-like values are equal as JSON would write them: objects
 * whatever order their keys were set in, a key holding undefined as absent.
 * Walks both once without building text (a 100,000-character article is
 * compared after every pause in typing).
 */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  if (keys.length !== Object.keys(y).filter((k) => y[k] !== undefined).length) return false;
  return keys.every((k) => sameJson(x[k], y[k]));
}

/**
 * True when two article contents are the same: the content fields only (an
 * article's id or revision do not count), compared whatever order their keys
 * were written in.
 */
export function sameContent(a: ArticleContent, b: ArticleContent): boolean {
  return sameJson(articleContent(a), articleContent(b));
}

/**
 * How a revision of an article is named to the desk: 第N次修订. Pages are
 * 第N版 (the planner's word), so a revision never is.
 */
export function revisionLabel(revision: number): string {
  return `第 ${revision} 次修订`;
}
