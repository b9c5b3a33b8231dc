import { z } from 'zod';
// Chinese wording for zod's own checks, wherever these schemas are used.
import '../ipc/zod-messages';
import { IsoDateSchema } from './date';
import { MENTION_FORMS, PersonIdSchema } from '../people/model';
import { ID_FORMATS } from './ids';
import { MAX_CAPTION_CHARS, MAX_CREDIT_CHARS, PHOTO_FORMATS, PhotoHashSchema } from './photo';

/** Workflow statuses an article moves through, from 草稿 to 已见报. */
export const ARTICLE_STATUSES = ['draft', 'submitted', 'editing', 'pending', 'signed', 'laidOut', 'published'] as const;

/** Schema for an article status id. */
export const ArticleStatusSchema = z.enum(ARTICLE_STATUSES);

/** An article status id. */
export type ArticleStatus = z.infer<typeof ArticleStatusSchema>;

/** One recorded status step: who took it (name and role), when, which action, from and to which status, and the note. */
export const TransitionRecordSchema = z.object({
  at: z.string(),
  by: z.string().max(20),
  role: z.string().max(10),
  action: z.string().max(10),
  from: ArticleStatusSchema,
  to: ArticleStatusSchema,
  note: z.string().max(2000),
});

/** A recorded step. */
export type TransitionRecord = z.infer<typeof TransitionRecordSchema>;

/** The Chinese label shown for each status. */
export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: '草稿',
  submitted: '已投稿',
  editing: '编辑中',
  pending: '待签发',
  signed: '已签发',
  laidOut: '已排版',
  published: '已见报',
};

/** Parts of the day a dateline may name (本报讯 3月18日上午，…). */
export const TIMES_OF_DAY = ['凌晨', '上午', '中午', '下午', '傍晚', '晚上'] as const;

export { IsoDateSchema, isRealDate } from './date';

/** The dateline of a report: its source (本报讯), day and optional part of day. */
export const DatelineSchema = z.object({
  source: z.string().min(1).max(20),
  date: IsoDateSchema,
  timeOfDay: z.enum(TIMES_OF_DAY).nullable(),
});

/** A dateline value. */
export type Dateline = z.infer<typeof DatelineSchema>;

/** A run of text inside a body block (Slate text leaf); `notes` names the 批注 attached to it. */
export const TextLeafSchema = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  notes: z
    .array(z.string().regex(/^[0-9a-z]{8,32}$/))
    .max(20)
    .optional(),
});

/**
 * An editor's note (批注) on a range of the text: the range is the text
 * leaves marked with its id, so it follows edits. Notes never appear in any
 * export.
 */
export const NoteSchema = z.object({
  id: z.string().regex(/^[0-9a-z]{8,32}$/),
  author: z.string().max(20),
  createdAt: z.string(),
  text: z.string().trim().min(1, '批注不能为空').max(2000),
  /** The text the note was attached to, when it was attached. */
  quote: z.string().max(500),
  resolved: z.boolean(),
  resolvedBy: z.string().max(20).nullable(),
  resolvedAt: z.string().nullable(),
});

/** A note. */
export type Note = z.infer<typeof NoteSchema>;

/**
 * A person mention inside a body block (an inline void in the editor). It
 * refers to the directory; `text` is how it printed when last saved (title on
 * the first mention, as of the article's date), kept so that every reader of
 * the content sees the words, and refreshed from the directory on export.
 */
export const PersonMentionSchema = z.object({
  type: z.literal('person'),
  personId: PersonIdSchema,
  name: z.string().max(20),
  form: z.enum(MENTION_FORMS),
  text: z.string().max(100),
});

/** A person mention value. */
export type PersonMention = z.infer<typeof PersonMentionSchema>;

/**
 * An attendee list inside a body block: people from the directory printed in
 * protocol order after a prefix (区领导), then groups after 以及. `names` keeps
 * each person's name when inserted; `text` is how it printed when last saved.
 */
