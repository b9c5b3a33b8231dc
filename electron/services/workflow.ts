import { ChiefPassphrase } from './chief-passphrase';
import { coalescedRevisions } from '../../shared/model/revisions';
import { isAbsolute, join } from 'node:path';
import type { Photos } from './photos';
import type { Handlers } from '../../shared/ipc/contract';
import { CopydeskError } from '../../shared/ipc/result';
import type { Article } from '../../shared/model/article';
import { CHIEF_ROLE, ProfileSchema, type Profile } from '../../shared/workflow/roles';
import {
  PUBLIC_KEY_FORMAT,
  PublicKeyFileSchema,
  TrustedSenderSchema,
  WorkflowSettingsSchema,
  type TrustedSender,
  type WorkflowSettings,
} from '../../shared/workflow/submission';
import { checkTransition } from '../../shared/workflow/transitions';
import { articleContent, revisionLabel } from '../../shared/model/article-content';
import type { ArticleStore } from '../store/article-store';
import { DATA_FILES } from '../store/data-paths';
import { ObjectStore } from '../store/object-store';
import { OwnListStore } from '../store/own-list-store';
import { fingerprintOf, Identity, isEd25519PublicKey } from './identity';
import {
  Inbox,
  returnPayload,
  sealSubmission,
  submittedPhotos,
  submissionFileName,
  submissionPayload,
  writeSubmissionFile,
} from './submissions';
import { z } from 'zod';

type WorkflowChannels =
  | 'profile.get'
  | 'profile.save'
  | 'profile.exportKey'
  | 'trust.list'
  | 'trust.importKey'
  | 'trust.remove'
  | 'settings.get'
  | 'settings.save'
  | 'articles.transition'
  | 'articles.revisions'
  | 'articles.revision'
  | 'articles.restoreRevision'
  | 'submissions.submit'
  | 'inbox.receipts'
  | 'inbox.receive';

const DEFAULT_SETTINGS: WorkflowSettings = { inboxDir: '', outboxDir: '', trustMode: 'trusted-only' };

/**
 * The desk workflow of one data folder: the user's profile, the key pair, the
 * trusted senders, the 收稿箱/投稿箱 settings and the inbox.
 */
export class Workflow {
  readonly profile: ObjectStore<Profile | null>;
  readonly settings: ObjectStore<WorkflowSettings>;
  readonly trusted: OwnListStore<TrustedSender>;
  readonly received: OwnListStore<string>;
  readonly inbox: Inbox;
  readonly chief: ChiefPassphrase;
  private identityOpening: Promise<Identity> | null = null;

  constructor(
    private readonly dataDir: string,
    readonly store: ArticleStore,
    readonly appVersion: string,
    private readonly options: { readOnly?: boolean; now?: () => Date; photos?: Photos } = {},
  ) {
    this.profile = new ObjectStore({
      file: join(dataDir, DATA_FILES.profile),
      key: 'profile',
      schema: ProfileSchema.nullable(),
      defaults: null,
      damagedNotice: '个人资料文件已损坏，请重新填写姓名和身份；原文件保留在数据文件夹中（profile.json）。',
    });
    this.settings = new ObjectStore({
      file: join(dataDir, DATA_FILES.workflowSettings),
      key: 'settings',
      schema: WorkflowSettingsSchema,
      defaults: DEFAULT_SETTINGS,
      damagedNotice: '收稿设置文件已损坏，已改用默认设置；原文件保留在数据文件夹中（workflow-settings.json）。',
    });
    this.trusted = new OwnListStore({
      file: join(dataDir, DATA_FILES.trustedSenders),
      key: 'senders',
      schema: TrustedSenderSchema,
      builtIn: [],
      emptyMeansBuiltIn: false,
      damagedNotice: '信任名单文件已损坏，暂不接受任何来稿；原文件保留在数据文件夹中（trusted-senders.json）。',
    });
    this.received = new OwnListStore({
      file: join(dataDir, DATA_FILES.receivedSubmissions),
      key: 'ids',
      schema: z.string().max(64),
      builtIn: [],
      emptyMeansBuiltIn: false,
      damagedNotice:
        '收稿记录文件已损坏；重复的来稿可能再次收入。原文件保留在数据文件夹中（received-submissions.json）。',
    });
    this.chief = new ChiefPassphrase(dataDir);
    this.inbox = new Inbox({
      store,
      trusted: this.trusted,
      received: this.received,
      settings: () => this.settings.get(),
      now: this.now,
      addPhoto: options.photos ? (bytes) => options.photos!.add(bytes) : null,
    });
  }

