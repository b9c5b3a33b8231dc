import type { Finding } from '../finding';
import { blockFindings, type ProofBlock } from '../blocks';

/**
 * Characters that are never doubled in written Chinese: function words,
 * pronouns, adverbs. Doubling one is a slip (和和, 的的, 在在). Characters
 * that reduplicate normally (常常, 天天, 人人, 看看, 谢谢, 个个, 等等, 了了) are
 * not here. A judgement, kept small for precision.
 */
const NEVER_DOUBLED = new Set([
  ...'的和在是与及对把被从向为将就并而但于其这那有我你他她它们也都又还很最更已让给比跟由按或即如若且所该各每此要',
]);

/**
 * Words ending in one of those characters: the same character after them
 * starts the next word (目的的, 主要要求, 存在在于), so the pair is not a slip.
 * (The labelled set's builder uses it too, to double only where a slip is one.)
 */
export const WORDS_ENDING: ReadonlySet<string> = new Set([
  '目的',
  '有的',
  '是的',
  '似的',
  '主要',
  '重要',
  '需要',
  '必要',
  '只要',
  '想要',
  '纪要',
  '摘要',
  '提要',
  '不要',
  '将要',
  '就要',
  '还要',
  '也要',
  '更要',
  '都要',
  '首要',
  '概要',
  '存在',
  '现在',
  '正在',
  '实在',
  '所在',
  '自在',
  '内在',
  '外在',
  '潜在',
  '好在',
  '平和',
  '总和',
  '缓和',
  '温和',
  '柔和',
  '于是',
  '但是',
  '就是',
  '还是',
  '或是',
  '只是',
  '凡是',
  '可是',
  '总是',
  '若是',
  '正是',
  '真是',
  '要是',
  '倒是',
  '而是',
  '不是',
  '面对',
  '针对',
  '相对',
  '反对',
  '核对',
  '应对',
  '比对',
  '作为',
  '成为',
  '认为',
  '行为',
  '因为',
  '以为',
  '称为',
  '视为',
  '更为',
  '较为',
  '极为',
  '最为',
  '尤为',
  '广为',
  '大为',
  '参与',
  '给与',
  '并且',
  '合并',
  '兼并',
  '而且',
  '或者',
  '其中',
  '尤其',
  '极其',
  '与其',
  '这个',
  '那个',
]);

/** Two-character verbs whose ABAB reduplication (研究研究) is normal, if informal. */
const ABAB_VERBS = new Set([
  '研究',
  '讨论',
  '学习',
  '考虑',
  '商量',
  '休息',
  '活动',
  '锻炼',
  '打扫',
  '整理',
  '收拾',
  '介绍',
  '了解',
  '检查',
  '比较',
  '说明',
  '准备',
  '交流',
  '体验',
  '思考',
  '琢磨',
  '打听',
  '熟悉',
  '总结',
  '练习',
  '调查',
  '分析',
  '尝试',
  '欣赏',
  '清理',
  '整顿',
  '批评',
  '教育',
  '帮助',
  '关心',
  '放松',
  '表扬',
  '鼓励',
  '合计',
  '溜达',
  '比划',
  '试验',
]);

/** Words ending in 了 after which 了 opens the next word (为了了解, 除了了结). */
const ENDS_WITH_LE = new Set(['为了', '除了', '罢了', '算了', '忘了', '到了', '好了']);

/**
 * True when 了了 at `at` is written on purpose: the idiom (不了了之, 不甚了了,
 * 小时了了, 了了分明) or a word ending in 了 before one opening with it
 * (为了了解). Otherwise 了了 is a slip (察看了了水厂).
 */
function isWordLeLe(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 2), at);
  const after = text.slice(at + 2, at + 4);
  if (/[不甚时]$/u.test(before) || /^(?:之|分明)/u.test(after)) return true;
  return ENDS_WITH_LE.has(text.slice(at - 1, at + 1)) && /^(?:解|结|却|如|不起|得)/u.test(after);
}

/**
 * `repeat.char`: a character written twice by mistake (和和, 的的, 在在),
 * but not AABB forms (的的确确, 是是非非) or characters that reduplicate.
 */
export function repeatedCharacters(block: ProofBlock): Finding[] {
  const { text } = block;
  const findings: Finding[] = [];
  const add = blockFindings(block, 'repeat.char', findings);
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (c !== text[i - 1]) continue;
    if (c === '了') {
      if (isWordLeLe(text, i - 1)) continue;
    } else if (!NEVER_DOUBLED.has(c)) continue;
    if (WORDS_ENDING.has(text.slice(i - 2, i))) continue; // 目的的, 主要要求
    if (text[i + 1] !== undefined && text[i + 1] === text[i + 2] && text[i + 1] !== c) continue; // AABB
    if (text[i - 2] !== undefined && text[i - 2] === text[i - 3] && text[i - 2] !== c) continue; // BBAA
    add(i - 1, 2, `“${c}”重复，可能是多打了一个字`, c);
    i++;
  }
  return findings;
}

/**
 * `repeat.phrase`: the same phrase of two or more characters twice in a row
 * (进一步进一步). Not ABAB verbs (研究研究), counting forms (一个一个,
 * 一天一天), or a character's own AA run (天天天天 is repeat.char's or none).
 */
export function repeatedPhrases(block: ProofBlock): Finding[] {
  const { text } = block;
  const findings: Finding[] = [];
  const add = blockFindings(block, 'repeat.phrase', findings);
  const re = /(\p{Script=Han}{2,8}?)\1/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const phrase = m[1]!;
    const skip =
      (phrase.length === 2 && ABAB_VERBS.has(phrase)) ||
      phrase.startsWith('一') ||
      new Set(phrase).size === 1 ||
      /^[〇零一二三四五六七八九十百千万]+$/u.test(phrase);
    if (skip) {
      re.lastIndex = m.index + 1;
      continue;
    }
    add(m.index, m[0].length, `“${phrase}”连写了两遍`, phrase);
  }
  return findings;
}
