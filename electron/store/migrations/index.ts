import { migration002 } from './002-structured-article';
import { migration003 } from './003-kind-page-byline-layout';
import { migration004 } from './004-people-inlines';
import { migration005 } from './005-proof-ignores';
import { migration006 } from './006-workflow';
import { migration007 } from './007-template-placeholders';
import { migration008 } from './008-autosaved';
import type { Doc, Migration } from './types';

/** Every migration, in order. Version 1 is the first stored format and needs none. */
export const MIGRATIONS: readonly Migration[] = [
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
];

/** The storage format this build writes. */
export const CURRENT_SCHEMA_VERSION = 1 + MIGRATIONS.length;

/** Thrown when a file was written by a newer Copydesk than this one. */
export class NewerFormatError extends Error {
  constructor(version: number) {
    super(
      `数据由更新版本的采编台写入（格式版本 ${version}，本程序支持到 ${CURRENT_SCHEMA_VERSION}），请升级采编台后再打开。`,
    );
    this.name = 'NewerFormatError';
  }
}

function steps(from: number): readonly Migration[] {
  if (!Number.isInteger(from) || from < 1) throw new Error(`格式版本无效：${String(from)}`);
  if (from > CURRENT_SCHEMA_VERSION) throw new NewerFormatError(from);
  return MIGRATIONS.filter((m) => m.to > from);
}

/** Brings an article document from `from` to the current version. */
export function migrateArticleDoc(doc: Doc, from: number): Doc {
  return steps(from).reduce((d, m) => m.article(d), doc);
}

/** Brings a catalog entry from `from` to the current version. */
export function migrateCatalogEntry(entry: Doc, from: number): Doc {
  return steps(from).reduce((e, m) => m.catalogEntry(e), entry);
}