  readonly now = (): Date => this.options.now?.() ?? new Date();

  /** Notices from damaged files. */
  get notices(): string[] {
    return [
      ...this.profile.notices,
      ...this.settings.notices,
      ...this.trusted.notices,
      ...this.received.notices,
      ...this.chief.notices,
    ];
  }

  /** The installation's key pair (made on first use). */
  identity(): Promise<Identity> {
    this.identityOpening ??= Identity.open(this.dataDir, { readOnly: this.options.readOnly });
    this.identityOpening.catch(() => {
      this.identityOpening = null;
    });
    return this.identityOpening;
  }

  /** The profile, or a Chinese refusal when it is not set yet. */
  async requireProfile(): Promise<Profile> {
    const profile = await this.profile.get();
    if (!profile) throw new CopydeskError('FORBIDDEN', '请先在“设置”中填写姓名和身份。');
    return profile;
  }

  /** Signs and writes a 投稿 of an article, and marks it 已投稿. */
  async submit(id: string, baseRevision: number, to?: string) {
    const profile = await this.requireProfile();
    const current = await this.store.get(id);
    if (current.revision !== baseRevision)
      throw new CopydeskError('CONFLICT', '稿件已被更新，请先保存或重新打开后再投稿。');
    const check = checkTransition(current.status, 'submitted', profile.role, '');
    if (!check.ok) throw new CopydeskError('FORBIDDEN', check.message);
    const identity = await this.identity();
    const photos = this.options.photos;
    const carried = await submittedPhotos(current, async (hash) => {
      if (!photos) throw new CopydeskError('UNAVAILABLE', '本机无法读取图片，不能投稿带图片的稿件。');
      return (await photos.original(hash)).bytes;
    });
    const payload = submissionPayload(current, profile, identity, this.appVersion, this.now(), carried);
    const bytes = sealSubmission(payload, identity);
    const dir = to ?? (await this.settings.get()).outboxDir;
    const path = dir ? await writeSubmissionFile(dir, payload, bytes) : null;
    const article = await this.store.transition(id, 'submitted', (latest) => {
      if (latest.revision !== baseRevision) throw new CopydeskError('CONFLICT', '稿件已被更新，请重新投稿。');
      return {
        at: this.now().toISOString(),
        by: profile.name,
        role: profile.role,
        action: '投稿',
        from: latest.status,
        to: 'submitted',
        note: path ? `投稿文件：${path}` : '',
      };
    });
    return { article, file: { fileName: submissionFileName(payload), data: bytes.toString('base64'), path } };
  }

  /** One status step, checked against the user's role; a 退回 of a correspondent's copy makes the signed return file. */
  async transition(id: string, baseRevision: number, to: Article['status'], note: string, passphrase?: string) {
    const profile = await this.requireProfile();
    if (to === 'signed' && profile.role === CHIEF_ROLE) await this.chief.require(passphrase, '签发');
    let returnFile: { fileName: string; data: string; path: string | null } | null = null;
    const article = await this.store.transition(id, to, (current) => {
      if (current.revision !== baseRevision)
        throw new CopydeskError('CONFLICT', `稿件已被更新到${revisionLabel(current.revision)}，请刷新后再操作。`);
      const check = checkTransition(current.status, to, profile.role, note);
      if (!check.ok) throw new CopydeskError('FORBIDDEN', check.message);
      return {
        at: this.now().toISOString(),
        by: profile.name,
        role: profile.role,
        action: check.rule.action,
        from: current.status,
        to,
        note: note.trim(),
      };
    });
    if (to === 'draft' && article.origin) {
      const identity = await this.identity();
      const payload = returnPayload(article, note.trim(), profile, identity, this.appVersion, this.now());
      const bytes = sealSubmission(payload, identity);
      const { outboxDir } = await this.settings.get();
      const path = outboxDir ? await writeSubmissionFile(outboxDir, payload, bytes) : null;
      returnFile = { fileName: submissionFileName(payload), data: bytes.toString('base64'), path };
    }
    return { article, returnFile };
  }
}

