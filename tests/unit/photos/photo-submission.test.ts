import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { openServices, type Services } from '../../../electron/services/services';
import { createClient, localTransport, type Client } from '../../../shared/ipc/client';
import { photoBlock } from '../../../shared/model/photo';
import { openSubmission, sealSubmission, submissionPayload } from '../../../electron/services/submissions';
import { tempDir } from '../../helpers/temp-dir';

const opened: Services[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
});

async function open(): Promise<{ services: Services; call: Client['call'] }> {
  const { dir } = await tempDir('copydesk-photo-sub-');
  const services = await openServices({ version: '9.9.9', dataDir: dir, runtime: 'host' });
  opened.push(services);
  return { services, call: createClient(localTransport(services.handlers)).call };
}

const para = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });

/** A correspondent with a report carrying a photo, and a desk that trusts them. */
async function setUp() {
  const writer = await open();
  const desk = await open();
  await writer.call('profile.save', { name: '张莉', role: '通讯员' });
  await desk.call('profile.save', { name: '王编辑', role: '编辑' });
  await desk.call('trust.importKey', { text: (await writer.call('profile.exportKey')).text });
  const picture = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#5a7a3a' } })
    .jpeg()
    .toBuffer();
  const { info } = await writer.call('photos.add', { data: picture.toString('base64') });
  const draft = await writer.call('articles.create', {
    title: '口袋公园开园',
    dateline: { source: '本报讯', date: '2026-03-18', timeOfDay: null },
    body: [para('3月17日，中原区首个口袋公园开园。'), photoBlock(info, '市民在公园里晨练。', '通讯员 张莉 摄')],
  });
  return { writer, desk, picture, info, draft };
}

describe('photos in signed submissions', () => {
  it('a submission carries its photo inside the signed payload; the desk takes in the picture and the report', async () => {
    const { writer, desk, picture, info, draft } = await setUp();
    const sent = await writer.call('submissions.submit', { id: draft.id, baseRevision: draft.revision });
    const receipt = await desk.call('inbox.receive', { fileName: sent.file.fileName, data: sent.file.data });
    expect(receipt).toMatchObject({ outcome: 'imported', message: '' });
    const arrived = await desk.call('articles.get', { id: receipt.articleId! });
    expect(arrived.body[1]).toMatchObject({ type: 'photo', hash: info.hash, credit: '通讯员 张莉 摄' });
    const { bytes } = await desk.services.photos.original(info.hash);
    expect(Buffer.compare(bytes, picture)).toBe(0);
    expect((await desk.call('photos.rendition', { hash: info.hash, rendition: 'thumb' })).url).toMatch(
      /^data:image\/jpeg/,
    );
  });

  it('a photo whose bytes do not match its hash refuses the whole submission, and nothing is taken in', async () => {
    const { writer, desk, info, draft } = await setUp();
    const article = await writer.call('articles.get', { id: draft.id });
    const other = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#000' } })
      .jpeg()
      .toBuffer();
    const identity = await writer.services.workflow.identity();
    const profile = (await writer.call('profile.get')).profile!;
    // Signed by the sender, but the picture is not the one the report names.
    const payload = submissionPayload(article, profile, identity, '9.9.9', new Date(), [
      { hash: info.hash, data: other.toString('base64') },
    ]);
    const bytes = sealSubmission(payload, identity);
    expect(openSubmission(bytes).ok).toBe(true);
    const receipt = await desk.call('inbox.receive', { fileName: 'x.cdsub', data: bytes.toString('base64') });
    expect(receipt.outcome).toBe('refused');
    expect(receipt.message).toMatch(/校验不符/);
    expect(await desk.services.photos.info(info.hash).catch((e: Error) => e.message)).toMatch(/找不到/);
    expect(createHash('sha256').update(other).digest('hex')).not.toBe(info.hash);
  });

  it('a submission missing a picture its report shows is refused', async () => {
    const { writer, desk, draft } = await setUp();
    const article = await writer.call('articles.get', { id: draft.id });
    const identity = await writer.services.workflow.identity();
    const profile = (await writer.call('profile.get')).profile!;
    const bytes = sealSubmission(submissionPayload(article, profile, identity, '9.9.9', new Date(), []), identity);
    const receipt = await desk.call('inbox.receive', { fileName: 'x.cdsub', data: bytes.toString('base64') });
    expect(receipt).toMatchObject({ outcome: 'refused' });
    expect(receipt.message).toMatch(/缺少一张图片/);
  });
});
