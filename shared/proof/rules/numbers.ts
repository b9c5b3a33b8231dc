import type { Finding } from '../finding';
import { blockFindings, type ProofBlock } from '../blocks';

const CN_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  O: '0',
  o: '0',
  '0': '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** A Chinese numeral from 1 to 99 (三, 十八, 二十一) as a number, or null. */
function chineseNumber(text: string): number | null {
  const digit = (c: string | undefined) => (c && /[一二三四五六七八九]/u.test(c) ? Number(CN_DIGITS[c]) : null);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (!m || text === '') return null;
  if (!m[2]) return m[3] || !m[1] ? null : digit(m[1]);
  return (m[1] ? digit(m[1])! : 1) * 10 + (m[3] ? digit(m[3])! : 0);
}

const MULTIPLIER: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * `number.form` (GB/T 15835-2011): a date mixing Chinese and Arabic numerals
 * (二〇二〇年3月); 零, 0 or O in a Chinese-numeral year (二零二〇年); a
 * two-digit year (24年3月); 千/百/十 after Arabic digits (3千人); a range
 * dropping the unit of its first number where that is ambiguous (15～30%,
 * 9～16亿); 号 for 日 in a date (3月18号); a calendar date in Chinese numerals
 * (三月十八日).
 */
export function numberForms(block: ProofBlock): Finding[] {
  const { text } = block;
  const findings: Finding[] = [];
  const add = blockFindings(block, 'number.form', findings);

  // Years in Chinese numerals: 〇 not 零/0/O, and not mixed with an Arabic month.
  for (const m of text.matchAll(/([〇零一二三四五六七八九Oo0]{4})年(\d{1,2}月)?/gu)) {
    const year = m[1]!;
    if (!/[〇零一二三四五六七八九]/u.test(year)) continue;
    const arabic = [...year].map((c) => CN_DIGITS[c]).join('');
    if (m[2]) add(m.index, m[0].length, '日期中汉字数字与阿拉伯数字混用，应统一用阿拉伯数字', `${arabic}年${m[2]}`);
    else if (/[零Oo0]/u.test(year)) add(m.index, 4, '汉字数字年份中的“零”应写作“〇”', year.replace(/[零Oo0]/gu, '〇'));
  }
  // An Arabic year with a Chinese-numeral month, or a whole date in Chinese numerals.
  for (const m of text.matchAll(/(\d{4}年)?([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})[日号]/gu)) {
    const month = chineseNumber(m[2]!);
    const day = chineseNumber(m[3]!);
    if (month === null || day === null || month > 12 || day > 31) continue;
    add(m.index, m[0].length, '公历日期应使用阿拉伯数字', `${m[1] ?? ''}${month}月${day}日`, 'warning');
  }
  for (const m of text.matchAll(/(\d{4})年([一二三四五六七八九十]{1,2})月/gu)) {
    if (findings.some((f) => f.start === block.start + m.index)) continue;
    const month = chineseNumber(m[2]!);
    if (month !== null && month <= 12)
      add(m.index, m[0].length, '日期中汉字数字与阿拉伯数字混用，应统一用阿拉伯数字', `${m[1]}年${month}月`);
  }
  // Two-digit years: ’24年, 24年3月.
  for (const m of text.matchAll(/(?<![\d.])(?:['’‘](\d{2})年|(\d{2})年(?=\d{1,2}月))/gu)) {
    const yy = m[1] ?? m[2]!;
    add(m.index, m[0].length, '年份不能简写，应写全四位', `${Number(yy) > 50 ? '19' : '20'}${yy}年`);
  }
  // 千/百/十 attached to Arabic digits (3千人); units such as 千米, 千克, 千瓦 are fine.
  for (const m of text.matchAll(/(?<![\d.])(\d+(?:\.\d+)?)([千百十])(?![米克瓦伏卡帕兆焦赫分])/gu)) {
    const value = Number(m[1]) * MULTIPLIER[m[2]!]!;
    const exact = Number.isInteger(value) ? String(value) : undefined;
    add(m.index, m[0].length, `“${m[2]}”不与阿拉伯数字连用，应写作${exact ?? '阿拉伯数字'}或全用汉字`, exact);
  }
  // Ranges: keep % / 亿 / 万 on both numbers (15%～30%, 9亿～16亿).
  for (const m of text.matchAll(/(?<![\d.])(\d+(?:\.\d+)?)([～~〜—－-]|至|到)(\d+(?:\.\d+)?)(%|％|亿|万)/gu)) {
    const unit = m[4]!;
    add(m.index, m[0].length, `范围的两个数都应带“${unit}”，以免误解`, `${m[1]}${unit}${m[2]}${m[3]}${unit}`);
  }
  // 号 for 日 in a printed date.
  for (const m of text.matchAll(/(\d{1,2}月\d{1,2})号/gu))
    add(m.index, m[0].length, '日期中应用“日”，不用口语的“号”', `${m[1]}日`, 'warning');
  return findings;
}
