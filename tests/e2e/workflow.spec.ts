import { describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  composeIme,
  correspondentSendsTo,
  deskWatches,
  e2eSetup,
  forTest,
  placeCaret,
  twoWorkstations,
} from './fixture';
import { EMPTY_BYLINE } from '../../shared/model/article';
import { emptyContent, plainTextToBody } from '../../shared/model/article-content';

// Copy travels correspondent → desk → 签发 between two data folders, through
// a shared 投稿箱/收稿箱 folder, as on two machines with a network share.

const TITLE = '中原区开展春季义务植树活动';
const LEAD = '中原区组织干部职工在西流湖公园开展春季义务植树活动。';

const e2e = e2eSetup('copydesk-workflow-');
const folder = (name: string) => e2e.folder(name);

describe('desk workflow end to end', () => {
  it('a correspondent writes and submits; the desk takes it in from its watched 收稿箱, edits, sees 修改痕迹, adds a 批注 and signs it off; bad files are refused', async (ctx) => {
    const { share, writerDir, deskDir } = await twoWorkstations(folder, {
      ...emptyContent(),
      title: TITLE,
      dateline: { source: '本报讯', date: '2020-03-18', timeOfDay: '上午' },
      body: plainTextToBody(LEAD),
      byline: { ...EMPTY_BYLINE, correspondents: ['张莉'] },
    });

    // The correspondent's machine: first run asks who they are.
    const writer = await e2e.launch(forTest(ctx), { profile: null }, writerDir);
    let page = writer.page;
    const welcome = page.getByRole('dialog', { name: '欢迎使用采编台' });
    await welcome.getByLabel('姓名', { exact: true }).fill('张莉');
    await welcome.getByLabel('身份', { exact: true }).selectOption('通讯员');
    await welcome.getByRole('button', { name: '开始使用' }).click();
    await welcome.waitFor({ state: 'detached' });
    await expect.poll(() => page.title()).toBe('采编台 — 张莉（通讯员）');
    expect(await page.getByTestId('who').textContent()).toBe('张莉（通讯员）');
    // 设置: the 投稿箱 is the shared folder; the public key goes to the desk once.
    const keyFile = join(share, '..', 'zhangli.cdkey');
    expect(await correspondentSendsTo(page, share, keyFile)).toBe('公钥-张莉.cdkey');
    const fingerprint = await page.getByTestId('fingerprint').textContent();

    // Writes a sentence with the input method, then 投稿.
    await page.getByRole('button', { name: '稿件库', exact: true }).click();
    await page.getByTestId('month-select').selectOption('2020-03');
    await page.getByRole('button', { name: TITLE, exact: true }).click();
    await page.getByTestId('article-document').waitFor();
    await placeCaret(page, 'paragraph', 0, '活动。', 3);
    await composeIme(page, ['gong', 'gongzai'], '共栽种树木三百余棵。');
    await page.getByRole('button', { name: '投稿', exact: true }).click();
    // 投稿 is asked first; 取消 leaves the draft as it was.
    await page.getByRole('alertdialog', { name: '确认投稿' }).getByRole('button', { name: '取消' }).click();
    expect(await page.getByTestId('article-status').textContent()).toBe('草稿');
    await page.getByRole('button', { name: '投稿', exact: true }).click();
    await page.getByRole('button', { name: '确定投稿' }).click();
    await expect
      .poll(() => page.getByRole('region', { name: '稿件流程' }).getByRole('status').textContent())
      .toMatch(/^已投稿，投稿文件已写入 .*\.cdsub$/);
    expect(await page.getByTestId('article-status').textContent()).toBe('已投稿');
    expect((await readdir(share)).filter((n) => n.endsWith('.cdsub'))).toHaveLength(1);

    // The desk: trusts the correspondent's key, watches the shared folder.
    const desk = await e2e.launch(forTest(ctx), { profile: { name: '王编辑', role: '编辑' } }, deskDir);
    page = desk.page;
    await deskWatches(page, keyFile, share, `已信任 通讯员 张莉（指纹 ${fingerprint}）`);
    await page.getByRole('button', { name: '稿件库', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('receipts').textContent(), { timeout: 15_000 })
      .toContain(`收到来稿《${TITLE}》（通讯员 张莉）`);
    expect(await readdir(join(share, '已处理'))).toHaveLength(1);
    await page.getByTestId('month-select').selectOption('2020-03');
    await page.getByRole('button', { name: TITLE, exact: true }).click();
    await page.getByTestId('article-document').waitFor();
    expect(await page.getByTestId('origin').textContent()).toMatch(/^来稿：通讯员 张莉，/);
    expect(await page.getByTestId('article-status').textContent()).toBe('已投稿');
    // 签发 is not an editor's to take.
    expect(await page.getByRole('button', { name: '签发', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: '开始编辑' }).click();
    await expect.poll(() => page.getByTestId('article-status').textContent()).toBe('编辑中');

    // The desk edits: 干部职工 → 机关干部 (typed through the input method).
    await placeCaret(page, 'paragraph', 0, '干部职工', 0, 4);
    await composeIme(page, ['jiguan'], '机关干部');
    // A 批注 on the count.
    await placeCaret(page, 'paragraph', 0, '三百余棵', 0, 4);
    await page.getByRole('button', { name: '添加批注' }).click();
    await page.getByLabel('批注内容').fill('请核实具体数量');
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await page.getByTestId('note').waitFor();
    expect(await page.locator('.note-mark').first().textContent()).toBe('三百余棵');
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^已保存/);

    // 修改痕迹: the desk's changes against the copy as submitted.
    await page.getByRole('button', { name: '修改痕迹' }).click();
    const tracked = page.getByRole('dialog', { name: '修改痕迹' });
    // By words: 机关 inserted before 干部, which stays; 职工 deleted after it.
    await expect.poll(() => tracked.locator('ins').allTextContents()).toEqual(['机关']);
    expect(await tracked.locator('del').allTextContents()).toEqual(['职工']);
    expect(await tracked.getByTestId('diff-counts').textContent()).toBe('增 2 字，删 2 字');
    expect(await tracked.getByTestId('diff').textContent()).toContain('组织机关干部职工在西流湖公园');
    await tracked.getByRole('button', { name: '关闭' }).click();

    // 送签, then the duty chief signs it off; signed copy is locked.
    await page.getByRole('button', { name: '送签' }).click();
    await expect.poll(() => page.getByTestId('article-status').textContent()).toBe('待签发');
    await page.getByRole('button', { name: '设置', exact: true }).click();
    await page.getByRole('form', { name: '姓名和身份' }).getByLabel('身份', { exact: true }).selectOption('值班主任');
    await page.getByRole('form', { name: '姓名和身份' }).getByLabel('姓名', { exact: true }).fill('李主任');
    // The first 值班主任 on this machine sets the passphrase (typed twice) that 签发 asks for again.
    await page.getByLabel('值班主任口令').fill('夜班签发口令');
    await page.getByLabel('再次输入口令').fill('夜班签发口令');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('已保存姓名和身份').waitFor();
    await page.getByRole('button', { name: '稿件库', exact: true }).click();
    await page.getByTestId('month-select').selectOption('2020-03');
    await page.getByRole('button', { name: TITLE, exact: true }).click();
    await page.getByRole('button', { name: '签发', exact: true }).click();
    const confirm = page.getByRole('alertdialog', { name: '确认签发' });
    expect(await confirm.getByRole('button', { name: '确定签发' }).isDisabled()).toBe(true);
    await confirm.getByLabel('值班主任口令').fill('猜的口令');
    await confirm.getByRole('button', { name: '确定签发' }).click();
    await expect.poll(() => page.getByText('值班主任口令不对，未能签发。').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('article-status').textContent()).toBe('待签发');
    await confirm.getByLabel('值班主任口令').fill('夜班签发口令');
    await confirm.getByRole('button', { name: '确定签发' }).click();
    await expect.poll(() => page.getByTestId('article-status').textContent()).toBe('已签发（已锁定）');
    expect(await page.getByTestId('article-document').getAttribute('contenteditable')).toBe('false');
    // Every control that would change it is disabled and says why; leaving still works.
    const reason = '这篇稿件已签发，已锁定，不能修改；如需修改，请值班主任重新打开。';
    await expect.poll(() => page.getByTestId('locked-note').textContent()).toBe(reason);
    const bylineButton = page.getByRole('button', { name: '编辑署名' });
    expect(await bylineButton.isDisabled()).toBe(true);
    expect(await bylineButton.getAttribute('title')).toBe(reason);
    expect(await page.getByLabel('稿件类型').isDisabled()).toBe(true);
    expect(await page.getByTestId('dateline-chip').getByRole('button').isDisabled()).toBe(true);
    await page.getByRole('button', { name: /^流程记录/ }).click();
    const steps = await page.getByRole('list', { name: '流程记录' }).getByRole('listitem').allTextContents();
    expect(steps.map((s) => s.replace(/^[\d/ :]+/, ''))).toEqual([
      '通讯员 张莉 投稿：草稿 → 已投稿',
      '编辑 王编辑 开始编辑：已投稿 → 编辑中',
      '编辑 王编辑 送签：编辑中 → 待签发',
      '值班主任 李主任 签发：待签发 → 已签发',
    ]);

    // Bad files in the 收稿箱: tampered and truncated are refused into 未通过, nothing imported.
    const done = (await readdir(join(share, '已处理')))[0]!;
    const good = JSON.parse(await readFile(join(share, '已处理', done), 'utf8'));
    const payload = JSON.parse(Buffer.from(good.payload, 'base64').toString('utf8'));
    payload.article.title = '被改动的标题';
    await writeFile(
      join(share, 'tampered.cdsub'),
      JSON.stringify({ ...good, payload: Buffer.from(JSON.stringify(payload)).toString('base64') }),
    );
    await writeFile(join(share, 'truncated.cdsub'), JSON.stringify(good).slice(0, 200));
    await page.getByRole('button', { name: '稿件库', exact: true }).click();
    await expect
      .poll(async () => (await page.getByTestId('receipts').textContent()) ?? '', { timeout: 15_000 })
      .toContain('未通过：truncated.cdsub——文件已损坏或不完整（可能传送中断），无法读取。');
    expect(await page.getByTestId('receipts').textContent()).toContain(
      '未通过：tampered.cdsub——签名无效：文件在传送途中被改动，或不是由署名的发件人发出。',
    );
    expect((await readdir(join(share, '未通过'))).sort()).toEqual(
      ['tampered.cdsub', 'tampered.cdsub.原因.txt', 'truncated.cdsub', 'truncated.cdsub.原因.txt'].sort(),
    );
    await page.getByTestId('month-select').selectOption('2020-03');
    expect(await page.getByRole('button', { name: '被改动的标题' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: TITLE, exact: true }).count()).toBe(1);
  }, 180_000);
});
