import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mkdir, copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CURRENT_SCHEMA_VERSION,
  MIGRATIONS,
  NewerFormatError,
  migrateArticleDoc,
  migrateCatalogEntry,
} from '../../../electron/store/migrations';
import { ArticleSchema, CatalogEntrySchema } from '../../../shared/model/article';
import { migration002 } from '../../../electron/store/migrations/002-structured-article';
import { migration003 } from '../../../electron/store/migrations/003-kind-page-byline-layout';
import { migration004 } from '../../../electron/store/migrations/004-people-inlines';
import { migration005 } from '../../../electron/store/migrations/005-proof-ignores';
import { migration006 } from '../../../electron/store/migrations/006-workflow';
import { migration007 } from '../../../electron/store/migrations/007-template-placeholders';
import { migration008 } from '../../../electron/store/migrations/008-autosaved';
import { ArticleStore } from '../../../electron/store/article-store';
import { DataPaths } from '../../../electron/store/data-paths';
import { tempDir } from '../../helpers/temp-dir';

const fixtures = join(__dirname, '../../fixtures/migrations');
const load = (name: string) => JSON.parse(readFileSync(join(fixtures, name), 'utf8'));

describe('migrations', () => {
  it('are numbered from 2 without gaps up to the current version', () => {
    expect(MIGRATIONS.map((m) => m.to)).toEqual(Array.from({ length: MIGRATIONS.length }, (_, i) => i + 2));
    expect(CURRENT_SCHEMA_VERSION).toBe(MIGRATIONS.length + 1);
  });

  it('002 turns a v1 article (plain body, bare date) into structured content', () => {
    const v1 = load('002-article-v1.json');
    const v2 = load('002-article-v2.json');
    const frozen = structuredClone(v1.article);
    expect(migration002.article(v1.article)).toEqual(v2.article);
    expect(v1.article).toEqual(frozen); // pure: the input is untouched
  });

  it('003 gives articles a kind, a page and a byline layout', () => {
    const v2 = load('002-article-v2.json');
    const v3 = load('003-article-v3.json');
    const frozen = structuredClone(v2.article);
    expect(migration003.article(v2.article)).toEqual(v3.article);
    expect(v2.article).toEqual(frozen);
    expect(ArticleSchema.safeParse(v3.article).success).toBe(true);
  });

  it('004 keeps v3 articles as they are and admits person mentions and attendee lists', () => {
    const v3 = load('003-article-v3.json');
    const frozen = structuredClone(v3.article);
    expect(migration004.article(v3.article)).toEqual(v3.article);
    expect(v3.article).toEqual(frozen);
    // A v3 schema could not hold this v4 article; the current one does.
    const v4 = load('004-article-v4.json');
    expect(ArticleSchema.safeParse(v4.article).success).toBe(true);
  });

  it('005 gives articles an empty list of ignored proofreading findings', () => {
    const v4 = load('004-article-v4.json');
    const v5 = load('005-article-v5.json');
    const frozen = structuredClone(v4.article);
    expect(migration005.article(v4.article)).toEqual(v5.article);
    expect(v4.article).toEqual(frozen);
    expect(ArticleSchema.parse(v5.article)).toMatchObject(v5.article);
  });

  it('006 records no steps, no origin, no notes and no saver for older articles', () => {
    const v5 = load('005-article-v5.json');
    const v6 = load('006-article-v6.json');
    const frozen = structuredClone(v5.article);
    expect(migration006.article(v5.article)).toEqual(v6.article);
    expect(v5.article).toEqual(frozen);
    expect(ArticleSchema.parse(v6.article)).toEqual({ ...v6.article, placeholders: [], autosaved: false });
  });

  it('007 keeps the label-shaped 【…】 of older articles as their template’s placeholders', () => {
    const v6 = load('007-article-v6-template.json');
    const v7 = load('007-article-v7.json');
    const frozen = structuredClone(v6.article);
    expect(migration007.article(v6.article)).toEqual(v7.article);
    expect(v6.article).toEqual(frozen);
    expect(ArticleSchema.parse(v7.article)).toEqual({ ...v7.article, autosaved: false });
    expect(migration007.article(load('006-article-v6.json').article)).toMatchObject({ placeholders: [] });
  });

  it('008 records the revisions of older articles as explicit saves, so every one stays listed', () => {
    const v7 = load('007-article-v7.json');
    const v8 = load('008-article-v8.json');
    const frozen = structuredClone(v7.article);
    expect(migration008.article(v7.article)).toEqual(v8.article);
    expect(v7.article).toEqual(frozen);
    expect(ArticleSchema.parse(v8.article)).toEqual(v8.article);
  });

  it('the chain brings a v1 article to the current version', () => {
    const v1 = load('002-article-v1.json');
    const v3 = load('003-article-v3.json');
    expect(ArticleSchema.parse(migrateArticleDoc(v1.article, 1))).toEqual({
      ...v3.article,
      proofIgnores: [],
      notes: [],
      updatedBy: null,
      history: [],
      origin: null,
      placeholders: [],
      autosaved: false,
    });
    const v8 = load('008-article-v8.json');
    expect(migrateArticleDoc(v8.article, CURRENT_SCHEMA_VERSION)).toEqual(v8.article);
  });

  it('002 gives v1 catalog entries authors and page', () => {
    const v1 = load('002-catalog-v1.json');
    const entry = migrateCatalogEntry(v1.entries['k7x2m1p0aabcdefghij'], 1);
    expect(CatalogEntrySchema.parse(entry)).toMatchObject({ authors: [], page: null, revision: 3 });
  });

  it('refuses a format newer than this build with a Chinese message', () => {
    expect(() => migrateArticleDoc({}, CURRENT_SCHEMA_VERSION + 1)).toThrow(NewerFormatError);
    expect(() => migrateArticleDoc({}, CURRENT_SCHEMA_VERSION + 1)).toThrow(/请升级采编台/);
  });

  it('a v1 data folder opens: lists from v1 catalog, reads and saves v1 articles', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const paths = new DataPaths(dir);
      const id = 'k7x2m1p0aabcdefghij';
      await mkdir(join(dir, 'articles', paths.shard(id)), { recursive: true });
      await mkdir(paths.catalogDir, { recursive: true });
      await copyFile(join(fixtures, '002-article-v1.json'), paths.articleFile(id));
      await copyFile(join(fixtures, '002-catalog-v1.json'), paths.bucketFile('2020-03'));
      await writeFile(paths.catalogIndex, JSON.stringify({ schemaVersion: 1, counts: { '2020-03': 1 } }));
      await writeFile(paths.meta, JSON.stringify({ schemaVersion: 1, createdAt: '2020-01-01T00:00:00.000Z' }));
      const store = await ArticleStore.open({ dataDir: dir });
      expect((await store.listMonth('2020-03')).map((e) => e.title)).toEqual([
        '中原区召开统筹推进疫情防控工作部署会议',
      ]);
      const article = await store.get(id);
      expect(article.body).toHaveLength(2);
      const saved = await store.save(id, 3, { ...article, title: '新标题' });
      expect(saved.revision).toBe(4);
      await store.close();
      const meta = JSON.parse(readFileSync(paths.meta, 'utf8'));
      expect(meta.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      const file = JSON.parse(readFileSync(paths.articleFile(id), 'utf8'));
      expect(file.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    } finally {
      await cleanup();
    }
  });
});