/** The IPC handlers of the workflow. */
export function workflowHandlers(workflow: Workflow): Pick<Handlers, WorkflowChannels> {
  const { store } = workflow;
  const profileView = async () => {
    const identity = await workflow.identity();
    return {
      profile: await workflow.profile.get(),
      fingerprint: identity.fingerprint,
      publicKey: identity.publicKey,
      chiefPassphraseSet: await workflow.chief.isSet(),
    };
  };
  return {
    'profile.get': profileView,
    'profile.save': async ({ passphrase, ...profile }) => {
      // Taking the 值班主任 role asks for its passphrase (the first one here sets it); keeping it does not.
      const before = await workflow.profile.get();
      if (profile.role === CHIEF_ROLE && before?.role !== CHIEF_ROLE)
        await workflow.chief.require(passphrase, '担任值班主任');
      await workflow.profile.set(profile);
      return profileView();
    },
    'profile.exportKey': async () => {
      const profile = await workflow.requireProfile();
      const identity = await workflow.identity();
      const file = {
        format: PUBLIC_KEY_FORMAT,
        version: 1,
        name: profile.name,
        role: profile.role,
        publicKey: identity.publicKey,
      };
      return { fileName: `公钥-${profile.name}.cdkey`, text: `${JSON.stringify(file, null, 1)}\n` };
    },
    'trust.list': async () => (await workflow.trusted.list()).items,
    'trust.importKey': async ({ text }) => {
      let parsed;
      try {
        parsed = PublicKeyFileSchema.safeParse(JSON.parse(text.replace(/^\uFEFF/, '')));
      } catch {
        throw new CopydeskError('INVALID_INPUT', '这不是采编台公钥文件（.cdkey），或文件已损坏。');
      }
      if (!parsed.success || !isEd25519PublicKey(parsed.data.publicKey))
        throw new CopydeskError('INVALID_INPUT', '这不是采编台公钥文件（.cdkey），或文件已损坏。');
      const fingerprint = fingerprintOf(parsed.data.publicKey);
      const entry: TrustedSender = {
        fingerprint,
        publicKey: parsed.data.publicKey,
        name: parsed.data.name,
        role: parsed.data.role,
        addedAt: workflow.now().toISOString(),
        how: 'imported',
      };
      const list = (await workflow.trusted.list()).items.filter((t) => t.fingerprint !== fingerprint);
      await workflow.trusted.replace([...list, entry]);
      return entry;
    },
    'trust.remove': async ({ fingerprint }) => {
      const list = (await workflow.trusted.list()).items;
      const kept = list.filter((t) => t.fingerprint !== fingerprint);
      await workflow.trusted.replace(kept);
      return { removed: kept.length !== list.length };
    },
    'settings.get': () => workflow.settings.get(),
    'settings.save': async (settings) => {
      // The schema accepts whole paths of any system; one that is not whole on this one would resolve against the working folder.
      for (const dir of [settings.inboxDir, settings.outboxDir])
        if (dir && !isAbsolute(dir))
          throw new CopydeskError('INVALID_INPUT', `请选择完整的文件夹路径（收到“${dir}”）。`);
      await workflow.settings.set(settings);
      return settings;
    },
    'articles.transition': ({ id, baseRevision, to, note, passphrase }) =>
      workflow.transition(id, baseRevision, to, note, passphrase),
    'articles.revisions': async ({ id }) =>
      coalescedRevisions(await store.revisions(id)).map(
        ({ revision, updatedAt, updatedBy, wordCount, status, autosaved }) => ({
          revision,
          updatedAt,
          updatedBy,
          wordCount,
          status,
          autosaved,
        }),
      ),
    'articles.revision': async ({ id, revision }) => {
      const found = (await store.revisions(id)).find((r) => r.revision === revision);
      if (!found) throw new CopydeskError('NOT_FOUND', `找不到这篇稿件的${revisionLabel(revision)}。`);
      return found;
    },
    'articles.restoreRevision': async ({ id, baseRevision, revision }) => {
      const found = (await store.revisions(id)).find((r) => r.revision === revision);
      if (!found) throw new CopydeskError('NOT_FOUND', `找不到这篇稿件的${revisionLabel(revision)}。`);
      const profile = await workflow.profile.get();
      return store.save(id, baseRevision, articleContent(found), profile?.name ?? null);
    },
    'submissions.submit': ({ id, baseRevision }) => workflow.submit(id, baseRevision),
    'inbox.receipts': async () => ({
      receipts: workflow.inbox.takeUndelivered(),
      problem: workflow.inbox.problem,
    }),
    'inbox.receive': async ({ fileName, data }) => workflow.inbox.receive(fileName, Buffer.from(data, 'base64')),
  };
}
