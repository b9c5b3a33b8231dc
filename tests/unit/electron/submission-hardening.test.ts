import { afterEach, describe, expect, it } from 'vitest';
import { ageInboxFiles } from '../../helpers/inbox';
import { readdir, readFile, stat, truncate, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { openServices, type Services } from '../../../electron/services/services';
import { dispatch } from '../../../shared/ipc/dispatch';
import type { Article } from '../../../shared/model/article';
import type { Receipt, SubmissionPayload, TrustedSender } from '../../../shared/workflow/submission';
import { returnPayload, sealSubmission, submissionPayload } from '../../../electron/services/submissions';
import { PUBLIC_KEY_FORMAT } from '../../../shared/workflow/submission';
import { tempDir } from '../../helpers/temp-dir';

const REPORT = {
  title: '中原区开展春季绿化活动',
  dateline: { source: '本报讯', date: '2020-03-18', timeOfDay: '上午' as const },
  body: [{ type: 'paragraph' as const, children: [{ text: '中原区组织干部职工开展义务植树活动。' }] }],
};

let cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

async function folder(): Promise<string> {
  const made = await tempDir('copydesk-hard-');
  cleanups.push(made.cleanup);
  return made.dir;
}

async function open(dir: string) {
  const services = await openServices({ version: 't', dataDir: dir, runtime: 'host' });
  cleanups.push(() => services.close());
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const r = await dispatch(services.handlers, channel, input);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  return { services, call, dir };
}

async function signedFile(services: Services, payload: SubmissionPayload): Promise<Buffer> {
  return sealSubmission(payload, await services.workflow.identity());
}

describe('a signed return cannot reach outside the article archive', () => {
  it.each([
    '../../people',
    '../../trusted-senders',
    '../../../outside/settings',
    '..',
    'aaaaaaaaaaaaaaaa/../../people',
  ])('a trusted return naming %j is refused, and every file stays where it was', async (sourceId) => {
    const parent = await folder();
    const correspondent = await open(join(parent, 'data'));
    const desk = await open(await folder());
    await correspondent.call('people.loadSample');
    await mkdir(join(parent, 'outside'));
    await writeFile(join(parent, 'outside', 'settings.json'), '{"mine":true}');
    await desk.call('profile.save', { name: '王编辑', role: '编辑' });
    await correspondent.call('trust.importKey', {
      text: (await desk.call<{ text: string }>('profile.exportKey')).text,
    });
    const article = await desk.call<Article>('articles.create', REPORT);
    const payload = {
      ...returnPayload(
        { ...article, origin: { submissionId: crypto.randomUUID(), sourceId: article.id } as Article['origin'] },
        '请修改',
        { name: '王编辑', role: '编辑' },
        await desk.services.workflow.identity(),
        't',
        new Date(),
      ),
      sourceId,
    };
    const receipt = await correspondent.services.workflow.inbox.receive(
      'x.cdsub',
      await signedFile(desk.services, payload),
    );
    expect(receipt.outcome).toBe('refused');
    expect((await correspondent.call<unknown[]>('people.list')).length).toBe(23);
    expect(await correspondent.call<TrustedSender[]>('trust.list')).toHaveLength(1);
    expect(await readFile(join(parent, 'outside', 'settings.json'), 'utf8')).toBe('{"mine":true}');
    expect(await readdir(join(parent, 'data'))).not.toContain('damaged');
  });

  it('on first sight, a sender whose file was refused is not trusted; one whose file was taken in is', async () => {
    const writer = await open(await folder());
    const desk = await open(await folder());
    await writer.call('profile.save', { name: '张莉', role: '通讯员' });
    await desk.call('settings.save', { inboxDir: '', outboxDir: '', trustMode: 'first-sight' });
    const article = await writer.call<Article>('articles.create', REPORT);
    const identity = await writer.services.workflow.identity();
    // A return for an article the desk does not have: refused, and the sender stays unknown.
    const stray = {
      ...submissionPayload(article, { name: '张莉', role: '通讯员' }, identity, 't', new Date()),
      kind: 'return' as const,
    };
    const refused = await desk.services.workflow.inbox.receive('a.cdsub', sealSubmission(stray, identity));
    expect(refused.outcome).toBe('refused');
    expect(await desk.call<TrustedSender[]>('trust.list')).toEqual([]);
    const good = submissionPayload(article, { name: '张莉', role: '通讯员' }, identity, 't', new Date());
    const taken = await desk.services.workflow.inbox.receive('b.cdsub', sealSubmission(good, identity));
    expect(taken.outcome).toBe('imported');
    expect(await desk.call<TrustedSender[]>('trust.list')).toEqual([expect.objectContaining({ how: 'first-sight' })]);
  });
});

describe('the inbox after a crash', () => {
  it('taking in a submission again (the crash came before it was recorded) finds the article made the first time', async () => {
    const writer = await open(await folder());
    const desk = await open(await folder());
    await writer.call('profile.save', { name: '张莉', role: '通讯员' });
    await desk.call('trust.importKey', { text: (await writer.call<{ text: string }>('profile.exportKey')).text });
    const article = await writer.call<Article>('articles.create', REPORT);
    const identity = await writer.services.workflow.identity();
    const bytes = sealSubmission(
      submissionPayload(article, { name: '张莉', role: '通讯员' }, identity, 't', new Date()),
      identity,
    );
    const first = await desk.services.workflow.inbox.receive('a.cdsub', bytes);
    // As if the process died after making the article and before recording the submission.
    await desk.services.workflow.received.replace([]);
    const second = await desk.services.workflow.inbox.receive('a.cdsub', bytes);
    expect(second).toMatchObject({ outcome: 'imported', articleId: first.articleId });
    expect((await desk.call<{ items: unknown[] }>('articles.list', { month: '2020-03' })).items).toHaveLength(1);
    const third = await desk.services.workflow.inbox.receive('a.cdsub', bytes);
    expect(third.outcome).toBe('duplicate');
  });

  it('a return applied once is recognised when it comes again after a crash, not refused', async () => {
    const writer = await open(await folder());
    const desk = await open(await folder());
    await writer.call('profile.save', { name: '张莉', role: '通讯员' });
    await desk.call('profile.save', { name: '王编辑', role: '编辑' });
    await desk.call('trust.importKey', { text: (await writer.call<{ text: string }>('profile.exportKey')).text });
    await writer.call('trust.importKey', { text: (await desk.call<{ text: string }>('profile.exportKey')).text });
    const draft = await writer.call<Article>('articles.create', REPORT);
    const sent = await writer.call<{ file: { data: string } }>('submissions.submit', { id: draft.id, baseRevision: 1 });
    const taken = await desk.call<Receipt>('inbox.receive', { fileName: 'a.cdsub', data: sent.file.data });
    const arrived = await desk.call<Article>('articles.get', { id: taken.articleId });
    const back = await desk.call<{ returnFile: { data: string } }>('articles.transition', {
      id: arrived.id,
      baseRevision: arrived.revision,
      to: 'draft',
      note: '请补充数字',
    });
    const data = back.returnFile.data;
    expect((await writer.call<Receipt>('inbox.receive', { fileName: 'r.cdsub', data })).outcome).toBe('returned');
    await writer.services.workflow.received.replace([]);
    expect((await writer.call<Receipt>('inbox.receive', { fileName: 'r.cdsub', data })).outcome).toBe('returned');
    const local = await writer.call<Article>('articles.get', { id: draft.id });
    expect(local.history.filter((h) => h.action === '退回')).toHaveLength(1);
  });
});

describe('input acceptance at the desk', () => {
  it('refuses .cdkey files that do not hold an Ed25519 key', async () => {
    const desk = await open(await folder());
    const keyFile = (publicKey: string) =>
      JSON.stringify({ format: PUBLIC_KEY_FORMAT, version: 1, name: '张莉', role: '通讯员', publicKey });
    const x25519 = generateKeyPairSync('x25519').publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    for (const key of [x25519, 'A'.repeat(60), `MCowBQYDK2VwAyEA${'A'.repeat(43)}`]) {
      const r = await dispatch(desk.services.handlers, 'trust.importKey', { text: keyFile(key) });
      expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(await desk.call<TrustedSender[]>('trust.list')).toEqual([]);
    const real = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    expect(await desk.call<TrustedSender>('trust.importKey', { text: keyFile(real) })).toMatchObject({ name: '张莉' });
  });

  it('refuses a signed file whose sender name holds a line break, and profiles with one', async () => {
    const writer = await open(await folder());
    const desk = await open(await folder());
    await desk.call('settings.save', { inboxDir: '', outboxDir: '', trustMode: 'first-sight' });
    const identity = await writer.services.workflow.identity();
    const article = await writer.call<Article>('articles.create', REPORT);
    const payload = submissionPayload(article, { name: '张莉\n收入\t假的', role: '通讯员' }, identity, 't', new Date());
    const receipt = await desk.services.workflow.inbox.receive('n.cdsub', sealSubmission(payload, identity));
    expect(receipt.outcome).toBe('refused');
    const r = await dispatch(writer.services.handlers, 'profile.save', { name: '张\n莉', role: '通讯员' });
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringContaining('不能有换行') } });
  });

  it('refuses a relative or control-character folder in 设置', async () => {
    const desk = await open(await folder());
    const notWholeHere = process.platform === 'win32' ? [] : ['C:\\收稿箱'];
    for (const inboxDir of ['收稿箱', '../x', './in', 'a\u0000b', ...notWholeHere])
      expect(
        await dispatch(desk.services.handlers, 'settings.save', { inboxDir, outboxDir: '', trustMode: 'trusted-only' }),
      ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('a .cdsub over the size limit (here 2 GB, sparse) is refused into 未通过 with its size, never skipped forever', async () => {
    const desk = await open(await folder());
    const share = await folder();
    const big = join(share, '巨大.cdsub');
    await writeFile(big, '');
    await truncate(big, 2 * 1024 * 1024 * 1024 + 10);
    await ageInboxFiles(share);
    const receipts = await desk.services.workflow.inbox.scan(share);
    expect(receipts).toEqual([
      expect.objectContaining({ outcome: 'refused', message: expect.stringMatching(/文件太大/) }),
    ]);
    expect(await readdir(join(share, '未通过'))).toContain('巨大.cdsub');
    expect((await stat(join(share, '未通过', '巨大.cdsub'))).size).toBeGreaterThan(2 * 1024 ** 3);
  });
});
