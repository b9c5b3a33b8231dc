import { CopydeskError } from '../../../shared/ipc/result';
import { plainTextToArticle } from '../../../shared/format/plain-import';
import { parseReports } from '../../../shared/format/parse-reports';
import { reportToContent } from '../../../shared/format/parse-output';
import type { ServiceCommand } from '../command';
import { readText, required } from '../io';

/** `import FILE|-`: every report recognised in a text file, imported together or not at all. */
export const importCommand: ServiceCommand = {
  name: 'import',
  usage: ['import FILE|-                               导入文本文件（UTF-8/UTF-16/GB18030）中识别出的稿件'],
  options: [],
  access: 'write',
  async run({ client, args, out }) {
    const text = await readText(required(args[0], 'import 需要一个文件（或 - 表示标准输入）'));
    if (text.trim() === '') throw new CopydeskError('INVALID_INPUT', '文件是空的，没有可导入的文字。');
    // The reports the parser recognises; text without any is imported whole, first line as the title.
    const { reports, pageDate } = parseReports(text);
    const year = pageDate?.year ?? new Date().getFullYear();
    const contents = reports.length > 0 ? reports.map((r) => reportToContent(r, year)) : [plainTextToArticle(text)];
    const { ids } = await client.call('articles.createMany', { contents });
    for (const id of ids) {
      const article = await client.call('articles.get', { id });
      out(`已导入：${article.id}\t${article.title || '（无标题）'}\t${article.wordCount}字\n`);
    }
    return 0;
  },
};
