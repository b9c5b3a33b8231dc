import type { Migration } from './types';

/**
 * Version 8 records whether a revision was an automatic save, so that runs
 * of autosaves are listed as one revision. Revisions written before it were
 * not told apart; they are recorded as explicit, so every one stays listed.
 */
export const migration008: Migration = {
  to: 8,
  description: 'autosaved flag per revision',
  article(doc) {
    return { ...doc, autosaved: false };
  },
  catalogEntry(entry) {
    return entry;
  },
};
