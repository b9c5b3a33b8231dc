import type { Doc, Migration } from './types';

/**
 * Version 3 gives each article a report kind (会议报道, 简讯, …) and a page,
 * both unset for older articles, and a byline layout (`auto` for older ones,
 * which sets a short byline on one line and a long one a role per line).
 */
export const migration003: Migration = {
  to: 3,
  description: 'article kind and page; byline layout',
  article(doc) {
    const byline = (doc.byline ?? {}) as Doc;
    return { ...doc, kind: null, page: null, byline: { ...byline, layout: 'auto' } };
  },
  catalogEntry(entry) {
    return entry;
  },
};
