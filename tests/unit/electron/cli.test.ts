import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ArticleStore } from '../../../electron/store/article-store';
import { tempDir } from '../../helpers/temp-dir';
import { SAMPLE_CSV } from '../../helpers/sample-directory';
import iconv from 'iconv-lite';

const ROOT = resolve(__dirname, '../../..');
let dir: string;
let cleanup: () => Promise<void>;

function cli(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'electron/cli/bin.mjs'), ...args, '--data', join(dir, 'data')],
    {
      encoding: 'utf8',
      cwd: ROOT,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('copydesk-cli-'));
});
afterAll(() => cleanup());

describe('copydesk CLI', () => {
  it('imports UTF-8, UTF-16 and GB18030 files and lists them as JSON', () => {
    writeFileSync(join(dir, 'utf8.txt'), '中原区召开部署会议\n\n乔耸主持召开会议。\n');
    writeFileSync(
      join(dir, 'utf16.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('莲湖街道调研\n正文。\n', 'utf16le')]),
    );
    // 中文标题 / 正文 in GBK
    writeFileSync(
      join(dir, 'gbk.txt'),
      Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xb1, 0xea, 0xcc, 0xe2, 0x0a, 0xd5, 0xfd, 0xce, 0xc4]),
    );
    for (const name of ['utf8.txt', 'utf16.txt', 'gbk.txt']) {
      const r = cli('import', join(dir, name));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^已导入：[0-9a-z]+\t/);
    }
    const list = cli('list', '--json');
    expect(list.code).toBe(0);
    const parsed = JSON.parse(list.stdout) as { articles: Array<Record<string, unknown>> };
    expect(Object.keys(parsed)).toEqual(['articles']);
    expect(parsed.articles.map((a) => a.title).sort()).toEqual(
      ['中原区召开部署会议', '中文标题', '莲湖街道调研'].sort(),
    );
    for (const a of parsed.articles)
      expect(Object.keys(a)).toEqual(['id', 'title', 'status', 'date', 'wordCount', 'updatedAt']);
  });

  it('imports, lists and exports the people directory, refusing a bad file with its line numbers', async () => {
    const iconv = await import('iconv-lite');
    writeFileSync(join(dir, 'people.csv'), iconv.encode(SAMPLE_CSV, 'gb18030'));
    const imported = cli('people', 'import', join(dir, 'people.csv'));
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toBe('已导入：新增 23 人，更新 0 人，人员库共 23 人\n');
    const list = JSON.parse(cli('people', 'list', '--json').stdout) as {
      people: Array<{ name: string; pinyin: string }>;
    };
    expect(list.people.find((p) => p.name === '乔耸')?.pinyin).toBe('qiao song');
    const exported = cli('people', 'export');
    expect(
      exported.stdout.startsWith(
        '\uFEFF姓名,类别,职务,单位,排序,起始日期,截止日期\r\n乔耸,领导,中原区委书记,中原区,1,,\r\n',
      ),
    ).toBe(true);
    writeFileSync(join(dir, 'bad.csv'), '姓名,类别\n王五,其他\n赵六,官员\n');
    const bad = cli('people', 'import', join(dir, 'bad.csv'), '--replace');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(
      '错误：人员表有 1 处问题，未导入任何人员：\n第 3 行：赵六：类别“官员”无效（应为 领导、记者、通讯员、摄影、其他）\n',
    );
    expect(JSON.parse(cli('people', 'list', '--json').stdout).people).toHaveLength(23);
    expect(cli('people', 'frobnicate').code).toBe(2);
  });

  it('parses the reference page in UTF-8, UTF-16 and GB18030 to the documented JSON, from a file or stdin', async () => {
    const iconv = await import('iconv-lite');
    const page = readFileSync(join(ROOT, 'tests/fixtures/reference/house-format-page.txt'), 'utf8');
    writeFileSync(join(dir, 'page-utf8.txt'), page);
    writeFileSync(
      join(dir, 'page-utf16.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')]),
    );
    writeFileSync(join(dir, 'page-gbk.txt'), iconv.encode(page, 'gb18030'));
    const outputs = ['page-utf8.txt', 'page-utf16.txt', 'page-gbk.txt'].map((name) =>
      cli('parse', join(dir, name), '--json'),
    );
    for (const r of outputs) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(outputs[0]!.stdout);
    }
    const { articles } = JSON.parse(outputs[0]!.stdout) as { articles: Array<Record<string, unknown>> };
    expect(articles).toHaveLength(6);
    expect(articles[4]).toMatchObject({
      kicker: null,
      title: '中原区召开疫情防控期间复工复产安全生产工作推进会',
      subtitle: '消除监管盲区 堵塞管理漏洞',
      dateline: { source: '本报讯', month: 3, day: 19, timeOfDay: null },
      reporters: ['张改华'],
      correspondents: [],
      photographers: [],
    });
    expect((articles[4]!.paragraphs as string[]).length).toBe(2);
    const piped = spawnSync(process.execPath, [join(ROOT, 'electron/cli/bin.mjs'), 'parse', '-', '--json'], {
      input: page,
      encoding: 'utf8',
      cwd: ROOT,
    });
    expect(piped.stdout).toBe(outputs[0]!.stdout);
    expect(cli('parse', join(dir, 'page-utf8.txt')).stdout).toMatch(
      /^第 1 篇：中原区召开统筹推进疫情防控工作部署会议\n/,
    );
  });

  it('parses real copy: no headline gives title null, a date without source words a null source, credits go to photographers', () => {
    writeFileSync(
      join(dir, 'web.txt'),
      [
        '发布时间：2024-03-19 10:22  来源：县农业农村局',
        '3月18日下午，全县春耕生产现场会在东岭镇召开。',
        '与会人员察看了育秧工厂。记者 陈晓岚 通讯员 赵立群 摄',
      ].join('\n'),
    );
    const r = cli('parse', join(dir, 'web.txt'), '--json');
    expect(r.code).toBe(0);
    const { articles } = JSON.parse(r.stdout) as { articles: Array<Record<string, unknown>> };
    expect(articles).toEqual([
      {
        kicker: null,
        title: null,
        subtitle: null,
        dateline: { source: null, month: 3, day: 18, timeOfDay: '下午' },
        paragraphs: ['全县春耕生产现场会在东岭镇召开。', '与会人员察看了育秧工厂。'],
        reporters: ['陈晓岚'],
        correspondents: ['赵立群'],
        photographers: ['陈晓岚', '赵立群'],
      },
    ]);
    expect(cli('parse', join(dir, 'web.txt')).stdout).toMatch(
      /^第 1 篇：（原文无标题）\n {2}电头：（无来源） 3月18日下午\n/,
    );
  });

  it('refuses an empty file, a binary file and text with no report, in Chinese', () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x00]));
    writeFileSync(join(dir, 'chat.txt'), '好的，收到。\n明天见。\n');
    expect(cli('parse', join(dir, 'empty.txt')).stderr).toMatch(/^错误：没有识别出稿件/);
    expect(cli('parse', join(dir, 'binary.bin')).stderr).toBe(
      '错误：这不是文本文件（含有二进制内容）。请选择 .txt 文本文件。\n',
    );
    const chat = cli('parse', join(dir, 'chat.txt'));
    expect(chat.code).toBe(1);
    expect(chat.stderr).toMatch(/^错误：没有识别出稿件/);
    expect(cli('parse').code).toBe(2);
  });

  it('proofreads house-format text, as JSON with offsets, against a directory on a date', async () => {
    const iconv = await import('iconv-lite');
    const page = readFileSync(join(ROOT, 'tests/fixtures/reference/house-format-page.txt'), 'utf8');
    writeFileSync(join(dir, 'proof-gbk.txt'), iconv.encode(page, 'gb18030'));
    const r = cli('proof', join(dir, 'proof-gbk.txt'), '--json');
    expect(r.stderr).toBe('');
    const { findings } = JSON.parse(r.stdout) as { findings: Array<Record<string, unknown>> };
    expect(Object.keys(findings[0]!)).toEqual(['rule', 'severity', 'start', 'end', 'text', 'message', 'suggestion']);
    const count = (rule: string) => findings.filter((f) => f.rule === rule).length;
    expect(count('punct.halfwidth')).toBe([...page.matchAll(/[,;:]/gu)].length);
    expect(count('repeat.char')).toBe(1);
    expect(count('format.broken-line')).toBe(8);
    for (const f of findings.filter((f) => f.text !== ''))
      expect(page.slice(f.start as number, f.end as number)).toBe(f.text);

    writeFileSync(
      join(dir, 'slips.txt'),
      '中原区召开会议\n本报讯 3月18日上午，中原区委副书记乔耸主持召开会议。\n记者 张改华\n',
    );
    writeFileSync(join(dir, 'people.csv'), SAMPLE_CSV);
    const people = JSON.parse(
      cli('proof', join(dir, 'slips.txt'), '--json', '--date', '2020-03-18', '--directory', join(dir, 'people.csv'))
        .stdout,
    ) as { findings: Array<{ rule: string; text: string; suggestion?: string }> };
    expect(people.findings).toEqual([
      expect.objectContaining({ rule: 'person.title', text: '中原区委副书记', suggestion: '中原区委书记' }),
    ]);
    const text = cli('proof', join(dir, 'slips.txt'), '--directory', join(dir, 'people.csv'));
    expect(text.stdout).toMatch(/^第 2 行第 13 字\t错误\t职务\t“乔耸”的职务与人员库不符/);
    expect(cli('proof', join(dir, 'slips.txt'), '--date', '2020-02-30').code).toBe(2);
  });

  it('shows and exports house-format text', () => {
    const { articles } = JSON.parse(cli('list', '--json').stdout) as { articles: Array<{ id: string; title: string }> };
    const article = articles.find((a) => a.title === '中原区召开部署会议')!;
    expect(cli('show', article.id).stdout).toBe('中原区召开部署会议\n\n乔耸主持召开会议。\n');
    const out = join(dir, 'out.txt');
    expect(cli('export', article.id, '--format', 'txt', '--out', out).code).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(0);
    // For 方正 layout software: GB18030 with CRLF line ends.
    const gb = join(dir, 'out-gb.txt');
    expect(cli('export', article.id, '--encoding', 'gb18030', '--crlf', '--out', gb).code).toBe(0);
    expect(iconv.decode(readFileSync(gb), 'gb18030')).toBe('中原区召开部署会议\r\n\r\n乔耸主持召开会议。\r\n');
    expect(cli('export', article.id, '--format', 'html').stdout).toContain('<h1>中原区召开部署会议</h1>');
    expect(cli('export', article.id, '--format', 'docx').code).toBe(2);
    const docx = join(dir, 'out.docx');
    expect(cli('export', article.id, '--format', 'docx', '--out', docx).code).toBe(0);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    // A page of A4 as PDF, through Chromium.
    const pdf = join(dir, 'out.pdf');
    const printed = cli('pdf', article.id, '--preset', 'a4', '--out', pdf);
    expect(printed.stdout).toBe(`已导出到 ${pdf}（A4，210 × 297 毫米）\n`);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(cli('pdf', article.id, '--preset', 'b5', '--out', pdf).stderr).toMatch(/^没有版式“b5”/);
  });

  it('answers errors in Chinese on stderr with a non-zero exit code', () => {
    const missing = cli('import', join(dir, 'nope.txt'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('文件不存在');
    const binary = join(dir, 'photo.jpg');
    writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]));
    expect(cli('import', binary)).toMatchObject({ code: 1, stderr: expect.stringContaining('不是文本文件') });
    expect(cli('show', 'zzzzzzzzzzzzzzzzzz')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('找不到这篇稿件'),
    });
    expect(cli('show', '../x')).toMatchObject({ code: 1, stderr: expect.stringContaining('输入无效') });
    expect(cli('export', 'zzzzzzzzzzzzzzzzzz', '--format', 'pdf')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('不支持的导出格式'),
    });
    expect(cli('frobnicate')).toMatchObject({ code: 2, stderr: expect.stringContaining('未知命令') });
    expect(cli('list', '--month', '2020-3')).toMatchObject({ code: 1, stderr: expect.stringContaining('月份格式') });
    // An empty file, and random bytes behind a UTF-16 mark, import nothing.
    const before = (JSON.parse(cli('list', '--json').stdout) as { articles: unknown[] }).articles.length;
    writeFileSync(join(dir, 'empty.txt'), '');
    expect(cli('import', join(dir, 'empty.txt'))).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('文件是空的'),
    });
    let seed = 3;
    const noise = Buffer.from(
      Array.from({ length: 4000 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % 256)),
    );
    writeFileSync(join(dir, 'noise.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), noise]));
    expect(cli('import', join(dir, 'noise.txt'))).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('不是文本文件'),
    });
    expect((JSON.parse(cli('list', '--json').stdout) as { articles: unknown[] }).articles).toHaveLength(before);
  });

  it('does not rebuild on every call', () => {
    cli('list');
    const before = statSync(join(ROOT, 'out/node/cli.cjs')).mtimeMs;
    cli('list');
    expect(statSync(join(ROOT, 'out/node/cli.cjs')).mtimeMs).toBe(before);
  });

  it('reads while the app holds the data folder, but refuses to write with a clear message', async () => {
    const store = await ArticleStore.open({ dataDir: join(dir, 'data') });
    try {
      expect(cli('list').code).toBe(0);
      const r = cli('import', join(dir, 'utf8.txt'));
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('正被另一个采编台进程使用');
    } finally {
      await store.close();
    }
  });
});
