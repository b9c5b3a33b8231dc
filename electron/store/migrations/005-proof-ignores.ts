import type { Migration } from './types';

/** Version 5 keeps, per article, the proofreading findings the editor chose to ignore (none for older articles). */
export const migration005: Migration = {
  to: 5,
  description: 'ignored proofreading findings per article',
  article(doc) {
    return { ...doc, proofIgnores: [] };
  },
  catalogEntry(entry) {
    return entry;
  },
};
