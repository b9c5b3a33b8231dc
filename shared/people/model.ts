import { ID_FORMATS } from '../model/ids';
import { z } from 'zod';
// Chinese wording for zod's own checks, wherever these schemas are used.
import '../ipc/zod-messages';
import { IsoDateSchema } from '../model/date';

/** Categories of people in the directory (人员库). */
export const PERSON_CATEGORIES = ['领导', '记者', '通讯员', '摄影', '其他'] as const;

/** Schema for a person's category. */
export const PersonCategorySchema = z.enum(PERSON_CATEGORIES);

/** A person's category. */
export type PersonCategory = z.infer<typeof PersonCategorySchema>;

/** Schema for person ids (made by the store). */
export const PersonIdSchema = z.string().regex(ID_FORMATS.person, '人员编号无效');

/** Longest name the directory accepts (names with a middle dot, e.g. 买买提·艾力, run long). */
export const MAX_NAME_LENGTH = 20;

/**
 * A personal name: Han characters, with the middle dot of transliterated names
 * allowed between parts. Spaces padded into printed names (`刘 招`) are not part of it.
 */
export const PersonNameSchema = z
  .string()
  .trim()
  .min(2, '姓名至少 2 个字')
  .max(MAX_NAME_LENGTH, `姓名最多 ${MAX_NAME_LENGTH} 个字`)
  .regex(/^[\p{Script=Han}]+(?:[·•][\p{Script=Han}]+)*$/u, '姓名只能由汉字组成（少数民族姓名可用间隔号 ·）');

/**
 * One period of a person's post: the title as printed on first mention
 * (`中原区委副书记、区长`), its protocol rank (smaller ranks higher; null when
 * the person is not ranked, e.g. reporters), and the days it is valid from and
 * to, both inclusive (null: open-ended).
 */
export const TitlePeriodSchema = z
  .object({
    title: z.string().trim().max(60, '职务最多 60 个字'),
    rank: z.number().int().min(0).max(99_999).nullable(),
    from: IsoDateSchema.nullable(),
    to: IsoDateSchema.nullable(),
  })
  .refine((p) => p.from === null || p.to === null || p.from <= p.to, '起始日期不能晚于截止日期');

/** A title period value. */
export type TitlePeriod = z.infer<typeof TitlePeriodSchema>;

/** True when two periods share at least one day. */
export function periodsOverlap(a: TitlePeriod, b: TitlePeriod): boolean {
  const aFrom = a.from ?? '0000-00-00';
  const bFrom = b.from ?? '0000-00-00';
  const aTo = a.to ?? '9999-99-99';
  const bTo = b.to ?? '9999-99-99';
  return aFrom <= bTo && bFrom <= aTo;
}

/** The Chinese message for overlapping periods of one person, or null when none overlap. */
export function overlapProblem(periods: readonly TitlePeriod[]): string | null {
  for (let i = 0; i < periods.length; i++) {
    for (let j = i + 1; j < periods.length; j++) {
      if (periodsOverlap(periods[i]!, periods[j]!)) {
        return `任职时段重叠：“${periods[i]!.title || '（无职务）'}”与“${periods[j]!.title || '（无职务）'}”，同一天只能有一个职务`;
      }
    }
  }
  return null;
}

const PersonFields = {
  name: PersonNameSchema,
  category: PersonCategorySchema,
  organisation: z.string().trim().max(60, '单位最多 60 个字'),
  periods: z
    .array(TitlePeriodSchema)
    .max(50)
    .superRefine((periods, ctx) => {
      const problem = overlapProblem(periods);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
};

/** What an editor enters for a person; `id` is absent for a new person. */
export const PersonInputSchema = z.object({ id: PersonIdSchema.optional(), ...PersonFields });

/** A person as entered. */
export type PersonInput = z.infer<typeof PersonInputSchema>;

/**
 * A person in the directory (人员库). `pinyin` is the name's toneless pinyin,
 * one syllable per character separated by spaces (`qiao song`), made by the
 * store with pinyin-pro's surname mode, for search by pinyin and initials.
 */
export const PersonSchema = z.object({
  id: PersonIdSchema,
  ...PersonFields,
  pinyin: z.string().max(200),
  updatedAt: z.string(),
});

/** A person in the directory. */
export type Person = z.infer<typeof PersonSchema>;

/** How a person mention is printed: `auto` gives the title on the first mention only. */
export const MENTION_FORMS = ['auto', 'full', 'name'] as const;

/** A mention form. */
export type MentionForm = (typeof MENTION_FORMS)[number];
