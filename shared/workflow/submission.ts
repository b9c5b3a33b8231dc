import { z } from 'zod';
import { ArticleContentSchema, ArticleIdSchema } from '../model/article';
import { ID_FORMATS } from '../model/ids';
import { base64Length, MAX_SUBMISSION_BYTES, MAX_SUBMISSION_PHOTO_BYTES } from '../model/limits';
import { PhotoHashSchema } from '../model/photo';
import { RoleSchema, UserNameSchema } from './roles';

/** The `format` field of a submission file (.cdsub). */
export const SUBMISSION_FORMAT = 'copydesk-submission';

/** The `format` field of a public key file (.cdkey). */
export const PUBLIC_KEY_FORMAT = 'copydesk-public-key';

/**
 * An Ed25519 public key as base64 of its DER (SPKI) encoding: always 44
 * bytes, the fixed Ed25519 algorithm header then the 32-byte key, so any
 * other key type (X25519, RSA, …) or filler is refused here already.
 */
export const PublicKeySchema = z
  .string()
  .regex(/^MCowBQYDK2VwAyEA[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/, '公钥格式无效（应为 Ed25519 公钥）');

/** Who sent a file: name, role and public key. */
export const SenderSchema = z.object({
  name: UserNameSchema,
  role: RoleSchema,
  publicKey: PublicKeySchema,
});

/**
 * What a submission file carries, signed as a whole: a submission (投稿) of
 * an article from a correspondent to the desk, or a return (退回) from the
 * desk to the correspondent with the desk's note. It holds the article, its
 * house-format text, the sender's profile and public key, when it was sent
 * and by which version of Copydesk.
 */
export const SubmissionPayloadSchema = z.object({
  kind: z.enum(['submission', 'return']),
  id: z.string().regex(ID_FORMATS.uuid),
  sentAt: z.string().datetime(),
  appVersion: z.string().max(40),
  sender: SenderSchema,
  /** The article's id on the correspondent's machine. */
  sourceId: ArticleIdSchema,
  article: ArticleContentSchema,
  houseText: z.string().max(1_000_000),
  /** The desk's note on a return; empty on a submission. */
  note: z.string().max(2000),
  /** The submission a return answers. */
  returnFor: z.string().regex(ID_FORMATS.uuid).nullable(),
  /**
   * The originals of the article's photos, inside the signed payload: each
   * by its hash with its bytes as base64, checked against the hash on
   * receipt. Returns carry none.
   */
  photos: z
    .array(z.object({ hash: PhotoHashSchema, data: z.string().max(base64Length(MAX_SUBMISSION_PHOTO_BYTES)) }))
    .max(20)
    .default([]),
});

/** A submission's payload. */
export type SubmissionPayload = z.infer<typeof SubmissionPayloadSchema>;

/** A submission file: the payload as base64 of its UTF-8 JSON, and the sender's Ed25519 signature over those bytes. */
export const SubmissionEnvelopeSchema = z.object({
  format: z.literal(SUBMISSION_FORMAT),
  version: z.literal(1),
  payload: z.string().max(MAX_SUBMISSION_BYTES),
  signature: z.string().regex(/^[A-Za-z0-9+/]{80,100}={0,2}$/),
});

/** A public key file (.cdkey), handed by a correspondent to the desk once. */
export const PublicKeyFileSchema = z.object({
  format: z.literal(PUBLIC_KEY_FORMAT),
  version: z.literal(1),
  name: UserNameSchema,
  role: RoleSchema,
  publicKey: PublicKeySchema,
});

/** A sender the desk trusts: their key, as imported from a .cdkey file or accepted on first sight. */
export const TrustedSenderSchema = z.object({
  fingerprint: z.string().max(100),
  publicKey: PublicKeySchema,
  name: z.string().max(20),
  role: RoleSchema,
  addedAt: z.string(),
  how: z.enum(['imported', 'first-sight']),
});

/** A trusted sender. */
export type TrustedSender = z.infer<typeof TrustedSenderSchema>;

/** How the desk treats a sender it does not know: refuse, or accept on first sight with a visible warning. */
export const TRUST_MODES = ['trusted-only', 'first-sight'] as const;

/**
 * A folder chosen in 设置: empty (none), or a whole path (`/srv/收稿箱`,
 * `D:\\收稿箱`, `\\\\server\\share`). A relative path would resolve against
 * wherever the program happened to start, so it is refused.
 */
export const FolderPathSchema = z
  .string()
  .trim()
  .max(1000)
  .regex(/^$|^\/|^[A-Za-z]:[\\/]|^\\\\/, '请选择完整的文件夹路径')
  .regex(/^[^\p{Cc}]*$/u, '文件夹路径中不能有控制字符');

/** The workstation's submission settings: the 收稿箱 it watches, the 投稿箱 it writes to, and the trust mode. */
export const WorkflowSettingsSchema = z.object({
  inboxDir: FolderPathSchema,
  outboxDir: FolderPathSchema,
  trustMode: z.enum(TRUST_MODES),
});

/** Submission settings. */
export type WorkflowSettings = z.infer<typeof WorkflowSettingsSchema>;

/** What one received file came to. */
export const ReceiptSchema = z.object({
  file: z.string(),
  outcome: z.enum(['imported', 'returned', 'duplicate', 'refused']),
  /** The article made or changed. */
  articleId: z.string().nullable(),
  title: z.string(),
  sender: z.string(),
  /** Why a file was refused, or the first-sight warning. */
  message: z.string(),
});

/** A receipt. */
export type Receipt = z.infer<typeof ReceiptSchema>;
