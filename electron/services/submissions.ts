import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { STATUS_LABELS, type Article } from '../../shared/model/article';
import { CopydeskError } from '../../shared/ipc/result';
import { renderHouseText } from '../../shared/format/house-text';
import { MAX_SUBMISSION_BYTES, MAX_SUBMISSION_PHOTO_BYTES } from '../../shared/model/limits';
import { photoHashes } from '../../shared/model/photo';
import { articleContent } from '../../shared/model/article-content';
import type { Profile } from '../../shared/workflow/roles';
import {
  SUBMISSION_FORMAT,
  SubmissionEnvelopeSchema,
  SubmissionPayloadSchema,
  type Receipt,
  type SubmissionPayload,
  type TrustedSender,
  type WorkflowSettings,
} from '../../shared/workflow/submission';
import type { TransitionRecord } from '../../shared/workflow/transitions';
import type { ArticleStore } from '../store/article-store';
import { ensureDir, isMissing, writeFileAtomic } from '../store/durable-file';
import type { OwnListStore } from '../store/own-list-store';
import { fingerprintOf, verifySignature, type Identity } from './identity';

/** Subfolders of a 收稿箱: files taken in, and files refused (each with a note of why). */
export const DONE_DIR = '已处理';
export const REFUSED_DIR = '未通过';

/** A file younger than this may still be arriving (a copy to a network share): it waits for the next scan. */
const SETTLE_MS = 1000;

/** Makes a signed submission file (.cdsub) of a payload: the envelope as UTF-8 JSON. */
export function sealSubmission(payload: SubmissionPayload, identity: Identity): Buffer {
  const bytes = Buffer.from(JSON.stringify(payload), 'utf8');
  return Buffer.from(
    `${JSON.stringify(
      { format: SUBMISSION_FORMAT, version: 1, payload: bytes.toString('base64'), signature: identity.sign(bytes) },
      null,
      1,
    )}\n`,
    'utf8',
  );
}

/**
 * Opens a submission file: its payload when the file is whole and the
 * signature matches the sender's key named inside it, else the Chinese reason
 * (damaged or truncated, not a submission file, signature invalid).
 */
export function openSubmission(
  bytes: Uint8Array,
): { ok: true; payload: SubmissionPayload; fingerprint: string } | { ok: false; reason: string } {
  if (bytes.length > MAX_SUBMISSION_BYTES) return { ok: false, reason: tooLargeReason(bytes.length) };
  let envelope;
  try {
    envelope = SubmissionEnvelopeSchema.safeParse(JSON.parse(Buffer.from(bytes).toString('utf8')));
  } catch {
    return { ok: false, reason: '文件已损坏或不完整（可能传送中断），无法读取。' };
  }
  if (!envelope.success) return { ok: false, reason: '这不是采编台投稿文件，或文件已损坏。' };
  const payloadBytes = Buffer.from(envelope.data.payload, 'base64');
  let payload;
  try {
    payload = SubmissionPayloadSchema.safeParse(JSON.parse(payloadBytes.toString('utf8')));
  } catch {
    return { ok: false, reason: '文件已损坏或不完整（可能传送中断），无法读取。' };
  }
  if (!payload.success) return { ok: false, reason: '投稿文件的内容不完整或已损坏。' };
  if (!verifySignature(payload.data.sender.publicKey, payloadBytes, envelope.data.signature))
    return { ok: false, reason: '签名无效：文件在传送途中被改动，或不是由署名的发件人发出。' };
  return { ok: true, payload: payload.data, fingerprint: fingerprintOf(payload.data.sender.publicKey) };
}

/** Why a file over the size limit is refused (it is never read whole). */
function tooLargeReason(size: number): string {
  return `文件太大（${(size / 1024 / 1024).toFixed(1)} MB，投稿文件最多 ${MAX_SUBMISSION_BYTES / 1024 / 1024} MB），不是采编台投稿文件。`;
}

/** The receipt of a file refused for its size alone. */
function tooLarge(name: string, size: number): Receipt {
  return { file: name, outcome: 'refused', articleId: null, title: '', sender: '', message: tooLargeReason(size) };
}

/** A file name for a submission or return: kind, title, date and a short id, safe on every file system. */
export function submissionFileName(payload: SubmissionPayload): string {
  const title = (payload.article.title || '无标题').replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 30);
  return `${payload.kind === 'return' ? '退回' : '投稿'}-${title}-${payload.sentAt.slice(0, 10)}-${payload.id.slice(0, 8)}.cdsub`;
}

