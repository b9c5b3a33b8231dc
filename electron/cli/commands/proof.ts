import { CopydeskError } from '../../../shared/ipc/result';
import { isRealDate } from '../../../shared/model/article';
import { isoDate, todayIso } from '../../../shared/model/date';
import { parseReports } from '../../../shared/format/parse-reports';
import { indexDirectory, namePinyin, type DirectoryIndex } from '../../../shared/people/directory';
import { csvErrorsMessage, parseDirectoryCsv } from '../../../shared/people/csv';
import { proofreadText, RULE_LABELS, type RuleId } from '../../../shared/proof/engine';
import { DEFAULT_GLOSSARY } from '../../services/glossary-default';
import { glossaryStore } from '../../store/glossary-store';
import { UsageError, type PlainCommand } from '../command';
import { readText, required } from '../io';

/** A directory CSV (`--directory`) as the proofreader's index. */
async function directoryFrom(file: string): Promise<DirectoryIndex> {
  const parsed = parseDirectoryCsv(await readText(file));
  if (!parsed.ok) throw new CopydeskError('INVALID_INPUT', csvErrorsMessage(parsed.errors));
  return indexDirectory(
    parsed.people.map((p, i) => ({
      ...p,
      id: `cli${String(i).padStart(6, '0')}`,
      pinyin: namePinyin(p.name),
      updatedAt: '',
    })),
  );
}

/**
 * `proof FILE|- [--json] [--date] [--directory]`: the proofreader's findings
 * on house-format text. Titles are checked as of `--date` (else the first
 * dateline's day this year, else today) against the directory CSV given; the
 * word list is the data folder's (read only), else the built-in one.
 */
export const proof: PlainCommand = {
  name: 'proof',
  usage: [
    'proof FILE|- [--json] [--date YYYY-MM-DD] [--directory people.csv]',
    '                                            校对版面格式文本，列出差错',
  ],
  options: ['json', 'date', 'directory'],
  access: 'none',
  async run({ args, values, dataDir, out }) {
    const file = required(args[0], 'proof 需要一个参数');
    if (values.date !== undefined && !isRealDate(values.date))
      throw new UsageError(`--date 应为存在的日期，写成 YYYY-MM-DD（收到“${values.date}”）`);
    const text = await readText(file);
    const directory = values.directory ? await directoryFrom(values.directory) : undefined;
    const first = parseReports(text).reports.find((r) => r.dateline?.month && r.dateline.day)?.dateline;
    const today = new Date();
    const date =
      values.date ?? (first ? isoDate(first.year ?? today.getFullYear(), first.month!, first.day!) : todayIso(today));
    const findings = proofreadText(text, {
      date: isRealDate(date) ? date : todayIso(today),
      directory,
      // The newsroom's word list from the data folder (read only), else the built-in one.
      glossary: (await glossaryStore(dataDir, DEFAULT_GLOSSARY).list()).items,
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
  },
};
