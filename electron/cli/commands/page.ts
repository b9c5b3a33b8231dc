import { chineseDate } from '../../../shared/model/date';
import { presetsStore } from '../../store/presets-store';
import { autoPrintPage } from '../../services/print-pages';
import type { PlainCommand } from '../command';
import { reportsIn, required } from '../io';
import { findPreset, NO_FOLIO, writePdf } from '../pdf-output';

/**
 * `page FILE|- --preset 对开|四开|A3|A4 --out page.pdf`: every report of the
 * file on one page, the first as 头条, laid out automatically; reports that do
 * not fit are refused with how far they overrun.
 */
export const page: PlainCommand = {
  name: 'page',
  usage: [
    'page FILE|- [--preset 对开|四开|A3|A4] [--bleed] --out FILE',
    '                                            把文本文件中的全部稿件自动排成一版（第一篇为头条）并导出 PDF',
  ],
  options: ['preset', 'bleed', 'out'],
  access: 'none',
  async run({ args, values, dataDir, out }) {
    const file = required(args[0], 'page 需要一个文件（或 - 表示标准输入）');
    const target = required(values.out, 'page 需要 --out 指定 PDF 文件');
    const presets = (await presetsStore(dataDir).list()).items;
    const preset = findPreset(presets, values.preset ?? '四开');
    const contents = await reportsIn(file);
    const first = contents.find((c) => c.dateline)?.dateline;
    const printed = autoPrintPage(contents, preset, { ...NO_FOLIO, date: first ? chineseDate(first.date) : '' });
    await writePdf(target, [printed], values.bleed ?? false);
    out(`已导出到 ${target}（${preset.name}，${contents.length} 篇排成一版）\n`);
    return 0;
  },
};
