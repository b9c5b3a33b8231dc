import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices } from '../../../electron/services/services';
import { ArticleStore } from '../../../electron/store/article-store';
import { renderHouseText } from '../../../shared/format/house-text';
import { emptyContent, plainTextToBody } from '../../../shared/model/article-content';
import { foldText } from '../../../shared/search/fold';
import { syntheticCopy } from '../../helpers/synthetic-copy';
import { tempDir } from '../../helpers/temp-dir';

const ROOT = resolve(__dirname, '../../..');
let dir: string;
let cleanup: () => Promise<void>;
const texts = new Map<string, string>();

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'electron/cli/bin.mjs'), ...args, '--data', dir], {
    encoding: 'utf8',
    cwd: ROOT,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function brute(query: string): string[] {
  const q = foldText(query);
  return [...texts]
    .filter(([, text]) =>
      foldText(text)
        .split('\n')
        .some((line) => line.includes(q)),
    )
    .map(([id]) => id)
    .sort();
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('copydesk-search-cli-'));
  const store = await ArticleStore.open({ dataDir: dir });
  const copy = syntheticCopy(11);
  const made = await store.createMany(
    Array.from({ length: 60 }, () => {
      const { doc, text } = copy.report(300);
      const [title, ...rest] = text.split('\n\n');
      return {
        ...emptyContent(),
        title: title!,
        dateline: { source: '本报讯', date: doc.date!, timeOfDay: null },
        body: plainTextToBody(
          rest
            .slice(0, -1)
            .join('\n')
            .replace(/^本报讯 \d+月\d+日上午，/, ''),
        ),
        byline: { ...emptyContent().byline, reporters: doc.reporters },
      };
    }),
  );
  for (const a of made) texts.set(a.id, renderHouseText(a));
  await store.close();
});
afterAll(() => cleanup());

describe('copydesk search and similar', () => {
  it('prints every hit a substring scan finds, in the documented JSON shape, on an archive never indexed', () => {
    const copy = syntheticCopy(5);
    const all = [...texts.values()];
    for (let i = 0; i < 6; i++) {
      const q = copy.queryFrom(all[i * 7]!, 1 + i)!;
      const r = cli('search', q, '--json', '--limit', '200');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const parsed = JSON.parse(r.stdout) as { total: number; hits: Array<Record<string, unknown>> };
      expect(Object.keys(parsed)).toEqual(['total', 'hits']);
      expect(parsed.hits.map((h) => h.id).sort(), q).toEqual(brute(q));
      expect(parsed.total).toBe(brute(q).length);
      for (const hit of parsed.hits) expect(Object.keys(hit)).toEqual(['id', 'title', 'date', 'status', 'snippet']);
    }
  });

  it('filters by date, status and author, and reads while the app has the archive open', async () => {
    const services = await openServices({ version: 'test', dataDir: dir, runtime: 'host' });
    try {
      await services.search.whenComplete();
      const [id] = [...texts.keys()];
      const current = await services.store.get(id!);
      const saved = await services.store.save(id!, current.revision, {
        ...current,
        title: '子丑寅卯工作推进会',
        dateline: { source: '本报讯', date: '2026-11-30', timeOfDay: '上午' },
        byline: { ...current.byline, reporters: ['欧阳正'] },
      });
      texts.set(id!, renderHouseText(saved));
      const found = JSON.parse(cli('search', '子丑寅卯', '--json').stdout) as { hits: Array<{ id: string }> };
      expect(found.hits.map((h) => h.id)).toEqual([id]);
      const filtered = (...args: string[]) =>
        (JSON.parse(cli('search', '子丑寅卯', '--json', ...args).stdout) as { total: number }).total;
      expect(filtered('--from', '2026-11-01', '--to', '2026-11-30')).toBe(1);
      expect(filtered('--to', '2026-11-29')).toBe(0);
      expect(filtered('--status', '草稿')).toBe(1);
      expect(filtered('--status', 'pending')).toBe(0);
      expect(filtered('--author', '欧阳正')).toBe(1);
      expect(filtered('--author', '张莉')).toBe(0);
      expect(filtered('--kind', '简讯')).toBe(0);
    } finally {
      await services.close();
    }
  });

  it('lists a copy of a report as 重稿 with its overlap', async () => {
    const store = await ArticleStore.open({ dataDir: dir });
    const [id] = [...texts.keys()].slice(5);
    const original = await store.get(id!);
    const copy = await store.create({ ...original, title: `${original.title}（重发）` });
    await store.close();
    const r = cli('similar', copy.id, '--json');
    expect(r.code).toBe(0);
    const { similar } = JSON.parse(r.stdout) as { similar: Array<{ id: string; overlap: number }> };
    expect(similar[0]).toMatchObject({ id });
    expect(similar[0]!.overlap).toBeGreaterThan(0.9);
    expect(Object.keys(similar[0]!)).toEqual(['id', 'title', 'date', 'overlap']);
  });

  it('refuses an empty query, a bad date and an unknown status with a Chinese message', () => {
    const empty = cli('search', '');
    expect(empty.code).not.toBe(0);
    expect(empty.stderr).toContain('请输入要查找的文字');
    const badDate = cli('search', '会议', '--from', '2026-02-30');
    expect(badDate.code).not.toBe(0);
    expect(badDate.stderr).toContain('日期不存在');
    const badStatus = cli('search', '会议', '--status', '已完成');
    expect(badStatus.code).not.toBe(0);
    expect(badStatus.stderr).toContain('不认识的稿件状态');
  });
});
