import { readFile } from 'node:fs/promises';
import { CopydeskError } from '../../shared/ipc/result';
import { decodeText } from '../../shared/text/decode';
import { NO_REPORT_MESSAGE, parseReports } from '../../shared/format/parse-reports';
import { reportToContent } from '../../shared/format/parse-output';
import type { ArticleContent } from '../../shared/model/article';
import type { TextEncodingName } from '../services/export';
import { UsageError } from './command';

async function readInput(file: string): Promise<Uint8Array> {
  if (file !== '-') return readFile(file);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads a file (or stdin for `-`), with a Chinese message when it cannot be read. */
export async function readNamed(file: string): Promise<Uint8Array> {
  try {
    return await readInput(file);
  } catch (error) {
    throw new CopydeskError(
      'NOT_FOUND',
      `无法读取文件 ${file}：${(error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (error as Error).message}`,
    );
  }
}

/** A text file (or stdin) decoded as newsroom files arrive (UTF-8, UTF-16, GB18030). */
export async function readText(file: string): Promise<string> {
  return decodeText(await readNamed(file)).text;
}

/** The reports in a house-format text file, as article content; a text without any is refused. */
export async function reportsIn(file: string): Promise<ArticleContent[]> {
  const { reports, pageDate } = parseReports(await readText(file));
  if (reports.length === 0) throw new CopydeskError('INVALID_INPUT', NO_REPORT_MESSAGE);
  const year = pageDate?.year ?? new Date().getFullYear();
  return reports.map((r) => reportToContent(r, year));
}

/** utf8/utf-8/gb18030/gbk, as the export names them; anything else is a usage error. */
export function normaliseEncoding(name: string): TextEncodingName {
  const lower = name.toLowerCase().replace(/^utf8$/, 'utf-8');
  if (lower !== 'utf-8' && lower !== 'gb18030' && lower !== 'gbk')
    throw new UsageError(`不支持的编码：${name}（支持 utf-8、gb18030、gbk）`);
  return lower;
}

/** The one argument a command needs, or a usage error naming it. */
export function required(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(what);
  return value;
}