/** What the inbox works with. */
export interface InboxDeps {
  store: ArticleStore;
  trusted: OwnListStore<TrustedSender>;
  /** Ids of submissions already taken in (the same file twice is ignored). */
  received: OwnListStore<string>;
  settings(): Promise<WorkflowSettings>;
  now(): Date;
  /** Adds a picture to the archive (checked as any picture is); null where photos cannot be kept. */
  addPhoto: ((bytes: Uint8Array) => Promise<{ info: { hash: string } }>) | null;
}

/**
 * The desk's 收稿箱 (and the correspondent's, for returns): each file is
 * opened and checked (whole, signed, from a trusted sender, or on first sight
 * when the desk allows it, with a warning). A valid submission becomes an
 * 已投稿 article with its sender; a return puts the correspondent's article
 * back to 草稿 with the desk's note; the same submission twice is ignored. A
 * refused file imports nothing. In a folder, files taken in move to 已处理 and
 * refused ones to 未通过 with a note of why; nothing is deleted.
 */
export class Inbox {
  private running: Promise<unknown> = Promise.resolve();
  /** What background scans took in, until the app asks (it shows each receipt once). */
  private undelivered: Receipt[] = [];
  /** Why the last background scan failed (a share gone away), or null. */
  problem: string | null = null;

  /** Keeps receipts of a background scan for the app to show. */
  remember(receipts: readonly Receipt[]): void {
    this.undelivered = [...this.undelivered, ...receipts].slice(-100);
    this.problem = null;
  }

  /** The receipts of background scans not yet shown, once. */
  takeUndelivered(): Receipt[] {
    const list = this.undelivered;
    this.undelivered = [];
    return list;
  }

  constructor(private readonly deps: InboxDeps) {}

  /** Takes in one file's bytes (a dropped file, or one from a folder). */
  receive(file: string, bytes: Uint8Array): Promise<Receipt> {
    return this.serial(() => this.take(file, bytes));
  }

  /** Takes in every settled .cdsub file waiting in `dir`, moving each to 已处理 or 未通过. */
  scan(dir: string): Promise<Receipt[]> {
    return this.serial(async () => {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch (error) {
        if (isMissing(error)) throw new CopydeskError('NOT_FOUND', `收稿箱文件夹不存在：${dir}`);
        throw new CopydeskError('UNAVAILABLE', `无法读取收稿箱文件夹 ${dir}：${(error as Error).message}`);
      }
      const receipts: Receipt[] = [];
      for (const name of names.filter((n) => n.toLowerCase().endsWith('.cdsub')).sort()) {
        const path = join(dir, name);
        const info = await stat(path).catch(() => null);
        if (!info?.isFile() || this.deps.now().getTime() - info.mtimeMs < SETTLE_MS) continue;
        let receipt: Receipt;
        try {
          receipt =
            info.size > MAX_SUBMISSION_BYTES ? tooLarge(name, info.size) : await this.take(name, await readFile(path));
        } catch {
          // Unreadable for now (locked by the copy, a full disk): it stays where it is for the next scan.
          continue;
        }
        const target = receipt.outcome === 'refused' ? REFUSED_DIR : DONE_DIR;
        await ensureDir(join(dir, target));
        const moved = await freeName(join(dir, target), name);
        await rename(path, moved);
        if (receipt.outcome === 'refused')
          await writeFile(`${moved}.原因.txt`, `${receipt.message}\n（${this.deps.now().toISOString()}）\n`, 'utf8');
        receipts.push(receipt);
      }
      return receipts;
    });
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.running.then(task, task);
    this.running = run.catch(() => undefined);
    return run;
  }

