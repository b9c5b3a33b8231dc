import { plainTextToBody } from '../../../shared/model/article-content';
import type { Migration } from './types';

/**
 * Version 1 stored an article's body as one plain string and its date as a bare
 * `date` field. Version 2 stores the structured content the editor works on:
 * kicker/title/subtitle, a dateline object (本报讯 + date + 时段), body blocks
 * (Slate paragraphs) and a byline by role; catalog entries gain `authors` and `page`.
 */
export const migration002: Migration = {
  to: 2,
  description: 'structured article content (dateline, body blocks, byline)',
  article(doc) {
    const { body, date, ...rest } = doc as { body?: unknown; date?: unknown } & Record<string, unknown>;
    return {
      ...rest,
      kicker: null,
      subtitle: null,
      dateline: typeof date === 'string' ? { source: '本报讯', date, timeOfDay: null } : null,
      body: plainTextToBody(typeof body === 'string' ? body : ''),
      byline: { reporters: [], correspondents: [], photographers: [], interns: [] },
    };
  },
  catalogEntry(entry) {
    return { authors: [], page: null, ...entry };
  },
};
