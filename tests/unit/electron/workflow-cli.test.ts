import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ageInboxFiles } from '../../helpers/inbox';
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../helpers/root';
import { tempDir } from '../../helpers/temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('copydesk-wf-cli-'));
});
afterAll(() => cleanup());

function cli(data: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'electron/cli/bin.mjs'), ...args, '--data', join(dir, data)], {
    encoding: 'utf8',
    cwd: ROOT,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the whole desk workflow from a script, without the app', () => {
  it('profile set → import → submit → key export on one folder; trust → inbox → status … 签发 on another', async () => {
    const share = join(dir, 'share');
    // The correspondent's folder: nothing can be submitted before the profile is set.
    writeFileSync(
      join(dir, 'report.txt'),
      '中原区开展春季绿化活动\n本报讯 3月12日上午，中原区组织干部职工开展义务植树活动。\n（通讯员 张莉）\n',
    );
    const imported = cli('correspondent', 'import', join(dir, 'report.txt'));
    expect(imported.code).toBe(0);
    const id = /已导入：([0-9a-z]+)/.exec(imported.stdout)![1]!;
    expect(cli('correspondent', 'submit', id, '--to', share)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/请先/),
    });
    expect(cli('correspondent', 'profile')).toMatchObject({ code: 0, stdout: expect.stringMatching(/尚未设置/) });
    const set = cli('correspondent', 'profile', 'set', '--name', '张莉', '--role', '通讯员');
    expect(set).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^已设置：张莉（通讯员），密钥指纹 [0-9a-f ]+/),
    });
    expect(JSON.parse(cli('correspondent', 'profile', '--json').stdout)).toMatchObject({
      profile: { name: '张莉', role: '通讯员' },
    });
    const submitted = cli('correspondent', 'submit', id, '--to', share);
    expect(submitted).toMatchObject({ code: 0, stdout: expect.stringMatching(/^已投稿：中原区开展春季绿化活动/) });
    const keyFile = join(dir, '张莉.cdkey');
    expect(cli('correspondent', 'key', 'export', '--out', keyFile)).toMatchObject({ code: 0 });

    // The desk's folder, as the duty chief: trust the key, take the copy in, and take it to 签发.
    expect(cli('desk', 'profile', 'set', '--name', '王主任', '--role', '值班主任')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('请设置值班主任口令'),
    });
    expect(
      cli('desk', 'profile', 'set', '--name', '王主任', '--role', '值班主任', '--passphrase', '西流湖晨报夜班').code,
    ).toBe(0);
    expect(cli('desk', 'trust', keyFile)).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^已信任：通讯员 张莉/),
    });
    expect(cli('desk', 'trust', '--list').stdout).toMatch(/通讯员\t张莉\t/);
    // A file younger than a second may still be arriving and waits for the next look: age it.
    await ageInboxFiles(share);
    const inbox = cli('desk', 'inbox', share);
    expect(inbox).toMatchObject({ code: 0, stdout: expect.stringMatching(/收入 1/) });
    expect(readdirSync(join(share, '已处理'))).toHaveLength(1);
    const list = JSON.parse(cli('desk', 'list', '--json').stdout) as {
      articles: Array<{ id: string; status: string }>;
    };
    expect(list.articles).toHaveLength(1);
    const deskId = list.articles[0]!.id;
    expect(cli('desk', 'status', deskId, '签发')).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/不能“签发”（可以：开始编辑、退回）/),
    });
    expect(cli('desk', 'status', deskId, '开始编辑').stdout).toMatch(/已投稿 → 编辑中/);
    expect(cli('desk', 'status', deskId, '送签').stdout).toMatch(/编辑中 → 待签发/);
    expect(cli('desk', 'status', deskId, '签发', '--passphrase', '不对的口令')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('值班主任口令不对，未能签发。'),
    });
    expect(cli('desk', 'status', deskId, '签发', '--passphrase', '西流湖晨报夜班')).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/待签发 → 已签发/),
    });
    expect(JSON.parse(cli('desk', 'list', '--json').stdout).articles[0].status).toBe('signed');
    // The app's rules: signed copy cannot be sent back, and an unknown action is a usage error.
    expect(cli('desk', 'status', deskId, '退回').code).not.toBe(0);
    expect(cli('desk', 'status', deskId, '飞走')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/没有“飞走”这个动作/),
    });
  });

  it('refuses options a command does not take, and builds the help from the command table', () => {
    expect(cli('x', 'list', '--repair')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/list 不接受选项 --repair/),
    });
    const help = cli('x', '--help');
    for (const name of [
      'list',
      'show',
      'import',
      'export',
      'parse',
      'proof',
      'render',
      'page',
      'pdf',
      'profile',
      'key',
      'trust',
      'submit',
      'inbox',
      'status',
      'people',
      'check',
    ])
      expect(help.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
  });
});