  /**
   * Takes in one file. Each step can be repeated after a crash without doing
   * anything twice: the article made from a submission has an id derived from
   * the submission's (so a second try finds it instead of making another), a
   * return already applied is recognised by its step in the history, and the
   * submission id is recorded as received only after the article exists. A
   * sender first seen is trusted only once their file has been taken in.
   */
  private async take(file: string, bytes: Uint8Array): Promise<Receipt> {
    const refused = (message: string, title = '', sender = ''): Receipt => ({
      file: basename(file),
      outcome: 'refused',
      articleId: null,
      title,
      sender,
      message,
    });
    const opened = openSubmission(bytes);
    if (!opened.ok) return refused(opened.reason);
    const { payload, fingerprint } = opened;
    const title = payload.article.title;
    const who = `${payload.sender.role} ${payload.sender.name}`;
    // Trust: a key the desk imported or accepted before; else, per setting, accept on first sight with a warning.
    const trusted = (await this.deps.trusted.list()).items;
    const known = trusted.find((t) => t.fingerprint === fingerprint);
    if (!known && (await this.deps.settings()).trustMode !== 'first-sight')
      return refused(
        `发件人不在信任名单中（${who}，密钥指纹 ${fingerprint}）。请先导入对方的公钥文件（.cdkey），或在设置中允许“首次见到即接受”。`,
        title,
        who,
      );
    const received = (await this.deps.received.list()).items;
    if (received.includes(payload.id))
      return {
        file: basename(file),
        outcome: 'duplicate',
        articleId: null,
        title,
        sender: who,
        message: '这份稿件已经收过，已忽略。',
      };
    const step: TransitionRecord = {
      at: this.deps.now().toISOString(),
      by: payload.sender.name,
      role: payload.sender.role,
      action: payload.kind === 'return' ? '退回' : '投稿',
      from: payload.kind === 'return' ? 'submitted' : 'draft',
      to: payload.kind === 'return' ? 'draft' : 'submitted',
      note: payload.note,
    };
    let article: Article;
    if (payload.kind === 'return') {
      const local = await this.deps.store.get(payload.sourceId).catch(() => null);
      if (!local) return refused(`退回的稿件在本机找不到（${title}），可能已被删除。`, title, who);
      if (isReturnApplied(local, payload)) article = local;
      else if (local.status !== 'submitted')
        return refused(
          `退回的稿件《${title}》在本机的状态是“${STATUS_LABELS[local.status]}”，不是已投稿，未作改动。`,
          title,
          who,
        );
      else article = await this.deps.store.transition(local.id, 'draft', () => ({ ...step, from: local.status }));
    } else {
      // The pictures first: an article is never made that shows a picture the desk lacks.
      const photoProblem = await receivePhotos(payload, this.deps.addPhoto);
      if (photoProblem) return refused(photoProblem, title, who);
      article = await this.deps.store.createSubmitted(
        submittedArticleId(payload),
        payload.article,
        {
          submissionId: payload.id,
          sender: { name: payload.sender.name, role: payload.sender.role, fingerprint },
          sentAt: payload.sentAt,
          receivedAt: this.deps.now().toISOString(),
          firstSight: !known,
          sourceId: payload.sourceId,
        },
        step,
      );
    }
    let warning = '';
    if (!known) {
      await this.deps.trusted.replace([
        ...trusted,
        {
          fingerprint,
          publicKey: payload.sender.publicKey,
          name: payload.sender.name,
          role: payload.sender.role,
          addedAt: this.deps.now().toISOString(),
          how: 'first-sight',
        },
      ]);
      warning = `注意：${who} 的密钥（指纹 ${fingerprint}）是首次见到，已自动加入信任名单，请与本人核对指纹。`;
    }
    await this.deps.received.replace([...received, payload.id].slice(-10_000));
    return {
      file: basename(file),
      outcome: payload.kind === 'return' ? 'returned' : 'imported',
      articleId: article.id,
      title,
      sender: who,
      message: warning,
    };
  }
}

/**
 * The id of the article a submission becomes: the time it was sent, then
 * characters of a hash of the submission's id. The same submission always
 * gives the same id, so taking it in again after a crash finds the article
 * made the first time.
 */
export function submittedArticleId(payload: Pick<SubmissionPayload, 'id' | 'sentAt'>): string {
  const time = Math.max(0, Date.parse(payload.sentAt) || 0)
    .toString(36)
    .padStart(9, '0');
  const digest = createHash('sha256').update(payload.id).digest();
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  let tail = '';
  for (let i = 0; i < 10; i++) tail += alphabet[digest[i]! % 36];
  return `${time}${tail}`;
}

/** True when a return has already been applied to the local article (a second try after a crash). */
function isReturnApplied(local: Article, payload: SubmissionPayload): boolean {
  const last = local.history.at(-1);
  return (
    local.status === 'draft' && last?.action === '退回' && last.by === payload.sender.name && last.note === payload.note
  );
}

/** `dir/name`, or `dir/name (2)` … when that is taken (a refused file is never overwritten). */
async function freeName(dir: string, name: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = join(dir, n === 1 ? name : name.replace(/(\.cdsub)$/i, ` (${n})$1`));
    const exists = await stat(candidate).then(
      () => true,
      () => false,
    );
    if (!exists) return candidate;
  }
}

/** A signed file's payload of an article, from this installation's user. */
function payloadOf(
  kind: SubmissionPayload['kind'],
  article: Article,
  from: { profile: Profile; identity: Identity; appVersion: string; now: Date },
  about: Pick<SubmissionPayload, 'sourceId' | 'note' | 'returnFor'> & { photos?: SubmissionPayload['photos'] },
): SubmissionPayload {
  return {
    photos: [],
    kind,
    id: randomUUID(),
    sentAt: from.now.toISOString(),
    appVersion: from.appVersion,
    sender: { name: from.profile.name, role: from.profile.role, publicKey: from.identity.publicKey },
    article: contentOf(article),
    houseText: renderHouseText(article),
    ...about,
  };
}

