import { z } from 'zod';
import { ArticleIdSchema, ArticleStatusSchema, STATUS_LABELS, type Article } from '../model/article';
import { renderHouseText } from '../format/house-text';
import { proofreadText } from '../proof/engine';
import type { GlossaryEntry } from '../proof/glossary';
import type { DirectoryIndex } from '../people/directory';
import { todayIso } from '../model/date';
import { ignoreKey } from '../proof/finding';
import { isLocked } from '../workflow/transitions';

/** One report on the pages to print that the desk should look at first. */
export const PreflightItemSchema = z.object({
  page: z.number().int(),
  articleId: ArticleIdSchema,
  title: z.string(),
  status: ArticleStatusSchema,
  /** True when the report is not signed off (签发) yet. */
  unsigned: z.boolean(),
  /** Proofreading errors still open (not ignored in the article). */
  errors: z.number().int(),
  /** The first few of them, as found (rule label and text), for the warning. */
  samples: z.array(z.string()),
});

/** A report to look at before printing. */
export type PreflightItem = z.infer<typeof PreflightItemSchema>;

/** What the checks before printing need besides the reports. */
export interface PreflightContext {
  directory?: DirectoryIndex;
  glossary?: readonly GlossaryEntry[];
  /** The day the checks date titles by when a report has no dateline (YYYY-MM-DD). */
  today?: string;
}

/**
 * The reports on the pages about to be printed that are not ready: not
 * signed off, or with proofreading errors still open (warnings and findings
 * the editor ignored do not count). Each report is read as its house-format
 * text, so its dateline and byline are checked too.
 */
export function preflight(
  placed: ReadonlyArray<{ page: number; article: Article }>,
  context: PreflightContext = {},
): PreflightItem[] {
  const items: PreflightItem[] = [];
  for (const { page, article } of placed) {
    const ignored = new Set(article.proofIgnores);
    const errors = proofreadText(renderHouseText(article), {
      date: article.dateline?.date ?? context.today ?? todayIso(),
      directory: context.directory,
      glossary: context.glossary,
      placeholders: article.placeholders,
    }).filter((f) => f.severity === 'error' && !ignored.has(ignoreKey(f)));
    // Signed off, or further on: the locked statuses.
    const unsigned = !isLocked(article.status);
    if (!unsigned && errors.length === 0) continue;
    items.push({
      page,
      articleId: article.id,
      title: article.title,
      status: article.status,
      unsigned,
      errors: errors.length,
      samples: errors.slice(0, 3).map((f) => (f.text ? `“${f.text}”：${f.message}` : f.message)),
    });
  }
  return items;
}

/** The warning shown before printing such reports, in Chinese, naming them; null when all are ready. */
export function preflightWarning(items: readonly PreflightItem[]): string | null {
  if (items.length === 0) return null;
  const unsigned = items.filter((i) => i.unsigned);
  const withErrors = items.filter((i) => i.errors > 0);
  const name = (i: PreflightItem) => `第${i.page}版《${i.title || '无标题'}》`;
  const parts: string[] = [];
  if (unsigned.length > 0)
    parts.push(`尚未签发：${unsigned.map((i) => `${name(i)}（${STATUS_LABELS[i.status]}）`).join('、')}`);
  if (withErrors.length > 0)
    parts.push(`有未处理的校对错误：${withErrors.map((i) => `${name(i)}（${i.errors} 处）`).join('、')}`);
  return `${parts.join('；')}。`;
}
