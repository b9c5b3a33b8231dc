import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { openServices, type Services } from '../../../electron/services/services';
import { dispatch } from '../../../shared/ipc/dispatch';
import { createClient, localTransport, type Client } from '../../../shared/ipc/client';
import type { Channel } from '../../../shared/ipc/channels';
import type { InputOf } from '../../../shared/ipc/contract';
import type { Article } from '../../../shared/model/article';
import { checkTransition, TRANSITIONS } from '../../../shared/workflow/transitions';
import { chineseDiff, diffCounts } from '../../../shared/workflow/diff';
import { renderHouseText } from '../../../shared/format/house-text';
import { tempDir } from '../../helpers/temp-dir';
import { ROOT } from '../../helpers/root';
import mammoth from 'mammoth';
import { renderPages } from '../../../shared/layout/page-html';
import { BUILT_IN_PRESETS } from '../../../shared/layout/presets';
import { submissionPayload } from '../../../electron/services/submissions';
import { watchInbox } from '../../../electron/services/inbox-watcher';

const para = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });
const REPORT = {
  title: '中原区开展春季绿化活动',
  dateline: { source: '本报讯', date: '2020-03-18', timeOfDay: '上午' as const },
  body: [para('中原区组织干部职工在西流湖公园开展春季义务植树活动。'), para('活动共栽种树木三百余棵。')],
  byline: { reporters: [], correspondents: ['张莉'], photographers: [], interns: [], layout: 'auto' as const },
};

interface Desk {
  dir: string;
  services: Services;
  /** The typed client: a call is checked against the contract. */
  call: Client['call'];
  /** A call that must fail: its error. */
  fail<C extends Channel>(
    channel: C,
    ...input: InputOf<C> extends void ? [] : [InputOf<C>]
  ): Promise<{ code: string; message: string }>;
}

let cleanups: Array<() => Promise<void>> = [];
let opened: Services[] = [];

async function open(dir?: string): Promise<Desk> {
  if (!dir) {
    const made = await tempDir('copydesk-workflow-');
    cleanups.push(made.cleanup);
    dir = made.dir;
  }
  const services = await openServices({ version: '9.9.9', dataDir: dir, runtime: 'host' });
  opened.push(services);
  const client = createClient(localTransport(services.handlers));
  return {
    dir,
    services,
    call: client.call,
    async fail(channel, ...input) {
      const r = await dispatch(services.handlers, channel, input[0]);
      if (r.ok) throw new Error(`${channel} should have failed`);
      return r.error;
    },
  };
}

async function folder(name: string) {
  const made = await tempDir(`copydesk-${name}-`);
  cleanups.push(made.cleanup);
  return made.dir;
}

beforeEach(() => {
  cleanups = [];
  opened = [];
});
afterEach(async () => {
  for (const s of opened) await s.close();
  for (const c of cleanups) await c();
});

/** Takes in what waits in the desk's 收稿箱 now, as its background watch does. */
const scan = async (desk: Desk) => desk.services.workflow.inbox.scan((await desk.call('settings.get')).inboxDir);

const PASSPHRASE = '西流湖晨报夜班';
const step = (desk: Desk, a: Article, to: Article['status'], note = '', passphrase?: string) =>
  desk.call('articles.transition', { id: a.id, baseRevision: a.revision, to, note, passphrase });

