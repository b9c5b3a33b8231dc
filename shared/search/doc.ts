import { z } from 'zod';
import { ArticleKindSchema, ArticleStatusSchema, type Article } from '../model/article';
import { headlineLines, renderHouseText } from '../format/house-text';

/** What the search index keeps of one article besides its text: enough to filter, order and list it. */
export const SearchDocSchema = z.object({
  id: z.string(),
  revision: z.number().int(),
  title: z.string(),
  date: z.string().nullable(),
  status: ArticleStatusSchema,
  kind: ArticleKindSchema.nullable(),
  reporters: z.array(z.string()),
  correspondents: z.array(z.string()),
  photographers: z.array(z.string()),
  /** The correspondent who submitted the copy, when it arrived as a signed submission. */
  submittedBy: z.string().nullable(),
  deleted: z.boolean(),
  updatedAt: z.string(),
  /** Length of the headline lines at the start of the text: a hit before it is a hit in the headline. */
  headEnd: z.number().int().nonnegative(),
});

/** One article as the search index keeps it. */
export type SearchDoc = z.infer<typeof SearchDocSchema>;

/**
 * The searchable text of an article: its house-format text as `copydesk
 * show` prints it (headline stack, dateline, body with mentions as printed,
 * byline), and its index record.
 */
export function searchDocOf(article: Article): { doc: SearchDoc; text: string } {
  return {
    doc: {
      id: article.id,
      revision: article.revision,
      title: article.title,
      date: article.dateline?.date ?? null,
      status: article.status,
      kind: article.kind,
      reporters: article.byline.reporters,
      correspondents: article.byline.correspondents,
      photographers: article.byline.photographers,
      submittedBy: article.origin?.sender.name ?? null,
      deleted: article.deletedAt !== null,
      updatedAt: article.updatedAt,
      headEnd: headlineLines(article).join('\n\n').length,
    },
    text: renderHouseText(article),
  };
}

/** Everyone a byline names, for the author filter. */
export function docAuthors(doc: Pick<SearchDoc, 'reporters' | 'correspondents' | 'photographers'>): string[] {
  return [...doc.reporters, ...doc.correspondents, ...doc.photographers];
}
