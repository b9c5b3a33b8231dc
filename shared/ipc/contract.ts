import { z } from 'zod';
import './zod-messages';
import { ID_FORMATS } from '../model/ids';
import {
  base64Length,
  MAX_DIRECTORY_CSV_CHARS,
  MAX_GLOSSARY_CSV_CHARS,
  MAX_GLOSSARY_ENTRIES,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_REPORTS,
  MAX_SUBMISSION_BYTES,
} from '../model/limits';
import {
  ArticleContentSchema,
  ArticleIdSchema,
  ArticleSchema,
  ArticleStatusSchema,
  CatalogEntrySchema,
} from '../model/article';
import { PassphraseSchema, ProfileSchema } from '../workflow/roles';
import { ReceiptSchema, TrustedSenderSchema, WorkflowSettingsSchema } from '../workflow/submission';
import type { Channel } from './channels';
import { PersonIdSchema, PersonInputSchema, PersonSchema } from '../people/model';
import { GlossaryEntrySchema } from '../proof/glossary';
import { IssueIdSchema, IssueInputSchema, IssueSchema } from '../layout/issue';
import { PagePresetSchema, presetProblem, TypeSizeSchema } from '../layout/presets';
import { searchContract } from './search-contract';
import { printContract } from './print-contract';
import { photoContract } from './photo-contract';

export { PrintJobIdSchema, PrintJobStatusSchema, type PrintJobStatus } from './print-contract';

/** A signed submission or return file: its name, base64 bytes, and where it was written (null: not written to a folder). */
export const SignedFileSchema = z.object({ fileName: z.string(), data: z.string(), path: z.string().nullable() });

/** What an import into the 人员库 changed. */
export const ImportSummarySchema = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  removed: z.number().int(),
  total: z.number().int(),
});

/** Declares one channel: the schema of what goes in and of what comes back. */
function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

/** A month key, YYYY-MM, or `undated` for articles without a dateline. */
export const MonthKeySchema = z.string().regex(/^(\d{4}-(0[1-9]|1[0-2])|undated)$/, '月份格式应为 YYYY-MM');

const IdInput = z.object({ id: ArticleIdSchema });

/** The user as the app shows them: profile, key fingerprint and whether a 值班主任 passphrase is set here. */
const ProfileViewSchema = z.object({
  profile: ProfileSchema.nullable(),
  fingerprint: z.string(),
  publicKey: z.string(),
  chiefPassphraseSet: z.boolean(),
});

/**
 * The IPC contract: every channel once, with zod schemas for input and output.
 * Bound by the Electron shell (ipcMain.handle) and by the test host (WebSocket);
 * the preload and the renderer client are typed from it.
 */
