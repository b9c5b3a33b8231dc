import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dispatch } from '../../shared/ipc/dispatch';
import type { Channel } from '../../shared/ipc/channels';
import type { InputOf, OutputOf } from '../../shared/ipc/contract';
import { CopydeskError, isCopydeskError } from '../../shared/ipc/result';
import { STATUS_LABELS } from '../../shared/model/article';
import { plainTextToArticle } from '../../shared/format/plain-import';
import { decodeText, TextDecodeError } from '../../shared/text/decode';
import { openServices, type Services } from '../services/services';
import { defaultDataDir } from '../services/data-dir';
import { indexDirectory, namePinyin, titleOn, type DirectoryIndex } from '../../shared/people/directory';
import { csvErrorsMessage, parseDirectoryCsv } from '../../shared/people/csv';
import { proofreadText, RULE_LABELS, type RuleId } from '../../shared/proof/engine';
import { DEFAULT_GLOSSARY } from '../services/glossary-default';
import { glossaryStore } from '../store/glossary-store';
import { renderPages, sheetSizeMm, type PrintPage } from '../../shared/layout/page-html';
import type { PagePreset } from '../../shared/layout/presets';
import type { ArticleContent } from '../../shared/model/article';
import { writeFileAtomic } from '../store/durable-file';
import { presetsStore } from '../store/presets-store';
import { encodeHouseText, encodeHtml, renderDocx, type TextEncodingName } from '../services/export';
import { autoPrintPage, issuePrintPages, overrunPages, reportPrintPages } from '../services/print-pages';
import { exportableContent } from '../../shared/people/content';
import { htmlToPdf, printFontCss } from '../services/pdf';
import { isRealDate } from '../../shared/model/article';
import { chineseDate, todayIso } from '../../shared/model/date';
import { NO_REPORT_MESSAGE, parseReports } from '../../shared/format/parse-reports';
import { reportToContent, reportToJson } from '../../shared/format/parse-output';
import { bylineParts } from '../../shared/format/house-text';
import { CHECK_USAGE, runCheck } from './commands/check';

declare const __APP_VERSION__: string;

const USAGE = `用法：copydesk <命令> [选项] [--data 数据文件夹]

命令：
  list [--json] [--month YYYY-MM] [--trash]   列出稿件
  show ID                                     以版面格式文本显示一篇稿件
  import FILE|-                               导入文本文件（UTF-8/UTF-16/GB18030）中识别出的稿件
  export ID [--format txt|docx|html] [--encoding utf-8|gb18030|gbk] [--crlf] [--out FILE]
                                              导出稿件（版面格式文本、Word 或网页）
  parse FILE|- [--json]                       识别文本中的稿件（标题、电头、正文、署名），不写入稿件库
  proof FILE|- [--json] [--date YYYY-MM-DD] [--directory people.csv]
                                              校对版面格式文本，列出差错
  render FILE|- --format pdf|docx|txt|html --out FILE [--encoding utf8|gb18030] [--crlf] [--preset A4]
                                              把文本文件中的每篇稿件导出为 PDF（每篇一页）、Word、版面格式文本或网页
  page FILE|- [--preset 对开|四开|A3|A4] [--bleed] --out FILE
                                              把文本文件中的全部稿件自动排成一版（第一篇为头条）并导出 PDF
  pdf ID [--preset A4|A3|四开|对开] --out FILE
                                              把稿件排成一版并导出 PDF（字体嵌入）
  pdf --issue ID [--page N] [--bleed] --out FILE
                                              按版面计划导出整期或一版 PDF（可加 3 毫米出血和裁切线）
  submit ID --to DIR                          投稿：把稿件签名写入投稿文件夹（.cdsub），稿件标为已投稿
  inbox DIR                                   收稿：收入文件夹中的投稿（已处理的移入“已处理”，未通过的移入“未通过”）
  people list [--json]                        列出人员库
  people import FILE|- [--replace]            导入人员表 CSV（姓名,类别,职务,单位,排序,起始日期,截止日期）
  people export [--out FILE]                  导出人员表 CSV（UTF-8 带 BOM，可用 Excel/WPS 打开）
${CHECK_USAGE}
`;