describe('status transitions', () => {
  it('follow the desk chain by role: only a 值班主任 signs off, 退回 needs a note', () => {
    expect(checkTransition('pending', 'signed', '值班主任', '').ok).toBe(true);
    expect(checkTransition('pending', 'signed', '编辑', '')).toEqual({
      ok: false,
      message: '“签发”只能由值班主任操作（你的身份是编辑）。',
    });
    expect(checkTransition('draft', 'signed', '值班主任', '')).toEqual({
      ok: false,
      message: '稿件不能从“草稿”改为“已签发”。',
    });
    expect(checkTransition('editing', 'draft', '编辑', ' ')).toEqual({
      ok: false,
      message: '退回稿件须写明退回意见。',
    });
    expect(checkTransition('editing', 'draft', '编辑', '导语太长').ok).toBe(true);
    expect(checkTransition('submitted', 'editing', '通讯员', '').ok).toBe(false);
    expect(checkTransition('signed', 'editing', '编辑', '有误').ok).toBe(false);
    expect(checkTransition('signed', 'editing', '值班主任', '')).toEqual({
      ok: false,
      message: '重新打开须写明原因。',
    });
    // 退回 from exactly 已投稿, 编辑中 and 待签发.
    expect(TRANSITIONS.find((t) => t.action === '退回')!.from).toEqual(['submitted', 'editing', 'pending']);
  });

  it('are enforced by the services, recorded with who, when, from, to and note; signed copy is locked until a 值班主任 reopens it', async () => {
    const desk = await open();
    let a = await desk.call('articles.create', REPORT);
    expect(
      (await desk.fail('articles.transition', { id: a.id, baseRevision: a.revision, to: 'submitted' })).message,
    ).toBe('请先在“设置”中填写姓名和身份。');
    await desk.call('profile.save', { name: '王编辑', role: '编辑' });
    a = (await step(desk, a, 'submitted')).article;
    a = (await step(desk, a, 'editing')).article;
    a = (await step(desk, a, 'pending')).article;
    expect((await desk.fail('articles.transition', { id: a.id, baseRevision: a.revision, to: 'signed' })).code).toBe(
      'FORBIDDEN',
    );
    // A stale revision is refused.
    expect(
      (await desk.fail('articles.transition', { id: a.id, baseRevision: a.revision - 1, to: 'draft', note: 'x' })).code,
    ).toBe('CONFLICT');
    await desk.call('profile.save', { name: '李主任', role: '值班主任', passphrase: PASSPHRASE });
    // 签发 asks for the passphrase again.
    expect((await desk.fail('articles.transition', { id: a.id, baseRevision: a.revision, to: 'signed' })).message).toBe(
      '签发需要输入值班主任口令。',
    );
    expect(
      (await desk.fail('articles.transition', { id: a.id, baseRevision: a.revision, to: 'signed', passphrase: 'x' }))
        .message,
    ).toBe('值班主任口令不对，未能签发。');
    a = (await step(desk, a, 'signed', '', PASSPHRASE)).article;
    expect(a.status).toBe('signed');
    expect(a.history.map((h) => [h.action, h.by, h.from, h.to])).toEqual([
      ['投稿', '王编辑', 'draft', 'submitted'],
      ['开始编辑', '王编辑', 'submitted', 'editing'],
      ['送签', '王编辑', 'editing', 'pending'],
      ['签发', '李主任', 'pending', 'signed'],
    ]);
    expect(a.history.every((h) => !Number.isNaN(Date.parse(h.at)))).toBe(true);
    // Locked: no save, no delete.
    const locked = await desk.fail('articles.save', {
      id: a.id,
      baseRevision: a.revision,
      content: { ...a, title: '改' },
    });
    expect(locked).toEqual({
      code: 'LOCKED',
      message: '这篇稿件已签发，已锁定，不能修改；如需修改，请值班主任重新打开。',
    });
    expect((await desk.fail('articles.delete', { id: a.id })).code).toBe('LOCKED');
    expect((await desk.call('articles.get', { id: a.id })).title).toBe(REPORT.title);
    // Reopen: only a 值班主任, with a reason.
    expect(
      (await desk.fail('articles.transition', { id: a.id, baseRevision: a.revision, to: 'editing' })).message,
    ).toBe('重新打开须写明原因。');
    await desk.call('profile.save', { name: '王编辑', role: '编辑' });
    expect(
      (await desk.fail('articles.transition', { id: a.id, baseRevision: a.revision, to: 'editing', note: '数字有误' }))
        .code,
    ).toBe('FORBIDDEN');
    expect((await desk.fail('profile.save', { name: '李主任', role: '值班主任', passphrase: '猜一个' })).message).toBe(
      '值班主任口令不对，未能担任值班主任。',
    );
    await desk.call('profile.save', { name: '李主任', role: '值班主任', passphrase: PASSPHRASE });
    a = (await step(desk, a, 'editing', '数字有误')).article;
    expect(a.history.at(-1)).toMatchObject({ action: '重新打开', by: '李主任', role: '值班主任', note: '数字有误' });
    const saved = await desk.call('articles.save', {
      id: a.id,
      baseRevision: a.revision,
      content: { ...a, title: '中原区开展春季义务植树活动' },
    });
    expect(saved.updatedBy).toBe('李主任');
  });
});

