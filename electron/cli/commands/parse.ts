import { CopydeskError } from '../../../shared/ipc/result';
import { NO_REPORT_MESSAGE, parseReports } from '../../../shared/format/parse-reports';
import { reportToJson } from '../../../shared/format/parse-output';
import { bylineParts } from '../../../shared/format/house-text';
import type { PlainCommand } from '../command';
import { readText, required } from '../io';

/** `parse FILE|- [--json]`: the reports recognised in a text file, without opening the archive. */
export const parse: PlainCommand = {
  name: 'parse',
  usage: ['parse FILE|- [--json]                       识别文本中的稿件（标题、电头、正文、署名），不写入稿件库'],
  options: ['json'],
  access: 'none',
  async run({ args, values, out }) {
    const { reports } = parseReports(await readText(required(args[0], 'parse 需要一个参数')));
    if (reports.length === 0) throw new CopydeskError('INVALID_INPUT', NO_REPORT_MESSAGE);
    if (values.json) {
      out(`${JSON.stringify({ articles: reports.map(reportToJson) })}\n`);
      return 0;
    }
    reports.forEach((report, i) => {
      const json = reportToJson(report);
      const d = json.dateline;
      const when = d
        ? `${d.source ?? '（无来源）'} ${d.month ? `${d.month}月${d.day}日` : '（未写日期）'}${d.timeOfDay ?? ''}`
        : '（无电头）';
      const names = bylineParts({ ...report.byline }).join(' ') || '（未署名）';
      out(`第 ${i + 1} 篇：${json.title ?? '（原文无标题）'}\n`);
      if (json.kicker) out(`  引题：${json.kicker}\n`);
      if (json.subtitle) out(`  副题：${json.subtitle}\n`);
      out(
        `  电头：${when}\n  正文：${json.paragraphs.length} 段，${json.paragraphs.join('').length} 字\n  署名：${names}\n`,
      );
    });
    out(`共 ${reports.length} 篇\n`);
    return 0;
  },
};
