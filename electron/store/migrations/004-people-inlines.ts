import type { Migration } from './types';

/**
 * Version 4 lets body blocks hold person mentions and attendee lists that
 * refer to the people directory, beside runs of text. Older articles are
 * valid as they are; the version is raised so that an older Copydesk refuses
 * a data folder that may hold them (asking for an upgrade) instead of taking
 * such articles for damaged files.
 */
export const migration004: Migration = {
  to: 4,
  description: 'person mentions and attendee lists in body blocks',
  article(doc) {
    return doc;
  },
  catalogEntry(entry) {
    return entry;
  },
};