/** The payload of a submission (投稿) of an article by this installation's user. */
export function submissionPayload(
  article: Article,
  profile: Profile,
  identity: Identity,
  appVersion: string,
  now: Date,
  photos: SubmissionPayload['photos'] = [],
): SubmissionPayload {
  return payloadOf(
    'submission',
    article,
    { profile, identity, appVersion, now },
    {
      sourceId: article.id,
      note: '',
      returnFor: null,
      photos,
    },
  );
}

/**
 * The originals of an article's photos for its submission, each once, by
 * hash; refused in Chinese when together they pass what one submission
 * carries.
 */
export async function submittedPhotos(
  article: Pick<Article, 'body'>,
  original: (hash: string) => Promise<Uint8Array>,
): Promise<SubmissionPayload['photos']> {
  const hashes = photoHashes(article.body);
  const out: SubmissionPayload['photos'] = [];
  let total = 0;
  for (const hash of hashes) {
    const bytes = await original(hash);
    total += bytes.length;
    if (total > MAX_SUBMISSION_PHOTO_BYTES)
      throw new CopydeskError(
        'TOO_LARGE',
        `稿件中的图片共超过 ${MAX_SUBMISSION_PHOTO_BYTES / 1024 / 1024} MB，一份投稿带不下。请删去几张图片或压缩后再投稿。`,
      );
    out.push({ hash, data: Buffer.from(bytes).toString('base64') });
  }
  return out;
}

/**
 * Takes in the photos a submission carries before its article: every photo
 * the article shows must be there, each original's SHA-256 must equal its
 * hash (nothing changed on the way), and each must pass the desk's own
 * checks of a picture. Returns why not, in Chinese, or null when all are in.
 */
export async function receivePhotos(
  payload: Pick<SubmissionPayload, 'article' | 'photos'>,
  add: ((bytes: Uint8Array) => Promise<{ info: { hash: string } }>) | null,
): Promise<string | null> {
  const carried = new Map(payload.photos.map((p) => [p.hash, p.data]));
  const needed = photoHashes(payload.article.body);
  if (needed.length === 0) return null;
  if (!add) return '本机无法保存图片，未收入这份带图片的稿件。';
  for (const hash of needed) {
    const data = carried.get(hash);
    if (data === undefined) return `投稿中缺少一张图片（${hash.slice(0, 12)}），稿件不完整，未收入。`;
    const bytes = Buffer.from(data, 'base64');
    if (createHash('sha256').update(bytes).digest('hex') !== hash)
      return `投稿中的一张图片（${hash.slice(0, 12)}）校验不符，可能在传送中损坏，未收入。`;
    try {
      await add(bytes);
    } catch (error) {
      return `投稿中的一张图片无法收入：${(error as Error).message}`;
    }
  }
  return null;
}

/** The payload of a return (退回) of a submitted article to its correspondent, with the desk's note. */
export function returnPayload(
  article: Article,
  note: string,
  profile: Profile,
  identity: Identity,
  appVersion: string,
  now: Date,
): SubmissionPayload {
  if (!article.origin) throw new CopydeskError('INVALID_INPUT', '这篇稿件不是通讯员投来的，无需生成退回文件。');
  return payloadOf(
    'return',
    article,
    { profile, identity, appVersion, now },
    {
      sourceId: article.origin.sourceId,
      note,
      returnFor: article.origin.submissionId,
    },
  );
}

/** The editable content of an article, without notes (批注 stay at the desk). */
function contentOf(article: Article) {
  const content = articleContent(article);
  return { ...content, body: stripNoteMarks(content.body), notes: [] };
}

/** The body without note marks on its text. */
export function stripNoteMarks(body: Article['body']): Article['body'] {
  return body.map((block) => ({
    ...block,
    children: block.children.map((c) => {
      if ('type' in c || !c.notes) return c;
      const { notes: _notes, ...rest } = c;
      return rest;
    }),
  })) as Article['body'];
}

/** Writes a submission or return file into a folder atomically; returns its path. */
export async function writeSubmissionFile(dir: string, payload: SubmissionPayload, bytes: Uint8Array): Promise<string> {
  await ensureDir(dir).catch((error: Error) => {
    throw new CopydeskError('UNAVAILABLE', `无法写入文件夹 ${dir}：${error.message}`);
  });
  const path = join(dir, submissionFileName(payload));
  await writeFileAtomic(path, bytes);
  return path;
}