export const AttendeeListSchema = z.object({
  type: z.literal('attendees'),
  prefix: z.string().trim().max(20),
  personIds: z.array(PersonIdSchema).max(200),
  names: z.record(z.string(), z.string().max(20)),
  groups: z.array(z.string().trim().min(1).max(60)).max(20),
  text: z.string().max(10_000),
});

/** An attendee list value. */
export type AttendeeList = z.infer<typeof AttendeeListSchema>;

/** What a body block holds: runs of text, person mentions and attendee lists (tagged ones first: a plain run has no type). */
export const InlineSchema = z.union([PersonMentionSchema, AttendeeListSchema, TextLeafSchema]);

/** An inline value. */
export type Inline = z.infer<typeof InlineSchema>;

/** A body paragraph (Slate element). */
export const ParagraphSchema = z.object({
  type: z.literal('paragraph'),
  children: z.array(InlineSchema).min(1),
});

/** A 小标题 subheading inside the body (Slate element). */
export const SubheadingSchema = z.object({
  type: z.literal('subheading'),
  children: z.array(InlineSchema).min(1),
});

/**
 * A photo in the body (Slate element): the stored original it shows (by
 * hash, with its format and size in pixels so that resolution is known
 * without opening it), its credit (`本报记者 张三 摄`) and, as its text, the
 * 图片说明, proofread like the body. A 图片新闻 is a photo whose caption is
 * the whole story.
 */
export const PhotoBlockSchema = z.object({
  type: z.literal('photo'),
  hash: PhotoHashSchema,
  format: z.enum(PHOTO_FORMATS),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  credit: z.string().trim().max(MAX_CREDIT_CHARS, `摄影署名最多 ${MAX_CREDIT_CHARS} 字`),
  children: z
    .array(TextLeafSchema)
    .min(1)
    .refine((leaves) => leaves.reduce((n, leaf) => n + leaf.text.length, 0) <= MAX_CAPTION_CHARS, {
      message: `图片说明最多 ${MAX_CAPTION_CHARS} 字`,
    }),
});

/** A photo block value. */
export type PhotoBlock = z.infer<typeof PhotoBlockSchema>;

/** One block of an article body. */
export const BodyBlockSchema = z.discriminatedUnion('type', [ParagraphSchema, SubheadingSchema, PhotoBlockSchema]);

/** A body block value. */
export type BodyBlock = z.infer<typeof BodyBlockSchema>;

/** A list of personal names, each trimmed and non-empty. */
const NamesSchema = z.array(z.string().trim().min(1).max(20)).max(20);

/**
 * How the byline is set at the end of a report: `lines`, one role a line
 * (`记者 张改华` / `通讯员 木坤坤 郝欢欢`); `inline`, all on one line
 * (`记者 张改华 通讯员 李刚帅`); `glued`, run on after the last sentence
 * (`…提前做好防范应对。记者 张改华`); `auto`, one line when short, else one role a line.
 */
export const BYLINE_LAYOUTS = ['auto', 'lines', 'inline', 'glued'] as const;

/** Who wrote, reported and photographed the piece, and how the byline is set. */
export const BylineSchema = z.object({
  reporters: NamesSchema,
  correspondents: NamesSchema,
  photographers: NamesSchema,
  interns: NamesSchema,
  layout: z.enum(BYLINE_LAYOUTS),
});

/** A byline value. */
export type Byline = z.infer<typeof BylineSchema>;

/** An empty byline. */
export const EMPTY_BYLINE: Byline = {
  reporters: [],
  correspondents: [],
  photographers: [],
  interns: [],
  layout: 'auto',
};

/** Kinds of report; each has its own template and target length. */
export const ARTICLE_KINDS = ['会议报道', '调研报道', '活动报道', '简讯', '图片新闻', '通讯'] as const;

/** Schema for a report kind. */
export const ArticleKindSchema = z.enum(ARTICLE_KINDS);