describe('the 值班主任 passphrase', () => {
  it('is set by the first 值班主任 of the folder, asked to take the role again, and never handed out', async () => {
    const desk = await open();
    expect((await desk.call('profile.get')).chiefPassphraseSet).toBe(false);
    expect((await desk.fail('profile.save', { name: '李主任', role: '值班主任' })).message).toBe(
      '担任值班主任前请设置值班主任口令（至少 6 个字符）；以后担任值班主任和签发都要输入它。',
    );
    expect((await desk.fail('profile.save', { name: '李主任', role: '值班主任', passphrase: '12345' })).code).toBe(
      'INVALID_INPUT',
    );
    expect((await desk.call('profile.get')).profile).toBeNull();
    const view = await desk.call('profile.save', { name: '李主任', role: '值班主任', passphrase: PASSPHRASE });
    expect(view.chiefPassphraseSet).toBe(true);
    expect(JSON.stringify(view)).not.toContain(PASSPHRASE);
    // Keeping the role (a new name) asks for nothing; becoming an editor neither; coming back does.
    await desk.call('profile.save', { name: '李明', role: '值班主任' });
    await desk.call('profile.save', { name: '王编辑', role: '编辑' });
    expect((await desk.fail('profile.save', { name: '王编辑', role: '值班主任' })).message).toBe(
      '担任值班主任需要输入值班主任口令。',
    );
    expect(
      (await desk.fail('profile.save', { name: '王编辑', role: '值班主任', passphrase: '王编辑的猜测' })).code,
    ).toBe('FORBIDDEN');
    expect((await desk.call('profile.get')).profile).toEqual({ name: '王编辑', role: '编辑' });
    // Only a salted hash is on disk.
    const stored = await readFile(join(desk.dir, 'chief-passphrase.json'), 'utf8');
    expect(stored).not.toContain(PASSPHRASE);
    expect(JSON.parse(stored).passphrase).toMatchObject({ salt: expect.any(String), hash: expect.any(String) });
  });
});

