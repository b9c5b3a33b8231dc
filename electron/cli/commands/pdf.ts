import { readyContent } from '../../../shared/people/content';
import { indexDirectory } from '../../../shared/people/directory';
import type { Client } from '../../../shared/ipc/client';
import { issuePrintPages, reportPrintPages } from '../../services/print-pages';
import { UsageError, type ServiceCommand } from '../command';
import { findPreset, NO_FOLIO, warnOverruns, writePdf } from '../pdf-output';

/** An article ready to print: mentions printed from the directory as it is now; placeholders left refuse it. */
async function printable(client: Client, id: string) {
  return readyContent(await client.call('articles.get', { id }), indexDirectory(await client.call('people.list')));
}

/**
 * `pdf ID [--preset] --out FILE`: one report set on a page; `pdf --issue ID
 * [--page N] [--bleed] --out FILE`: an issue's pages (or one) as laid out in
 * its plan, in one PDF.
 */
export const pdf: ServiceCommand = {
  name: 'pdf',
  usage: [
    'pdf ID [--preset A4|A3|四开|对开] [--grey] --out FILE',
    '                                            把稿件排成一版并导出 PDF（字体嵌入）',
    'pdf --issue ID [--page N] [--bleed] [--grey] --out FILE',
    '                                            按版面计划导出整期或一版 PDF（可加 3 毫米出血和裁切线）',
    '                                            文字和线条只用黑版；--grey 把各版都按黑白版印（不用青、品、黄）',
  ],
  options: ['preset', 'out', 'issue', 'page', 'bleed', 'grey'],
  access: 'read',
  async run({ client, services, args, values, out, err }) {
    const printing = { photos: services.photos, grey: values.grey ?? false };
    const target = values.out;
    if ((!args[0] && !values.issue) || !target)
      throw new UsageError('pdf 需要稿件编号（或 --issue 版面计划编号）和 --out 文件');
    if (values.issue) {
      const issue = await client.call('issues.get', { id: values.issue });
      const { presets } = await client.call('presets.list');
      const pages = await issuePrintPages(issue, presets, (id) => printable(client, id), {
        pageNumbers: values.page ? [Number(values.page)] : undefined,
        masthead: await client.call('masthead.get'),
      });
      await writePdf(target, pages, values.bleed ?? false, printing);
      warnOverruns(pages, err);
      out(`已导出到 ${target}（${pages.length} 个版面${values.bleed ? '，含出血和裁切线' : ''}）\n`);
      return 0;
    }
    const { presets } = await client.call('presets.list');
    const preset = findPreset(presets, values.preset ?? 'a4');
    const article = await printable(client, args[0]!);
    const pages = reportPrintPages([article], preset, { ...NO_FOLIO, pageName: article.page ?? '' });
    await writePdf(target, pages, false, printing);
    warnOverruns(pages, err);
    out(`已导出到 ${target}（${preset.name}，${preset.widthMm} × ${preset.heightMm} 毫米）\n`);
    return 0;
  },
};
