import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PeopleStore } from '../../../electron/store/people-store';
import { parseDirectoryCsv } from '../../../shared/people/csv';
import type { PersonInput } from '../../../shared/people/model';
import { isCopydeskError } from '../../../shared/ipc/result';
import { tempDir } from '../../helpers/temp-dir';
import { SAMPLE_CSV } from '../../helpers/sample-directory';

const qiao: PersonInput = {
  name: '乔耸',
  category: '领导',
  organisation: '中原区',
  periods: [{ title: '中原区委书记', rank: 1, from: null, to: null }],
};

function sample(): PersonInput[] {
  const parsed = parseDirectoryCsv(SAMPLE_CSV);
  if (!parsed.ok) throw new Error('sample');
  return parsed.people;
}

describe('people store', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it('adds people with pinyin, edits them in place, and keeps them across opens', async () => {
    const store = new PeopleStore(dir);
    const added = await store.save(qiao);
    expect(added).toMatchObject({ name: '乔耸', pinyin: 'qiao song' });
    expect(added.id).toMatch(/^[0-9a-z]{20}$/);
    const promoted = await store.save({
      ...qiao,
      id: added.id,
      periods: [
        { title: '中原区委书记', rank: 1, from: null, to: '2021-06-30' },
        { title: '郑州市副市长', rank: 1, from: '2021-07-01', to: null },
      ],
    });
    expect(promoted.id).toBe(added.id);
    const again = await new PeopleStore(dir).list();
    expect(again).toHaveLength(1);
    expect(again[0]!.periods).toHaveLength(2);
  });

  it('refuses the same name in the same organisation twice, and edits of someone removed', async () => {
    const store = new PeopleStore(dir);
    await store.save(qiao);
    const twice = await store.save(qiao).catch((e: unknown) => e);
    expect(isCopydeskError(twice) && twice.message).toBe('人员库中已有“中原区”的“乔耸”，请编辑原有记录或注明单位。');
    expect(await store.save({ ...qiao, organisation: '二七区' })).toMatchObject({ organisation: '二七区' });
    const gone = await store.save({ ...qiao, id: 'zzzzzzzzzzzz' }).catch((e: unknown) => e);
    expect(isCopydeskError(gone) && gone.code).toBe('NOT_FOUND');
    const all = await store.list();
    expect(await store.remove(all[0]!.id)).toBe(true);
    expect(await store.remove(all[0]!.id)).toBe(false);
  });

  it('imports by merging (same person keeps their id) or by replacing the whole directory', async () => {
    const store = new PeopleStore(dir);
    const first = await store.save(qiao);
    const other = await store.save({ name: '王五', category: '其他', organisation: '', periods: [] });
    const merged = await store.importPeople(sample(), 'merge');
    expect(merged).toEqual({ added: 22, updated: 1, removed: 0, total: 24 });
    const list = await store.list();
    expect(list.find((p) => p.name === '乔耸')!.id).toBe(first.id);
    const replaced = await store.importPeople(sample(), 'replace');
    expect(replaced).toEqual({ added: 0, updated: 23, removed: 1, total: 23 });
    expect((await store.list()).some((p) => p.id === other.id)).toBe(false);
    expect((await store.list()).find((p) => p.name === '乔耸')!.id).toBe(first.id);
  });

  it('restores a damaged directory from its backup, keeping the damaged file aside', async () => {
    const store = new PeopleStore(dir);
    await store.save(qiao);
    await store.save({ name: '李晓雷', category: '领导', organisation: '中原区', periods: [] });
    await writeFile(join(dir, 'people.json'), '{"schemaVersion":1,"people":[{"id":');
    const reopened = new PeopleStore(dir);
    const list = await reopened.list();
    expect(list.map((p) => p.name)).toEqual(['乔耸']); // the backup is the version before the last write
    expect(reopened.notices[0]).toMatch(/^人员库文件已损坏，已从备份恢复（1 人）/);
    const files = await readdir(dir);
    const aside = files.find((f) => f.startsWith('people.json.damaged-'))!;
    expect(await readFile(join(dir, aside), 'utf8')).toBe('{"schemaVersion":1,"people":[{"id":');
  });

  it('starts empty with a notice when the file and its backup are both unreadable, and skips bad records', async () => {
    await writeFile(join(dir, 'people.json'), 'garbage');
    const store = new PeopleStore(dir);
    expect(await store.list()).toEqual([]);
    expect(store.notices[0]).toContain('没有可用的备份');
    await writeFile(
      join(dir, 'people.json'),
      JSON.stringify({ schemaVersion: 1, people: [{ id: 'x' }, { ...(await new PeopleStore(dir).save(qiao)) }] }),
    );
    const partial = new PeopleStore(dir);
    expect((await partial.list()).map((p) => p.name)).toEqual(['乔耸']);
    expect(partial.notices).toContain('人员库中有 1 条记录格式不对，已略过。');
  });
});