export const contract = {
  /** About this installation: version, data folder, how it runs, notices from start-up (e.g. repaired files). */
  'app.info': channel(
    z.void(),
    z.object({
      version: z.string(),
      dataDir: z.string(),
      runtime: z.enum(['electron', 'host']),
      notices: z.array(z.string()),
    }),
  ),
  /** Catalog entries of one month (by dateline date, newest first), or of the 回收站. */
  'articles.list': channel(
    z.object({ month: MonthKeySchema.optional(), trash: z.boolean().optional() }),
    z.object({ month: MonthKeySchema.nullable(), items: z.array(CatalogEntrySchema) }),
  ),
  /** Months that hold articles, newest first, with counts. */
  'articles.months': channel(z.void(), z.array(z.object({ month: MonthKeySchema, count: z.number().int() }))),
  /** One whole article. */
  'articles.get': channel(IdInput, ArticleSchema),
  /** Creates a new 草稿 with the given content (all optional). */
  'articles.create': channel(ArticleContentSchema.partial(), ArticleSchema),
  /**
   * Saves content over the revision the editor started from; a stale revision
   * is refused as CONFLICT. `autosave` marks a save made after a pause in
   * typing (runs of them are one revision in the list); Ctrl+S, leaving the
   * article and steps save explicitly.
   */
  'articles.save': channel(
    z.object({
      id: ArticleIdSchema,
      baseRevision: z.number().int().positive(),
      content: ArticleContentSchema,
      autosave: z.boolean().default(false),
    }),
    ArticleSchema,
  ),
  /** 删除: moves an article to the 回收站. */
  'articles.delete': channel(IdInput, ArticleSchema),
  /** Restores an article from the 回收站. */
  'articles.restore': channel(IdInput, ArticleSchema),
  /** 清空回收站: removes every article in the 回收站 for good. */
  'articles.emptyTrash': channel(z.void(), z.object({ removed: z.number().int() })),
  /** The article as house-format plain text. */
  'articles.exportText': channel(IdInput, z.object({ text: z.string(), fileName: z.string() })),
  /**
   * Exports one report as a file: house-format text (UTF-8, GB18030 or GBK;
   * LF or CRLF, for 方正 layout software), Word (.docx, house styles) or clean
   * HTML for the web. The bytes come back as base64 with a file name.
   */
  'articles.export': channel(
    z.object({
      id: ArticleIdSchema,
      format: z.enum(['txt', 'docx', 'html']),
      encoding: z.enum(['utf-8', 'gb18030', 'gbk']).default('utf-8'),
      lineEnding: z.enum(['lf', 'crlf']).default('lf'),
    }),
    z.object({ fileName: z.string(), mimeType: z.string(), data: z.string() }),
  ),
  /** Creates several 草稿 at once (an import): all of them, or none when one cannot be saved. */
  'articles.createMany': channel(
    z.object({
      contents: z
        .array(ArticleContentSchema)
        .min(1, '没有要导入的稿件')
        .max(MAX_IMPORT_REPORTS, `一次最多导入 ${MAX_IMPORT_REPORTS} 篇稿件`),
    }),
    z.object({ ids: z.array(ArticleIdSchema) }),
  ),
  /**
   * Reads a Word (.docx) file sent as base64: simple HTML of its paragraphs,
   * headings and bold, its pictures added to the archive and standing as
   * `<img src="photo:…">`, the number of images left out, and the errors.
   */
  'import.readDocx': channel(
    z.object({
      data: z.string().max(base64Length(MAX_IMPORT_BYTES), `文件太大，导入最多 ${MAX_IMPORT_BYTES / 1024 / 1024} MB`),
    }),
    z.object({ html: z.string(), images: z.number().int(), warnings: z.array(z.string()) }),
  ),
  /** Keeps the editor's unsaved content for crash recovery (called every few hundred ms while typing). */
  'drafts.put': channel(
    z.object({ id: ArticleIdSchema, baseRevision: z.number().int().positive(), content: ArticleContentSchema }),
    z.object({ savedAt: z.string() }),
  ),
  /** The unsaved content kept for an article, if any (offered back after a crash). */
  'drafts.get': channel(
    IdInput,
    z
      .object({ baseRevision: z.number().int().positive(), content: ArticleContentSchema, savedAt: z.string() })
      .nullable(),
  ),
  /** Drops an article's kept unsaved content (the editor chose not to recover it). */
  'drafts.discard': channel(IdInput, z.object({ discarded: z.boolean() })),
  /** Templates for 新建稿件: the built-in ones (会议报道, 调研报道, …) first, then the newsroom's own. */
  'templates.list': channel(
    z.void(),
    z.array(z.object({ id: z.string(), name: z.string(), builtIn: z.boolean(), content: ArticleContentSchema })),
  ),
  /** 存为模板: keeps an article's content as a named template (a template of the same name is replaced). */
  'templates.save': channel(
    z.object({
      name: z.string().trim().min(1, '模板名称不能为空').max(30, '模板名称最多 30 个字'),
      content: ArticleContentSchema,
    }),
    z.object({ id: z.string() }),
  ),
  /** Removes one of the newsroom's own templates (built-in ones cannot be removed). */
  'templates.delete': channel(
    z.object({ id: z.string().regex(ID_FORMATS.template, '模板编号无效') }),
    z.object({ removed: z.boolean() }),
  ),
  /** Everyone in the 人员库 (people directory), with their dated titles and ranks. */
  'people.list': channel(z.void(), z.array(PersonSchema)),
  /** Adds a person (no id) or replaces one, e.g. with a new period after a promotion. */
  'people.save': channel(PersonInputSchema, PersonSchema),
  /** Removes a person from the directory (mentions in articles keep printing the name they had). */
  'people.delete': channel(z.object({ id: PersonIdSchema }), z.object({ removed: z.boolean() })),
  /**
   * Imports a directory CSV (姓名,类别,职务,单位,排序,起始日期,截止日期), already
   * decoded to text: `merge` updates and adds, `replace` also removes people not
   * in the file. Bad rows are reported by line number and nothing is imported.
   */
  'people.importCsv': channel(
    z.object({
      text: z.string().max(MAX_DIRECTORY_CSV_CHARS, '人员表太大（超过 500 万字），请拆分后导入'),
      mode: z.enum(['merge', 'replace']),
    }),
    ImportSummarySchema,
  ),
  /** The directory as CSV for Excel or WPS (UTF-8 with BOM), with a file name. */
  'people.exportCsv': channel(z.void(), z.object({ text: z.string(), fileName: z.string() })),
  /** The paper's page presets (版式): the built-in ones until the paper saves its own. */
  'presets.list': channel(z.void(), z.object({ presets: z.array(PagePresetSchema), builtIn: z.boolean() })),
  /** Saves the paper's page presets; a grid wider than its page, or the same id twice, is refused. */
  'presets.save': channel(
    z.object({
      presets: z
        .array(PagePresetSchema)
        .min(1, '至少要有一种版式')
        .max(20)
        .refine((list) => new Set(list.map((p) => p.id)).size === list.length, '版式编号重复')
        .superRefine((list, ctx) => {
          for (const preset of list) {
            const problem = presetProblem(preset);
            if (problem) ctx.addIssue({ code: 'custom', message: problem });
          }
        }),
    }),
    z.object({ count: z.number().int() }),
  ),
  /** The paper's 号-to-pt table (headline sizes, folio and body sizes are looked up in it); the standard one until saved. */
  'sizes.list': channel(z.void(), z.object({ sizes: z.array(TypeSizeSchema), builtIn: z.boolean() })),
  /** Saves the paper's 号-to-pt table; the same 号 twice is refused. */
  'sizes.save': channel(
    z.object({
      sizes: z
        .array(TypeSizeSchema)
        .min(1, '字号表不能为空')
        .max(40)
        .refine((list) => new Set(list.map((s) => s.name)).size === list.length, '字号名称重复'),
    }),
    z.object({ count: z.number().int() }),
  ),
  /** This installation's user (null until set on first run) and its key's fingerprint and public key. */
  'profile.get': channel(z.void(), ProfileViewSchema),
  /**
   * Sets the user's name and role (shown in the title bar; names every save
   * and step they take). Taking the 值班主任 role asks for its passphrase,
   * which the first 值班主任 of the data folder sets here.
   */
  'profile.save': channel(ProfileSchema.extend({ passphrase: PassphraseSchema.optional() }), ProfileViewSchema),
  /** This installation's public key as a .cdkey file, for the desk to import once. */
  'profile.exportKey': channel(z.void(), z.object({ fileName: z.string(), text: z.string() })),
  /** The senders whose submissions this installation accepts. */
  'trust.list': channel(z.void(), z.array(TrustedSenderSchema)),
  /** Adds a sender from their .cdkey file (the text, already read); a malformed file is refused. */
  'trust.importKey': channel(z.object({ text: z.string().max(10_000) }), TrustedSenderSchema),
  /** Removes a sender from the trusted list. */
  'trust.remove': channel(z.object({ fingerprint: z.string().max(100) }), z.object({ removed: z.boolean() })),
  /** The 收稿箱 and 投稿箱 folders and the trust mode. */
  'settings.get': channel(z.void(), WorkflowSettingsSchema),
  /** Saves the 收稿箱 and 投稿箱 folders and the trust mode. */
  'settings.save': channel(WorkflowSettingsSchema, WorkflowSettingsSchema),
  /**
   * Takes one status step (投稿, 开始编辑, 送签, 签发, 排版, 见报, 退回 with a
   * note, 重新打开 with a reason), as the user's role allows; recorded on the
   * article. A 退回 of a correspondent's copy also makes the signed return
   * file (written to the 投稿箱 when one is set).
   */
  'articles.transition': channel(
    z.object({
      id: ArticleIdSchema,
      baseRevision: z.number().int().positive(),
      to: ArticleStatusSchema,
      note: z.string().max(2000).default(''),
      /** The 值班主任 passphrase, which 签发 asks for. */
      passphrase: PassphraseSchema.optional(),
    }),
    z.object({ article: ArticleSchema, returnFile: SignedFileSchema.nullable() }),
  ),
  /**
   * The revisions of an article the list shows, oldest first: number, time,
   * who saved it, 字数, status and whether it was an autosave. A run of
   * autosaves is listed as its last (coalescedRevisions); every revision
   * stays readable by number.
   */
  'articles.revisions': channel(
    IdInput,
    z.array(
      z.object({
        revision: z.number().int(),
        updatedAt: z.string(),
        updatedBy: z.string().nullable(),
        wordCount: z.number().int(),
        status: ArticleStatusSchema,
        autosaved: z.boolean(),
      }),
    ),
  ),
  /** One past revision of an article, whole. */
  'articles.revision': channel(z.object({ id: ArticleIdSchema, revision: z.number().int().positive() }), ArticleSchema),
  /** Restores a past revision's content as a new revision (over `baseRevision`). */
  'articles.restoreRevision': channel(
    z.object({ id: ArticleIdSchema, baseRevision: z.number().int().positive(), revision: z.number().int().positive() }),
    ArticleSchema,
  ),
  /**
   * 投稿: signs the article into a submission file (written to the 投稿箱 when
   * one is set) and marks it 已投稿; the file's bytes come back too.
   */
  'submissions.submit': channel(
    z.object({ id: ArticleIdSchema, baseRevision: z.number().int().positive() }),
    z.object({ article: ArticleSchema, file: SignedFileSchema }),
  ),
  /**
   * What the background watch of the 收稿箱 took in since the app last asked
   * (each receipt once), and why its last look failed, if it did.
   */
  'inbox.receipts': channel(z.void(), z.object({ receipts: z.array(ReceiptSchema), problem: z.string().nullable() })),
  /** Takes in one dropped or chosen .cdsub file (base64). */
  'inbox.receive': channel(
    z.object({ fileName: z.string().max(255), data: z.string().max(base64Length(MAX_SUBMISSION_BYTES)) }),
    ReceiptSchema,
  ),
  /** Issue plans (版面), newest date first. */
  'issues.list': channel(z.void(), z.array(IssueSchema)),
  /** One issue plan. */
  'issues.get': channel(z.object({ id: IssueIdSchema }), IssueSchema),
  /** Saves an issue plan: its date, 期号, 总期号 and pages with the reports placed on them. */
  'issues.save': channel(IssueInputSchema, IssueSchema),
  /** Removes an issue plan (the articles on it stay in the archive). */
  'issues.delete': channel(z.object({ id: IssueIdSchema }), z.object({ removed: z.boolean() })),
  /** The word list (词表) the proofreader uses: the newsroom's own, or the built-in one until it saves its own. */
  'glossary.list': channel(z.void(), z.object({ entries: z.array(GlossaryEntrySchema), builtIn: z.boolean() })),
  /** Saves the whole word list; the same wording twice is refused. */
  'glossary.save': channel(
    z.object({
      entries: z
        .array(GlossaryEntrySchema)
        .max(MAX_GLOSSARY_ENTRIES, `词表最多 ${MAX_GLOSSARY_ENTRIES} 条`)
        .refine((list) => new Set(list.map((e) => e.term)).size === list.length, '词表中有重复的词语'),
    }),
    z.object({ count: z.number().int() }),
  ),
  /** Replaces the word list from a CSV (词语,建议,说明,级别), already decoded; bad lines refuse the whole file. */
  'glossary.importCsv': channel(
    z.object({ text: z.string().max(MAX_GLOSSARY_CSV_CHARS, '词表文件太大') }),
    z.object({ count: z.number().int() }),
  ),
  /** The word list as CSV for Excel or WPS (UTF-8 with BOM). */
  'glossary.exportCsv': channel(z.void(), z.object({ text: z.string(), fileName: z.string() })),
  /** Fills an empty directory with the sample built from the reference page (assets/people/). */
  'people.loadSample': channel(z.void(), ImportSummarySchema),
  ...searchContract,
  ...printContract,
  ...photoContract,
} satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

/** The contract's type. */
export type Contract = typeof contract;

/** What a channel takes. */
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;

/** What a channel gives back. */
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>;

/** A service implementation: one async function per channel, given parsed input. */
export type Handlers = {
  [C in Channel]: (input: z.output<Contract[C]['input']>) => Promise<OutputOf<C>>;
};

// Compile-time check that `CHANNELS` lists exactly the contract's keys.
type MissingFromList = Exclude<keyof Contract, Channel>;
const contractListsEveryChannel: MissingFromList extends never ? true : false = true;
void contractListsEveryChannel;
