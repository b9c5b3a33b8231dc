import { presetsStore } from '../../store/presets-store';
import { writeFileAtomic } from '../../store/durable-file';
import { encodeHouseText, encodeHtml, renderDocx } from '../../services/export';
import { reportPrintPages } from '../../services/print-pages';
import { UsageError, type PlainCommand } from '../command';
import { normaliseEncoding, reportsIn, required } from '../io';
import { NO_FOLIO, findPreset, warnOverruns, writePdf } from '../pdf-output';

/**
 * `render FILE|- --format pdf|docx|txt|html --out PATH`: every report of a
 * house-format text file, as one PDF (a page each), one Word file (a page
 * each), house-format text (UTF-8 or GB18030, LF or CRLF) or one web page.
 * No data folder is written; the paper's presets are read when there are some.
 */
export const render: PlainCommand = {
  name: 'render',
  usage: [
    'render FILE|- --format pdf|docx|txt|html --out FILE [--encoding utf8|gb18030] [--crlf] [--preset A4]',
    '                                            把文本文件中的每篇稿件导出为 PDF（每篇一页）、Word、版面格式文本或网页',
  ],
  options: ['format', 'out', 'encoding', 'crlf', 'preset'],
  access: 'none',
  async run({ args, values, dataDir, out, err }) {
    const file = required(args[0], 'render 需要一个文件（或 - 表示标准输入）');
    const format = values.format ?? '';
    if (!['pdf', 'docx', 'txt', 'html'].includes(format))
      throw new UsageError(`render 需要 --format pdf、docx、txt 或 html（收到“${format}”）`);
    const target = required(values.out, 'render 需要 --out 指定输出文件');
    const encoding = normaliseEncoding(values.encoding ?? 'utf-8');
    const contents = await reportsIn(file);
    if (format === 'pdf') {
      const presets = (await presetsStore(dataDir).list()).items;
      const pages = reportPrintPages(contents, findPreset(presets, values.preset ?? 'A4'), NO_FOLIO).map((page, i) => ({
        ...page,
        folio: { ...page.folio, pageNumber: i + 1 },
      }));
      await writePdf(target, pages, false);
      warnOverruns(pages, err);
    } else {
      const bytes =
        format === 'docx'
          ? await renderDocx(contents)
          : format === 'html'
            ? await encodeHtml(contents)
            : encodeHouseText(contents, encoding, values.crlf ?? false);
      await writeFileAtomic(target, bytes);
    }
    out(`已导出到 ${target}（${contents.length} 篇）\n`);
    return 0;
  },
};
