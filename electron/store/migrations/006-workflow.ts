import type { Migration } from './types';

/**
 * Version 6 records the desk workflow on each article: who saved each
 * revision (unknown for older ones), the status steps taken (none recorded
 * before), where copy came from (local copy: none), and the editors' notes
 * (批注; none yet). Text runs may now carry note marks.
 */
export const migration006: Migration = {
  to: 6,
  description: 'workflow: updatedBy, history, origin and notes',
  article(doc) {
    return { ...doc, updatedBy: null, history: [], origin: null, notes: [] };
  },
  catalogEntry(entry) {
    return entry;
  },
};