describe('revision history', () => {
  it('keeps every save with who saved it, and restores an old one as a new revision', async () => {
    const desk = await open();
    await desk.call('profile.save', { name: '王编辑', role: '编辑' });
    let a = await desk.call('articles.create', REPORT);
    a = await desk.call('articles.save', {
      id: a.id,
      baseRevision: a.revision,
      content: { ...a, body: [para('中原区组织全区干部职工在西流湖公园开展春季义务植树活动。'), a.body[1]!] },
    });
    a = await desk.call('articles.save', {
      id: a.id,
      baseRevision: a.revision,
      content: { ...a, title: '新题' },
    });
    const list = await desk.call('articles.revisions', { id: a.id });
    expect(list.map((r) => r.revision)).toEqual([1, 2, 3]);
    expect(list[1]!.updatedBy).toBe('王编辑');
    expect(list[1]!.wordCount - list[0]!.wordCount).toBe(2);
    const first = await desk.call('articles.revision', { id: a.id, revision: 1 });
    const restored = await desk.call('articles.restoreRevision', { id: a.id, baseRevision: 3, revision: 1 });
    expect(restored.revision).toBe(4);
    expect(restored.title).toBe(REPORT.title);
    expect(restored.body).toEqual(first.body);
    expect((await desk.fail('articles.revision', { id: a.id, revision: 99 })).code).toBe('NOT_FOUND');
  });

  it('lists a run of autosaves as one revision; explicit saves and steps are always listed (issue 17)', async () => {
    const desk = await open();
    await desk.call('profile.save', { name: '王编辑', role: '编辑' });
    let a = await desk.call('articles.create', REPORT);
    const save = async (title: string, autosave: boolean) =>
      (a = await desk.call('articles.save', {
        id: a.id,
        baseRevision: a.revision,
        content: { ...a, title },
        autosave,
      }));
    for (const n of [1, 2, 3, 4, 5, 6]) await save(`题${n}`, true);
    await save('题7', false);
    await save('题8', true);
    await save('题9', true);
    a = (await desk.call('articles.transition', { id: a.id, baseRevision: a.revision, to: 'submitted', note: '' }))
      .article;
    expect(a.autosaved).toBe(false);
    const list = await desk.call('articles.revisions', { id: a.id });
    // 1 created; 2–7 autosaves, listed as 7; 8 explicit; 9–10 autosaves, listed as 10; 11 the step.
    expect(list.map((r) => r.revision)).toEqual([1, 7, 8, 10, 11]);
    expect(list.map((r) => r.autosaved)).toEqual([false, true, false, true, false]);
    // Every revision is still there by number.
    expect((await desk.call('articles.revision', { id: a.id, revision: 3 })).title).toBe('题2');
  });

  it('compares two revisions with a Chinese diff that marks whole words', () => {
    const parts = chineseDiff(
      '中原区委书记乔耸主持召开统筹推进疫情防控工作部署会议。',
      '中原区委书记乔耸主持召开全区统筹推进复工复产工作部署会议。',
    );
    expect(parts).toEqual([
      { op: 'equal', text: '中原区委书记乔耸主持召开' },
      { op: 'insert', text: '全区' },
      { op: 'equal', text: '统筹推进' },
      { op: 'delete', text: '疫情防控' },
      { op: 'insert', text: '复工复产' },
      { op: 'equal', text: '工作部署会议。' },
    ]);
    expect(diffCounts(parts)).toEqual({ inserted: 6, deleted: 4 });
    // A name swapped in a list is one change, not scattered characters.
    expect(chineseDiff('区领导杜建强、薛晓军参加会议。', '区领导杜建强、魏建民参加会议。')).toEqual([
      { op: 'equal', text: '区领导杜建强、' },
      { op: 'delete', text: '薛晓军' },
      { op: 'insert', text: '魏建民' },
      { op: 'equal', text: '参加会议。' },
    ]);
    const same = renderHouseText({
      ...REPORT,
      kicker: null,
      subtitle: null,
      kind: null,
      page: null,
      proofIgnores: [],
      notes: [],
      placeholders: [],
    });
    expect(chineseDiff(same, same)).toEqual([{ op: 'equal', text: same }]);
  });
});

