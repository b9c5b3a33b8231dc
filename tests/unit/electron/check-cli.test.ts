import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ArticleStore } from '../../../electron/store/article-store';
import { emptyContent, plainTextToBody } from '../../../shared/model/article-content';
import { tempDir } from '../../helpers/temp-dir';

const ROOT = resolve(__dirname, '../../..');
let dir: string;
let cleanup: () => Promise<void>;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'electron/cli/bin.mjs'), ...args, '--data', dir], {
    encoding: 'utf8',
    cwd: ROOT,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const content = (title: string) => ({
  ...emptyContent(),
  title,
  body: plainTextToBody('正文。'),
  dateline: { source: '本报讯', date: '2020-03-18', timeOfDay: null },
});

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('copydesk-check-'));
});
afterEach(() => cleanup());

describe('copydesk check', () => {
  it('reports a clean folder as clean, in Chinese and as JSON', async () => {
    const store = await ArticleStore.open({ dataDir: dir });
    await store.create(content('甲'));
    await store.create(content('乙'));
    await store.close();
    const r = cli('check');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('稿件 2 篇，修订记录 2 份');
    expect(r.stdout).toContain('结果：数据文件夹完好。');
    expect(JSON.parse(cli('check', '--json').stdout)).toEqual({
      clean: true,
      articles: 2,
      revisionLogs: 2,
      problems: [],
      repaired: [],
    });
  });

  it('finds what crashes and damage leave, repairs it with --repair, and is clean afterwards', async () => {
    const store = await ArticleStore.open({ dataDir: dir });
    const a = await store.create(content('甲'));
    const b = await store.create(content('乙'));
    const c = await store.create(content('丙'));
    await store.close();
    // A temp file left by a write that died, a log without an article, a draft without one,
    // an article file holding another article, an article the catalog does not know, and a damaged 人员库.
    await writeFile(join(dir, 'articles', store.paths.shard(a.id), `.${a.id}.json.123.1.tmp`), '{"half');
    const orphan = 'zzzzzzzzz00000000ab';
    await mkdir(join(dir, 'revisions', 'ab'), { recursive: true });
    await writeFile(join(dir, 'revisions', 'ab', `${orphan}.jsonl`), '{}\n');
    await mkdir(join(dir, 'drafts'), { recursive: true });
    await writeFile(join(dir, 'drafts', `${orphan}.json`), '{}');
    await writeFile(store.paths.articleFile(c.id), await readFile(store.paths.articleFile(b.id)));
    await writeFile(join(dir, 'people.json'), '{"schemaVersion":1,"peo');
    await writeFile(store.paths.journal, '');
    await writeFile(store.paths.bucketFile('2020-03'), JSON.stringify({ schemaVersion: 6, entries: {} }));

    const before = cli('check', '--json');
    expect(before.code).toBe(1);
    const found = JSON.parse(before.stdout) as { problems: string[] };
    const all = found.problems.join('\n');
    expect(all).toMatch(/临时文件/);
    expect(all).toMatch(/没有对应稿件的修订记录/);
    expect(all).toMatch(/没有对应稿件的未保存内容/);
    expect(all).toMatch(/不在稿件列表中/);
    expect(all).toMatch(/people\.json/);
    expect(all).toMatch(new RegExp(`${c.id}\\.json 已损坏`));

    const repaired = cli('check', '--repair');
    expect(repaired.stdout).toMatch(/已修复：/);
    expect(repaired.stdout).toContain('结果：已修复');
    expect(repaired.code).toBe(0);
    const after = cli('check', '--json');
    expect(JSON.parse(after.stdout)).toMatchObject({ clean: true, articles: 3, problems: [] });
    expect(after.code).toBe(0);
    const list = JSON.parse(cli('list', '--json').stdout) as { articles: Array<{ id: string; title: string }> };
    expect(list.articles.map((x) => [x.id, x.title]).sort()).toEqual(
      [
        [a.id, '甲'],
        [b.id, '乙'],
        [c.id, '丙'],
      ].sort(),
    );
    expect((await readdir(join(dir, 'damaged'))).length).toBeGreaterThan(0);
  });

  it('refuses --repair while another program writes the folder, and a folder that does not exist', async () => {
    const store = await ArticleStore.open({ dataDir: dir });
    const r = cli('check', '--repair');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/正被另一个采编台进程使用/);
    await store.close();
    const missing = spawnSync(
      process.execPath,
      [join(ROOT, 'electron/cli/bin.mjs'), 'check', '--data', join(dir, 'nope')],
      {
        encoding: 'utf8',
      },
    );
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/数据文件夹不存在/);
  });
});
