import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleStore } from '../../../electron/store/article-store';
import { emptyContent, plainTextToBody } from '../../../shared/model/article-content';
import { tempDir } from '../../helpers/temp-dir';

const content = (title: string, date: string | null) => ({
  ...emptyContent(),
  title,
  dateline: date ? { source: '本报讯', date, timeOfDay: null } : null,
  body: plainTextToBody('正文。'),
});

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const shard of await readdir(join(dir, 'articles')).catch(() => [])) {
    out.push(...(await readdir(join(dir, 'articles', shard))));
  }
  return out;
}

describe('creating several articles at once', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it('creates them all, listed by their dateline months', async () => {
    const store = await ArticleStore.open({ dataDir: dir });
    const created = await store.createMany([
      content('甲', '2020-03-18'),
      content('乙', '2020-03-16'),
      content('丙', null),
    ]);
    expect(created.map((a) => a.title)).toEqual(['甲', '乙', '丙']);
    expect((await store.listMonth('2020-03')).map((e) => e.title)).toEqual(['甲', '乙']);
    expect((await store.listMonth('undated')).map((e) => e.title)).toEqual(['丙']);
    await store.close();
  });

  it('leaves nothing behind when one of them cannot be written', async () => {
    const store = await ArticleStore.open({ dataDir: dir });
    await store.create(content('早已存在', '2020-03-01'));
    // The third write fails, as on a full disk.
    const internals = store as unknown as { commit: (...args: unknown[]) => Promise<unknown> };
    const commit = internals.commit.bind(store);
    let calls = 0;
    internals.commit = async (...args: unknown[]) => {
      if (++calls === 3) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      return commit(...args);
    };
    await expect(
      store.createMany([content('甲', '2020-03-18'), content('乙', '2020-03-16'), content('丙', '2020-04-01')]),
    ).rejects.toThrow('ENOSPC');
    expect((await store.listMonth('2020-03')).map((e) => e.title)).toEqual(['早已存在']);
    expect(store.months()).toEqual([{ month: '2020-03', count: 1 }]);
    expect(await files(dir)).toHaveLength(1);
    await store.close();
    const reopened = await ArticleStore.open({ dataDir: dir });
    expect((await reopened.listMonth('2020-03')).map((e) => e.title)).toEqual(['早已存在']);
    await reopened.close();
  });
});