describe('批注', () => {
  it('stay with the article and never appear in any export, print page or submission', async () => {
    const desk = await open();
    await desk.call('profile.save', { name: '王编辑', role: '编辑' });
    const note = {
      id: 'n0000000001',
      author: '王编辑',
      createdAt: '2020-03-18T08:00:00.000Z',
      text: '请核实具体数量内部意见',
      quote: '三百余棵',
      resolved: false,
      resolvedBy: null,
      resolvedAt: null,
    };
    const a = await desk.call('articles.create', {
      ...REPORT,
      body: [
        REPORT.body[0]!,
        {
          type: 'paragraph',
          children: [{ text: '活动共栽种树木' }, { text: '三百余棵', notes: [note.id] }, { text: '。' }],
        },
      ],
      notes: [note],
    });
    const kept = await desk.call('articles.get', { id: a.id });
    expect(kept.notes).toEqual([note]);
    expect(kept.body[1]!.children[1]).toEqual({ text: '三百余棵', notes: [note.id] });
    for (const format of ['txt', 'html', 'docx'] as const) {
      const { data } = await desk.call('articles.export', { id: a.id, format });
      const bytes = Buffer.from(data, 'base64');
      const text = format === 'docx' ? (await mammoth.extractRawText({ buffer: bytes })).value : bytes.toString('utf8');
      expect(text).toContain('活动共栽种树木三百余棵。');
      expect(text).not.toContain('请核实');
      expect(text).not.toContain(note.id);
    }
    const page = renderPages(
      [
        {
          preset: BUILT_IN_PRESETS[3]!,
          folio: { paper: '', date: '', pageNumber: 1, pageName: '', editor: '' },
          modules: [{ content: kept, span: 4, lines: 60, tier: '头条', overLines: 0 }],
        },
      ],
      '',
    );
    expect(page).not.toContain('请核实');
    expect(page).not.toContain(note.id);
    // A submission carries the text, not the desk's notes.
    const identity = await desk.services.workflow.identity();
    const payload = submissionPayload(kept, { name: '王编辑', role: '编辑' }, identity, 't', new Date());
    expect(JSON.stringify(payload)).not.toContain('请核实');
    expect(JSON.stringify(payload)).not.toContain(note.id);
  });
});

