import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Catalog } from '../../../electron/store/catalog';
import { DataPaths } from '../../../electron/store/data-paths';
import type { CatalogEntry } from '../../../shared/model/article';
import { tempDir } from '../../helpers/temp-dir';

let dir = '';
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('copydesk-catalog-'));
});
afterEach(() => cleanup());

const open = async () => {
  const catalog = new Catalog(new DataPaths(dir), {
    readOnly: false,
    moveAside: async (f) => f,
    notify: () => {},
  });
  await catalog.open();
  return catalog;
};

const entry = (id: string, deletedAt: string | null): CatalogEntry => ({
  id,
  title: '标题',
  status: 'draft',
  date: '2024-01-22',
  authors: [],
  page: null,
  wordCount: 10,
  revision: deletedAt ? 2 : 1,
  updatedAt: '2026-11-30T00:00:00.000Z',
  deletedAt,
});

describe('catalog fold after a fold cut off by a crash', () => {
  it('takes an article deleted for good out of every bucket it passed through, the 回收站 included', async () => {
    const id = '0mx3d1nabbf6dbo3n0s';
    let catalog = await open();
    await catalog.record({ id, from: null, to: '2024-01', entry: entry(id, null) });
    let plan = catalog.planFold()!;
    while (!(await catalog.foldStep(plan, 4)));
    // Moved to the 回收站, then a fold starts and writes the 回收站 file, and the app dies before the journal is rewritten.
    await catalog.record({ id, from: '2024-01', to: 'trash', entry: entry(id, '2026-11-30T00:00:00.000Z') });
    plan = catalog.planFold()!;
    plan.remaining.sort((a, b) => (a === 'trash' ? -1 : b === 'trash' ? 1 : 0));
    expect(await catalog.foldStep(plan, 1)).toBe(false);
    // (Crash: the journal still holds the move.) Next run: 清空回收站 deletes it for good, then a whole fold.
    catalog = await open();
    await catalog.record({ id, from: 'trash', to: null, entry: null });
    expect(await catalog.list('trash')).toEqual([]);
    plan = catalog.planFold()!;
    while (!(await catalog.foldStep(plan, 4)));
    catalog = await open();
    expect(await catalog.list('trash')).toEqual([]);
    expect(await catalog.list('2024-01')).toEqual([]);
    expect(catalog.bucketCounts()).toEqual({});
  });
});
