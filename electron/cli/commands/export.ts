import { writeFileAtomic } from '../../store/durable-file';
import { UsageError, type ServiceCommand } from '../command';
import { normaliseEncoding, required } from '../io';

/** `export ID [--format txt|docx|html] [--encoding] [--crlf] [--out FILE]`: one report as a file (or to stdout). */
export const exportCommand: ServiceCommand = {
  name: 'export',
  usage: [
    'export ID [--format txt|docx|html] [--encoding utf-8|gb18030|gbk] [--crlf] [--out FILE]',
    '                                            导出稿件（版面格式文本、Word 或网页）',
  ],
  options: ['format', 'encoding', 'crlf', 'out'],
  access: 'read',
  async run({ client, args, values, out }) {
    const id = required(args[0], 'export 需要稿件编号');
    const format = values.format ?? 'txt';
    if (format !== 'txt' && format !== 'docx' && format !== 'html')
      throw new UsageError(`不支持的导出格式：${format}（支持 txt、docx、html）`);
    const encoding = normaliseEncoding(values.encoding ?? 'utf-8');
    if (format === 'docx' && !values.out) throw new UsageError('导出 Word 文件需要 --out 指定文件');
    const { data } = await client.call('articles.export', {
      id,
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
  },
};
