import { z } from 'zod';
import { IssueIdSchema } from '../layout/issue';
import { PreflightItemSchema } from '../layout/preflight';
import { MastheadSchema } from '../layout/masthead';

/** A print job's id (made by the main process). */
export const PrintJobIdSchema = z.string().regex(/^[0-9a-f-]{36}$/, '导出任务编号无效');

/** Where a print job is. */
export const PrintJobStatusSchema = z.object({
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  done: z.number().int(),
  total: z.number().int(),
  /** What the job is doing, or why it failed, in Chinese. */
  message: z.string(),
});

/** Where a print job is. */
export type PrintJobStatus = z.infer<typeof PrintJobStatusSchema>;

/** Declares one channel: the schema of what goes in and of what comes back. */
function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

/** The pages to print: every page of the issue, or the numbered ones. */
const PagesSchema = z.array(z.number().int().min(1).max(99)).min(1).max(48).optional();

/** The print channels: checking the pages, printing them in the background, and handing out the PDF. */
export const printContract = {
  /**
   * The reports on the pages about to be printed that are not ready: not
   * signed off, or with proofreading errors still open; printing warns and
   * names them first.
   */
  'print.check': channel(
    z.object({ issueId: IssueIdSchema, pages: PagesSchema }),
    z.object({ items: z.array(PreflightItemSchema) }),
  ),
  /**
   * Starts printing an issue plan (every page, or the numbered ones) to one
   * PDF in the background, optionally with 3 mm bleed and crop marks; the
   * job's progress is read with print.status.
   */
  'print.start': channel(
    z.object({
      issueId: IssueIdSchema,
      pages: PagesSchema,
      bleed: z.boolean().default(false),
    }),
    z.object({ jobId: PrintJobIdSchema }),
  ),
  /** Where a print job is: running (pages done of total, with what it is doing), done, failed (why) or cancelled. */
  'print.status': channel(z.object({ jobId: PrintJobIdSchema }), PrintJobStatusSchema),
  /** Cancels a running print job; nothing is handed out for it. */
  'print.cancel': channel(z.object({ jobId: PrintJobIdSchema }), z.object({ cancelled: z.boolean() })),
  /** The PDF of a finished print job (base64, with a file name), handed out once. */
  'print.result': channel(
    z.object({ jobId: PrintJobIdSchema }),
    z.object({ fileName: z.string(), mimeType: z.string(), data: z.string() }),
  ),
  /** The paper's 报头 (masthead) that 第1版 carries: on or off, name, publisher, serial number, height in lines. */
  'masthead.get': channel(z.void(), MastheadSchema),
  /** Saves the masthead (版式设置). */
  'masthead.save': channel(MastheadSchema, MastheadSchema),
};