class UsageError extends Error {}

async function call<C extends Channel>(services: Services, channel: C, input?: InputOf<C>): Promise<OutputOf<C>> {
  const result = await dispatch(services.handlers, channel, input);
  if (!result.ok) throw new CopydeskError(result.error.code, result.error.message);
  return result.value as OutputOf<C>;
}

async function readInput(file: string): Promise<Uint8Array> {
  if (file !== '-') return readFile(file);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads a file (or stdin for `-`), with a Chinese message when it cannot be read. */
async function readNamed(file: string): Promise<Uint8Array> {
  try {
    return await readInput(file);
  } catch (error) {
    throw new CopydeskError(
      'NOT_FOUND',
      `无法读取文件 ${file}：${(error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (error as Error).message}`,
    );
  }
}

/** `pdf --issue ID [--page N] [--bleed]`: an issue's pages (or one) as laid out in its plan, in one PDF. */
async function issuePdf(
  services: Services,
  values: { issue?: string; page?: string; bleed?: boolean; out?: string },
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const issue = await call(services, 'issues.get', { id: values.issue! });
  const { presets } = await call(services, 'presets.list');
  const directory = indexDirectory(await call(services, 'people.list'));
  const pages = await issuePrintPages(
    issue,
    presets,
    async (id) => {
      const ready = exportableContent(await call(services, 'articles.get', { id }), directory);
      if (!ready.ok) throw new CopydeskError('FORBIDDEN', ready.message);
      return ready.content;
    },
    { pageNumbers: values.page ? [Number(values.page)] : undefined },
  );
  await writePdf(values.out!, pages, values.bleed ?? false);
  warnOverruns(pages, err);
  out(`已导出到 ${values.out}（${pages.length} 个版面${values.bleed ? '，含出血和裁切线' : ''}）\n`);
  return 0;
}

/** Prints pages to a PDF at `file`, written atomically: a failed export leaves nothing half-written there. */
async function writePdf(file: string, pages: PrintPage[], bleed: boolean): Promise<void> {
  const html = renderPages(pages, await printFontCss(), { bleed });
  await writeFileAtomic(file, await htmlToPdf(html, sheetSizeMm(pages[0]!.preset, bleed)));
}

/** Tells on stderr which pages have copy running past its space (it is printed marked in red, not cut). */
function warnOverruns(pages: PrintPage[], err: (s: string) => void): void {
  const over = overrunPages(pages);
  if (over.length > 0) err(`注意：第${over.join('、')}版有稿件超出版面，已在 PDF 上用红色标出。\n`);
}

/** The preset a `--preset` names, by name (对开) or id (duikai), from the paper's presets. */
function findPreset(presets: readonly PagePreset[], wanted: string): PagePreset {
  const preset = presets.find(
    (p) => p.id === wanted || p.name === wanted || p.name.toLowerCase() === wanted.toLowerCase(),
  );
  if (!preset) throw new UsageError(`没有版式“${wanted}”（可用：${presets.map((p) => p.name).join('、')}）`);
  return preset;
}

/** The reports in a house-format text file, as article content; a text without any is refused. */
async function reportsIn(file: string): Promise<ArticleContent[]> {
  const { text } = decodeText(await readNamed(file));
  const { reports, pageDate } = parseReports(text);
  if (reports.length === 0) throw new CopydeskError('INVALID_INPUT', NO_REPORT_MESSAGE);
  const year = pageDate?.year ?? new Date().getFullYear();
  return reports.map((r) => reportToContent(r, year));
}

/**
 * `render FILE|- --format pdf|docx|txt|html --out PATH`: every report of a
 * house-format text file, as one PDF (a page each), one Word file (a page
 * each), house-format text (UTF-8 or GB18030, LF or CRLF) or one web page.
 * No data folder is written; the paper's presets are read when there are some.
 */
async function render(
  file: string,
  values: { format?: string; out?: string; encoding?: string; crlf?: boolean; preset?: string; dataDir: string },
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const format = values.format ?? '';
  if (!['pdf', 'docx', 'txt', 'html'].includes(format))
    throw new UsageError(`render 需要 --format pdf、docx、txt 或 html（收到“${format}”）`);
  if (!values.out) throw new UsageError('render 需要 --out 指定输出文件');
  const encoding = normaliseEncoding(values.encoding ?? 'utf-8');
  const contents = await reportsIn(file);
  if (format === 'pdf') {
    const presets = (await presetsStore(values.dataDir).list()).items;
    const pages = reportPrintPages(contents, findPreset(presets, values.preset ?? 'A4'), {
      paper: '',
      date: '',
      pageNumber: 1,
      pageName: '',
      editor: '',
    }).map((page, i) => ({ ...page, folio: { ...page.folio, pageNumber: i + 1 } }));
    await writePdf(values.out, pages, false);
    warnOverruns(pages, err);
  } else {
    const bytes =
      format === 'docx'
        ? await renderDocx(contents)
        : format === 'html'
          ? encodeHtml(contents)
          : encodeHouseText(contents, encoding, values.crlf ?? false);
    await writeFileAtomic(values.out, bytes);
  }
  out(`已导出到 ${values.out}（${contents.length} 篇）\n`);
  return 0;
}

/** utf8/utf-8/gb18030/gbk, as the export names them; anything else is a usage error. */
function normaliseEncoding(name: string): TextEncodingName {
  const lower = name.toLowerCase().replace(/^utf8$/, 'utf-8');
  if (lower !== 'utf-8' && lower !== 'gb18030' && lower !== 'gbk')
    throw new UsageError(`不支持的编码：${name}（支持 utf-8、gb18030、gbk）`);
  return lower;
}

/**
 * `page FILE|- --preset 对开|四开|A3|A4 --out page.pdf`: every report of the
 * file on one page, the first as 头条, laid out automatically; reports that do
 * not fit are refused with how far they overrun.
 */
async function page(
  file: string,
  values: { preset?: string; out?: string; bleed?: boolean; dataDir: string },
  out: (s: string) => void,
): Promise<number> {
  if (!values.out) throw new UsageError('page 需要 --out 指定 PDF 文件');
  const presets = (await presetsStore(values.dataDir).list()).items;
  const preset = findPreset(presets, values.preset ?? '四开');
  const contents = await reportsIn(file);
  const first = contents.find((c) => c.dateline)?.dateline;
  const printed = autoPrintPage(contents, preset, {
    paper: '',
    date: first ? chineseDate(first.date) : '',
    pageNumber: 1,
    pageName: '',
    editor: '',
  });
  await writePdf(values.out, [printed], values.bleed ?? false);
  out(`已导出到 ${values.out}（${preset.name}，${contents.length} 篇排成一版）\n`);
  return 0;
}

/** `people list|import|export`: the 人员库 from the command line. */
async function people(
  services: Services,
  sub: string,
  file: string | undefined,
  values: { json?: boolean; replace?: boolean; out?: string },
  out: (s: string) => void,
): Promise<number> {
  if (sub === 'import') {
    const { text } = decodeText(await readNamed(file!));
    const result = await call(services, 'people.importCsv', { text, mode: values.replace ? 'replace' : 'merge' });
    out(
      `已导入：新增 ${result.added} 人，更新 ${result.updated} 人${result.removed ? `，移除 ${result.removed} 人` : ''}，人员库共 ${result.total} 人\n`,
    );
    return 0;
  }
  if (sub === 'export') {
    const { text } = await call(services, 'people.exportCsv');
    if (values.out) {
      await writeFileAtomic(values.out, text);
      out(`已导出到 ${values.out}\n`);
    } else out(text);
    return 0;
  }
  const list = await call(services, 'people.list');
  const today = new Date().toISOString().slice(0, 10);
  if (values.json) out(`${JSON.stringify({ people: list })}\n`);
  else {
    for (const p of list) out(`${p.name}\t${p.category}\t${p.organisation}\t${titleOn(p, today)}\n`);
    out(`共 ${list.length} 人\n`);
  }
  return 0;
}

/**
 * `parse FILE|- [--json]`: the reports recognised in a text file, without
 * touching the archive (no data folder is opened).
 */
async function parse(
  file: string | undefined,
  values: { json?: boolean },
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  if (!file) {
    err(`parse 需要一个参数\n${USAGE}`);
    return 2;
  }
  try {
    const { text } = decodeText(await readNamed(file));
    const { reports } = parseReports(text);
    if (reports.length === 0) throw new CopydeskError('INVALID_INPUT', NO_REPORT_MESSAGE);
    if (values.json) {
      out(`${JSON.stringify({ articles: reports.map(reportToJson) })}\n`);
      return 0;
    }
    reports.forEach((report, i) => {
      const json = reportToJson(report);
      const d = json.dateline;
      const when = d
        ? `${d.source} ${d.month ? `${d.month}月${d.day}日` : '（未写日期）'}${d.timeOfDay ?? ''}`
        : '（无电头）';
      const names = bylineParts({ ...report.byline }).join(' ') || '（未署名）';
      out(`第 ${i + 1} 篇：${json.title}\n`);
      if (json.kicker) out(`  引题：${json.kicker}\n`);
      if (json.subtitle) out(`  副题：${json.subtitle}\n`);
      out(
        `  电头：${when}\n  正文：${json.paragraphs.length} 段，${json.paragraphs.join('').length} 字\n  署名：${names}\n`,
      );
    });
    out(`共 ${reports.length} 篇\n`);
    return 0;
  } catch (error) {
    return failure(error, err);
  }
}

/**
 * `proof FILE|- [--json] [--date] [--directory]`: the proofreader's findings
 * on house-format text. Titles are checked as of `--date` (else the first
 * dateline's day this year, else today) against the directory CSV given; the
 * word list is the data folder's (read only), else the built-in one.
 */
async function proof(
  file: string | undefined,
  values: { json?: boolean; date?: string; directory?: string; dataDir: string },
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  if (!file) {
    err(`proof 需要一个参数\n${USAGE}`);
    return 2;
  }
  if (values.date !== undefined && !isRealDate(values.date)) {
    err(`--date 应为存在的日期，写成 YYYY-MM-DD（收到“${values.date}”）\n`);
    return 2;
  }
  try {
    const { text } = decodeText(await readNamed(file));
    let directory: DirectoryIndex | undefined;
    if (values.directory) {
      const parsed = parseDirectoryCsv(decodeText(await readNamed(values.directory)).text);
      if (!parsed.ok) throw new CopydeskError('INVALID_INPUT', csvErrorsMessage(parsed.errors));
      directory = indexDirectory(
        parsed.people.map((p, i) => ({
          ...p,
          id: `cli${String(i).padStart(6, '0')}`,
          pinyin: namePinyin(p.name),
          updatedAt: '',
        })),
      );
    }
    const first = parseReports(text).reports.find((r) => r.dateline?.month && r.dateline.day)?.dateline;
    const today = new Date();
    const date =
      values.date ??
      (first
        ? `${first.year ?? today.getFullYear()}-${String(first.month).padStart(2, '0')}-${String(first.day).padStart(2, '0')}`
        : todayIso(today));
    const findings = proofreadText(text, {
      date: isRealDate(date) ? date : todayIso(today),
      directory,
      // The newsroom's word list from the data folder (read only), else the built-in one.
      glossary: (await glossaryStore(values.dataDir, DEFAULT_GLOSSARY).list()).items,
    });
    if (values.json) {
      out(`${JSON.stringify({ findings })}\n`);
      return 0;
    }
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
    for (const f of findings) {
      let line = lineStarts.findIndex((s) => s > f.start);
      line = line < 0 ? lineStarts.length : line;
      const column = f.start - lineStarts[line - 1]! + 1;
      const label = RULE_LABELS[f.rule as RuleId] ?? f.rule;
      const fix =
        f.rule === 'format.broken-line'
          ? '（建议：接成一段）'
          : f.suggestion !== undefined
            ? `（建议：${f.suggestion === '' ? '删去' : f.suggestion}）`
            : '';
      out(`第 ${line} 行第 ${column} 字\t${f.severity === 'error' ? '错误' : '提示'}\t${label}\t${f.message}${fix}\n`);
    }
    out(`共 ${findings.length} 处\n`);
    return 0;
  } catch (error) {
    return failure(error, err);
  }
}

/** Reports a failed command on stderr in Chinese; returns the exit code (2 for usage, 1 otherwise). */
function failure(error: unknown, err: (s: string) => void): number {
  if (error instanceof UsageError) {
    err(`${error.message}\n${USAGE}`);
    return 2;
  }
  const message =
    isCopydeskError(error) || error instanceof TextDecodeError
      ? error.message
      : `内部错误：${(error as Error).message}`;
  err(`错误：${message}\n`);
  return 1;
}

/** Runs one CLI command; returns the exit code. Output goes to `out`, errors to `err`. */
export async function run(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        json: { type: 'boolean' },
        month: { type: 'string' },
        trash: { type: 'boolean' },
        format: { type: 'string' },
        out: { type: 'string' },
        replace: { type: 'boolean' },
        encoding: { type: 'string' },
        preset: { type: 'string' },
        issue: { type: 'string' },
        page: { type: 'string' },
        bleed: { type: 'boolean' },
        crlf: { type: 'boolean' },
        date: { type: 'string' },
        directory: { type: 'string' },
        to: { type: 'string' },
        repair: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    err(`参数错误：${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, arg, extra] = positionals;
  if (values.help || !command) {
    (values.help ? out : err)(USAGE);
    return values.help ? 0 : 2;
  }
  if (command === 'parse') return parse(arg, values, out, err);
  if (command === 'render' || command === 'page') {
    if (!arg) {
      err(`${command} 需要一个文件（或 - 表示标准输入）\n${USAGE}`);
      return 2;
    }
    try {
      const dataDir = resolve(values.data ?? defaultDataDir());
      return command === 'render'
        ? await render(arg, { ...values, dataDir }, out, err)
        : await page(arg, { ...values, dataDir }, out);
    } catch (error) {
      return failure(error, err);
    }
  }
  if (command === 'check') {
    try {
      return await runCheck(resolve(values.data ?? defaultDataDir()), values, out);
    } catch (error) {
      return failure(error, err);
    }
  }
  if (command === 'proof')
    return proof(arg, { ...values, dataDir: resolve(values.data ?? defaultDataDir()) }, out, err);
  const dataDir = resolve(values.data ?? defaultDataDir());
  const writes =
    command === 'import' || command === 'submit' || command === 'inbox' || (command === 'people' && arg === 'import');
  let services: Services | null = null;
  try {
    if (!['list', 'show', 'import', 'export', 'pdf', 'people', 'submit', 'inbox'].includes(command))
      throw new UsageError(`未知命令：${command}`);
    if (command === 'pdf' && ((!arg && !values.issue) || !values.out))
      throw new UsageError('pdf 需要稿件编号（或 --issue 版面计划编号）和 --out 文件');
    if (command === 'people' && !['list', 'import', 'export'].includes(arg ?? ''))
      throw new UsageError('people 后应为 list、import 或 export');
    if (command === 'people' && arg === 'import' && !extra) throw new UsageError('people import 需要一个文件');
    if (command === 'submit' && (!arg || !values.to)) throw new UsageError('submit 需要稿件编号和 --to 文件夹');
    if ((command === 'show' || command === 'export' || command === 'import' || command === 'inbox') && !arg)
      throw new UsageError(`${command} 需要一个参数`);
    services = await openServices({ version: __APP_VERSION__, dataDir, runtime: 'host' }, { readOnly: !writes });
    switch (command) {
      case 'list': {
        const items = [];
        if (values.trash) items.push(...(await call(services, 'articles.list', { trash: true })).items);
        else {
          const months = values.month ? [{ month: values.month }] : await call(services, 'articles.months');
          for (const { month } of months) items.push(...(await call(services, 'articles.list', { month })).items);
        }
        if (values.json) {
          const articles = items.map(({ id, title, status, date, wordCount, updatedAt }) => ({
            id,
            title,
            status,
            date,
            wordCount,
            updatedAt,
          }));
          out(`${JSON.stringify({ articles })}\n`);
        } else {
          for (const e of items)
            out(
              `${e.id}\t${e.date ?? '未定日期'}\t${STATUS_LABELS[e.status]}\t${e.wordCount}字\t${e.title || '（无标题）'}\n`,
            );
          out(`共 ${items.length} 篇\n`);
        }
        return 0;
      }
      case 'show':
        out((await call(services, 'articles.exportText', { id: arg! })).text);
        return 0;
      case 'export': {
        const format = values.format ?? 'txt';
        if (format !== 'txt' && format !== 'docx' && format !== 'html')
          throw new UsageError(`不支持的导出格式：${format}（支持 txt、docx、html）`);
        const encoding = normaliseEncoding(values.encoding ?? 'utf-8');
        if (format === 'docx' && !values.out) throw new UsageError('导出 Word 文件需要 --out 指定文件');
        const { data } = await call(services, 'articles.export', {
          id: arg!,
          format,
          encoding,
          lineEnding: values.crlf ? 'crlf' : 'lf',
        });
        const bytes = Buffer.from(data, 'base64');
        if (values.out) {
          await writeFileAtomic(values.out, bytes);
          out(`已导出到 ${values.out}\n`);
        } else process.stdout.write(bytes);
        return 0;
      }
      case 'pdf': {
        if (values.issue) return await issuePdf(services, values, out, err);
        const { presets } = await call(services, 'presets.list');
        const preset = findPreset(presets, values.preset ?? 'a4');
        const ready = exportableContent(
          await call(services, 'articles.get', { id: arg! }),
          indexDirectory(await call(services, 'people.list')),
        );
        if (!ready.ok) throw new CopydeskError('FORBIDDEN', ready.message);
        const article = ready.content;
        const pages = reportPrintPages([article], preset, {
          paper: '',
          date: '',
          pageNumber: 1,
          pageName: article.page ?? '',
          editor: '',
        });
        await writePdf(values.out!, pages, false);
        warnOverruns(pages, err);
        out(`已导出到 ${values.out}（${preset.name}，${preset.widthMm} × ${preset.heightMm} 毫米）\n`);
        return 0;
      }
      case 'people':
        return await people(services, arg!, extra, values, out);
      case 'submit': {
        const article = await call(services, 'articles.get', { id: arg! });
        const { file } = await services.workflow.submit(article.id, article.revision, resolve(values.to!));
        out(`已投稿：${article.title || '（无标题）'}\n投稿文件：${file.path}\n`);
        return 0;
      }
      case 'inbox': {
        const receipts = await services.workflow.inbox.scan(resolve(arg!));
        const label = { imported: '收入', returned: '退回', duplicate: '重复', refused: '未通过' } as const;
        for (const r of receipts)
          out(
            `${label[r.outcome]}\t${r.file}\t${r.title || '（无标题）'}\t${r.sender}${r.message ? `\t${r.message}` : ''}\n`,
          );
        const count = (o: keyof typeof label) => receipts.filter((r) => r.outcome === o).length;
        out(
          `共 ${receipts.length} 个文件：收入 ${count('imported')}，退回 ${count('returned')}，重复 ${count('duplicate')}，未通过 ${count('refused')}\n`,
        );
        return count('refused') > 0 ? 1 : 0;
      }
      case 'import': {
        const { text } = decodeText(await readNamed(arg!));
        if (text.trim() === '') throw new CopydeskError('INVALID_INPUT', '文件是空的，没有可导入的文字。');
        // The reports the parser recognises; text without any is imported whole, first line as the title.
        const { reports, pageDate } = parseReports(text);
        const year = pageDate?.year ?? new Date().getFullYear();
        const contents = reports.length > 0 ? reports.map((r) => reportToContent(r, year)) : [plainTextToArticle(text)];
        const { ids } = await call(services, 'articles.createMany', { contents });
        for (const id of ids) {
          const article = await call(services, 'articles.get', { id });
          out(`已导入：${article.id}\t${article.title || '（无标题）'}\t${article.wordCount}字\n`);
        }
        return 0;
      }
    }
    return 2;
  } catch (error) {
    return failure(error, err);
  } finally {
    await services?.close();
  }
}

if (require.main === module) {
  void run(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
  ).then((code) => {
    process.exitCode = code;
  });
}
