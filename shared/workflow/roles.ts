import { z } from 'zod';

/** Who uses an installation: 记者, 通讯员, 编辑 or 值班主任 (the duty chief who signs copy off). */
export const ROLES = ['记者', '通讯员', '编辑', '值班主任'] as const;

/** A role. */
export type Role = z.infer<typeof RoleSchema>;

/** Schema for a role. */
export const RoleSchema = z.enum(ROLES);

/**
 * A person's name as a profile, a signed file or the trusted list carries it:
 * one line of at most 20 characters, without control or format characters
 * (a newline in a sender's name would break every list and summary it is
 * printed in).
 */
export const UserNameSchema = z
  .string()
  .trim()
  .min(1, '请填写姓名')
  .max(20, '姓名最多 20 个字')
  .regex(/^[^\p{Cc}\p{Cf}\u2028\u2029]*$/u, '姓名中不能有换行或控制字符');

/** The user of an installation, as set on first run and shown in the title bar. */
export const ProfileSchema = z.object({
  name: UserNameSchema,
  role: RoleSchema,
});

/** A profile. */
export type Profile = z.infer<typeof ProfileSchema>;

/** The role that signs copy off; taking it and 签发 ask for the passphrase set when the first one was made. */
export const CHIEF_ROLE: Role = '值班主任';

/** The shortest 值班主任 passphrase accepted. */
export const CHIEF_PASSPHRASE_MIN = 6;

/** A 值班主任 passphrase as given (never stored; only its hash is). */
export const PassphraseSchema = z.string().max(200);