describe('signed submissions between two data folders', () => {
  async function setUp() {
    const writer = await open();
    const desk = await open();
    await writer.call('profile.save', { name: '张莉', role: '通讯员' });
    await desk.call('profile.save', { name: '王编辑', role: '编辑' });
    const share = await folder('share');
    await writer.call('settings.save', { inboxDir: '', outboxDir: share, trustMode: 'trusted-only' });
    await desk.call('settings.save', {
      inboxDir: share,
      outboxDir: await folder('returns'),
      trustMode: 'trusted-only',
    });
    return { writer, desk, share };
  }
  /** Files younger than a second are left for the next scan (they may still be arriving): age them. */
  const settle = () => new Promise((r) => setTimeout(r, 1100));

  it('a correspondent submits; the desk takes it in from its 收稿箱 with the sender, once; 退回 goes back signed with the note', async () => {
    const { writer, desk, share } = await setUp();
    const key = await writer.call('profile.exportKey');
    expect(key.fileName).toBe('公钥-张莉.cdkey');
    const trusted = await desk.call('trust.importKey', { text: key.text });
    const me = await writer.call('profile.get');
    expect(trusted).toMatchObject({ name: '张莉', fingerprint: me.fingerprint });

    const draft = await writer.call('articles.create', REPORT);
    const sent = await writer.call('submissions.submit', {
      id: draft.id,
      baseRevision: draft.revision,
    });
    expect(sent.article.status).toBe('submitted');
    expect(sent.file.path).toBe(join(share, sent.file.fileName));
    expect(sent.file.fileName).toMatch(/^投稿-中原区开展春季绿化活动-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.cdsub$/);
    const envelope = JSON.parse(await readFile(sent.file.path!, 'utf8'));
    const payload = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    expect(payload).toMatchObject({
      kind: 'submission',
      appVersion: '9.9.9',
      sender: { name: '张莉', role: '通讯员' },
    });
    expect(payload.houseText).toContain('本报讯 3月18日上午，中原区组织干部职工');

    await settle();
    const receipts = await scan(desk);
    expect(receipts).toEqual([
      expect.objectContaining({ outcome: 'imported', title: REPORT.title, sender: '通讯员 张莉', message: '' }),
    ]);
    const arrived = await desk.call('articles.get', { id: receipts[0]!.articleId! });
    expect(arrived.status).toBe('submitted');
    expect(arrived.origin).toMatchObject({
      sender: { name: '张莉', role: '通讯员' },
      submittedRevision: 1,
      firstSight: false,
    });
    expect(arrived.history).toEqual([
      expect.objectContaining({ action: '投稿', by: '张莉', from: 'draft', to: 'submitted' }),
    ]);
    expect(await readdir(join(share, '已处理'))).toEqual([sent.file.fileName]);
    // The same submission twice is ignored.
    await copyFile(join(share, '已处理', sent.file.fileName), join(share, 'again.cdsub'));
    await settle();
    expect((await scan(desk)).map((r) => r.outcome)).toEqual(['duplicate']);
    expect((await desk.call('articles.list', { month: '2020-03' })).items).toHaveLength(1);

    // The desk sends it back with a note; the correspondent's copy returns to 草稿 with it.
    const back = await step(desk, arrived, 'draft', '请补充植树的具体数量');
    expect(back.returnFile!.path).toMatch(/退回-中原区开展春季绿化活动-.*\.cdsub$/);
    await writer.call('trust.importKey', { text: (await desk.call('profile.exportKey')).text });
    const returned = await writer.services.workflow.inbox.receive(
      back.returnFile!.fileName,
      Buffer.from(back.returnFile!.data, 'base64'),
    );
    expect(returned).toMatchObject({ outcome: 'returned', articleId: draft.id });
    const mine = await writer.call('articles.get', { id: draft.id });
    expect(mine.status).toBe('draft');
    expect(mine.history.at(-1)).toMatchObject({ action: '退回', by: '王编辑', note: '请补充植树的具体数量' });
  });

  it('a tampered file, a truncated file and an unknown sender are refused into 未通过 with a reason, and nothing is imported or lost', async () => {
    const { writer, desk, share } = await setUp();
    const existing = await desk.call('articles.create', { ...REPORT, title: '本地稿件' });
    const draft = await writer.call('articles.create', REPORT);
    const sent = await writer.call('submissions.submit', {
      id: draft.id,
      baseRevision: draft.revision,
    });
    // The sender is not trusted yet.
    await settle();
    const unknown = await scan(desk);
    expect(unknown[0]!.outcome).toBe('refused');
    expect(unknown[0]!.message).toMatch(/^发件人不在信任名单中（通讯员 张莉，密钥指纹 [0-9a-f ]+）/);
    expect(await readdir(join(share, '未通过'))).toEqual([sent.file.fileName, `${sent.file.fileName}.原因.txt`].sort());

    await desk.call('trust.importKey', { text: (await writer.call('profile.exportKey')).text });
    // Tampered: the title changed inside the signed payload.
    const envelope = JSON.parse(Buffer.from(sent.file.data, 'base64').toString('utf8'));
    const payload = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    payload.article.title = '篡改的标题';
    envelope.payload = Buffer.from(JSON.stringify(payload)).toString('base64');
    await writeFile(join(share, 'tampered.cdsub'), JSON.stringify(envelope));
    // Truncated: a copy cut short.
    const bytes = Buffer.from(sent.file.data, 'base64');
    await writeFile(join(share, 'truncated.cdsub'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    await settle();
    const receipts = await scan(desk);
    expect(receipts.map((r) => [r.file, r.outcome, r.message])).toEqual([
      ['tampered.cdsub', 'refused', '签名无效：文件在传送途中被改动，或不是由署名的发件人发出。'],
      ['truncated.cdsub', 'refused', '文件已损坏或不完整（可能传送中断），无法读取。'],
    ]);
    expect(await readFile(join(share, '未通过', 'tampered.cdsub.原因.txt'), 'utf8')).toMatch(/^签名无效/);
    // Nothing imported; what was there is untouched.
    const items = (await desk.call('articles.list', { month: '2020-03' })).items;
    expect(items.map((i) => i.id)).toEqual([existing.id]);
    // A dropped file gets the same checks.
    const dropped = await desk.call('inbox.receive', {
      fileName: 'dropped.cdsub',
      data: Buffer.from('{"format":"copydesk-submission"').toString('base64'),
    });
    expect(dropped).toMatchObject({ outcome: 'refused', message: '文件已损坏或不完整（可能传送中断），无法读取。' });
  });

  it('the background watch takes files in, and the app is shown what it took once', async () => {
    const { writer, desk, share } = await setUp();
    await desk.call('trust.importKey', { text: (await writer.call('profile.exportKey')).text });
    const draft = await writer.call('articles.create', REPORT);
    await writer.call('submissions.submit', { id: draft.id, baseRevision: draft.revision });
    const watch = watchInbox(desk.services.workflow, 100);
    try {
      await expect.poll(() => readdir(join(share, '已处理')).catch(() => []), { timeout: 5000 }).toHaveLength(1);
    } finally {
      watch.stop();
    }
    expect((await desk.call('inbox.receipts')).receipts).toEqual([
      expect.objectContaining({ outcome: 'imported', title: REPORT.title }),
    ]);
    expect((await desk.call('inbox.receipts')).receipts).toEqual([]);
  });

  it('the app reads what the background watch took in, once, and why it could not look', async () => {
    const { writer, desk, share } = await setUp();
    await desk.call('trust.importKey', { text: (await writer.call('profile.exportKey')).text });
    const draft = await writer.call('articles.create', REPORT);
    await writer.call('submissions.submit', { id: draft.id, baseRevision: draft.revision });
    const watch = watchInbox(desk.services.workflow, 100);
    try {
      await expect
        .poll(async () => (await desk.call('inbox.receipts')).receipts, { timeout: 5000 })
        .toEqual([expect.objectContaining({ outcome: 'imported', title: REPORT.title })]);
      expect(await desk.call('inbox.receipts')).toEqual({ receipts: [], problem: null });
      const gone = join(share, 'gone');
      await desk.call('settings.save', { inboxDir: gone, outboxDir: '', trustMode: 'trusted-only' });
      await expect
        .poll(async () => (await desk.call('inbox.receipts')).problem, { timeout: 5000 })
        .toBe(`收稿箱文件夹不存在：${gone}`);
    } finally {
      watch.stop();
    }
  });

  it('accepts an unknown sender on first sight when the desk allows it, with a visible warning', async () => {
    const { writer, desk, share } = await setUp();
    await desk.call('settings.save', { inboxDir: share, outboxDir: '', trustMode: 'first-sight' });
    const draft = await writer.call('articles.create', REPORT);
    await writer.call('submissions.submit', { id: draft.id, baseRevision: draft.revision });
    await settle();
    const [receipt] = await scan(desk);
    expect(receipt).toMatchObject({ outcome: 'imported' });
    expect(receipt!.message).toMatch(
      /^注意：通讯员 张莉 的密钥（指纹 [0-9a-f ]+）是首次见到，已自动加入信任名单，请与本人核对指纹。$/,
    );
    expect((await desk.call('articles.get', { id: receipt!.articleId! })).origin!.firstSight).toBe(true);
    expect(await desk.call('trust.list')).toEqual([expect.objectContaining({ how: 'first-sight' })]);
  });

  it('the command line submits to a folder and takes in a folder, printing a summary', async () => {
    const { writer, desk } = await setUp();
    await desk.call('trust.importKey', { text: (await writer.call('profile.exportKey')).text });
    const draft = await writer.call('articles.create', REPORT);
    for (const s of opened) await s.close();
    opened = [];
    const drop = await folder('drop');
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, [join(ROOT, 'electron/cli/bin.mjs'), ...args], { encoding: 'utf8', cwd: ROOT });
    const submitted = cli('submit', draft.id, '--to', drop, '--data', writer.dir);
    expect(submitted.stderr).toBe('');
    expect(submitted.stdout).toMatch(/^已投稿：中原区开展春季绿化活动\n投稿文件：.*\.cdsub\n$/);
    await mkdir(join(drop, 'sub'), { recursive: true });
    await settle();
    const taken = cli('inbox', drop, '--data', desk.dir);
    expect(taken.status).toBe(0);
    expect(taken.stdout).toMatch(
      /^收入\t投稿-.*\.cdsub\t中原区开展春季绿化活动\t通讯员 张莉\n共 1 个文件：收入 1，退回 0，重复 0，未通过 0\n$/,
    );
  }, 60_000);
});
