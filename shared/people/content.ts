import { CopydeskError } from '../ipc/result';
import type { ArticleContent, BodyBlock } from '../model/article';
import type { DirectoryIndex } from './directory';
import { peopleRef, renderPeopleRefs, type PeopleRef } from './render';
import { placeholderProblem } from '../format/placeholders';

/** The day an article's people are printed as of: its dateline date, else `fallback` (e.g. today). */
export function peopleDate(content: Pick<ArticleContent, 'dateline'>, fallback: string): string {
  return content.dateline?.date ?? fallback;
}

/** The people references of an article body, in document order. */
export function bodyPeopleRefs(body: readonly BodyBlock[]): PeopleRef[] {
  const refs: PeopleRef[] = [];
  body.forEach((block, index) => {
    for (const child of block.children) if ('type' in child) refs.push(peopleRef(child, index));
  });
  return refs;
}

/**
 * The content with every mention and attendee list printed afresh from the
 * directory (a title corrected in the 人员库 reaches exports of articles not
 * opened since). Content without people references is returned as it is.
 */
export function refreshPeopleTexts<C extends ArticleContent>(
  content: C,
  directory: DirectoryIndex,
  fallbackDate: string,
): C {
  const refs = bodyPeopleRefs(content.body);
  if (refs.length === 0) return content;
  const texts = renderPeopleRefs(refs, directory, peopleDate(content, fallbackDate));
  let next = 0;
  const body = content.body.map((block) => ({
    ...block,
    children: block.children.map((child) => ('type' in child ? { ...child, text: texts[next++]! } : child)),
  }));
  return { ...content, body };
}

/**
 * An article ready to export: null and a message while template placeholders
 * are left; else its content with mentions printed from the directory as it
 * is now (a corrected title reaches the export).
 */
export function exportableContent<C extends ArticleContent & { createdAt: string }>(
  article: C,
  directory: DirectoryIndex,
): { ok: true; content: C } | { ok: false; message: string } {
  const left = placeholderProblem(article);
  if (left) return { ok: false, message: left };
  return { ok: true, content: refreshPeopleTexts(article, directory, article.createdAt.slice(0, 10)) };
}

/**
 * The content to export or print (mentions printed from the directory as it
 * is now), or a FORBIDDEN refusal saying which placeholders are left: the one
 * check every export path (IPC, print jobs, the CLI) makes.
 */
export function readyContent<C extends ArticleContent & { createdAt: string }>(
  article: C,
  directory: DirectoryIndex,
): C {
  const ready = exportableContent(article, directory);
  if (!ready.ok) throw new CopydeskError('FORBIDDEN', ready.message);
  return ready.content;
}