/** A report kind. */
export type ArticleKind = z.infer<typeof ArticleKindSchema>;

/** Longest title the desk accepts, in characters. */
export const MAX_TITLE_LENGTH = 200;

/** Longest body the desk accepts, in characters (a very long feature is about 20,000). */
export const MAX_BODY_CHARS = 200_000;

/** The parts of an article an editor writes; what a save sends. */
export const ArticleContentSchema = z.object({
  kicker: z.string().max(MAX_TITLE_LENGTH).nullable(),
  title: z.string().max(MAX_TITLE_LENGTH),
  subtitle: z.string().max(MAX_TITLE_LENGTH).nullable(),
  dateline: DatelineSchema.nullable(),
  body: z.array(BodyBlockSchema).max(5000),
  byline: BylineSchema,
  kind: ArticleKindSchema.nullable(),
  /** The section or page the report is meant for (版面), e.g. 中原新闻; set by the desk. */
  page: z.string().max(40).nullable(),
  /**
   * Proofreading findings the editor chose to ignore in this article (忽略), as
   * `rule` + U+0000 + the text found; kept with the article so they stay ignored.
   */
  proofIgnores: z.array(z.string().max(300)).max(1000).default([]),
  /** The editors' notes (批注) on the text; never exported. */
  notes: z.array(NoteSchema).max(500).default([]),
  /**
   * The placeholder labels (【主持人】…) the article's template inserted. Only
   * these are placeholders (highlighted, reached with Tab, refusing export
   * while left); other text in 【】 is text.
   */
  placeholders: z.array(z.string().max(40)).max(200).default([]),
});

/** Editable article content. */
export type ArticleContent = z.infer<typeof ArticleContentSchema>;

/** Schema for article ids. */
export const ArticleIdSchema = z.string().regex(ID_FORMATS.article, '稿件编号无效');

/**
 * Where copy came from when it arrived as a correspondent's signed submission:
 * the submission's id, the sender as the file names them (with their key's
 * fingerprint), when it was sent and received, the revision that holds the
 * copy as submitted (修改痕迹 compares against it), and whether the sender was
 * accepted on first sight rather than from the trusted list.
 */
export const OriginSchema = z.object({
  submissionId: z.string().max(64),
  sender: z.object({ name: z.string().max(20), role: z.string().max(10), fingerprint: z.string().max(100) }),
  sentAt: z.string(),
  receivedAt: z.string(),
  submittedRevision: z.number().int().positive(),
  firstSight: z.boolean(),
  /** The article's id on the sender's machine (a 退回 names it). */
  sourceId: z.string().max(40),
});

/** Where copy came from. */
export type Origin = z.infer<typeof OriginSchema>;

/** A stored article: content plus identity, revision, status, who saved it last, its steps and its origin. */
export const ArticleSchema = ArticleContentSchema.extend({
  id: ArticleIdSchema,
  revision: z.number().int().positive(),
  status: ArticleStatusSchema,
  wordCount: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  /** Who made this revision (the profile's name), or null before profiles existed. */
  updatedBy: z.string().max(20).nullable().default(null),
  /** Every status step, oldest first. */
  history: z.array(TransitionRecordSchema).max(1000).default([]),
  origin: OriginSchema.nullable().default(null),
  /**
   * True when this revision was saved automatically after a pause in typing;
   * runs of these coalesce into one in the revision list. Explicit saves,
   * steps, restores and deletions are false.
   */
  autosaved: z.boolean().default(false),
});

/** A stored article. */
export type Article = z.infer<typeof ArticleSchema>;

/** What the archive list needs to show for one article, without its body. */
export const CatalogEntrySchema = z.object({
  id: ArticleIdSchema,
  title: z.string(),
  status: ArticleStatusSchema,
  date: z.string().nullable(),
  authors: z.array(z.string()),
  page: z.string().nullable(),
  wordCount: z.number().int().nonnegative(),
  revision: z.number().int().positive(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});

/** A catalog entry. */
export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;
