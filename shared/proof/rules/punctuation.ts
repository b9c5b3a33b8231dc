import type { Finding } from '../finding';
import { blockFindings, isHeadlineKind, type ProofBlock } from '../blocks';

const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  '.': '。',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

const NAMES: Record<string, string> = {
  ',': '逗号',
  '.': '句号',
  ';': '分号',
  ':': '冒号',
  '?': '问号',
  '!': '叹号',
  '(': '括号',
  ')': '括号',
};

/** Han characters and full-width marks: the text around a mark that makes it Chinese text. */
const isChinese = (c: string | undefined) =>
  c !== undefined && /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…—]/u.test(c);

/** Spans of URLs and e-mail addresses, where ASCII marks belong. */
function latinSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(/(?:https?:\/\/|www\.)[\x21-\x7e]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu)) {
    // Marks right after an address end the sentence, not the address.
    const address = m[0].replace(/[,.;:!?)]+$/u, '');
    spans.push([m.index, m.index + address.length]);
  }
  return spans;
}

/**
 * `punct.halfwidth`: an ASCII , . ; : ? ! ( ) in Chinese text, where
 * GB/T 15834-2011 wants the full-width mark. Not in numbers (3.5, 15:30,
 * 1,000), URLs and e-mail addresses, or Latin text (Mr. Smith), and not the
 * dots of an ellipsis (punct.form's).
 */
export function halfwidthPunctuation(block: ProofBlock): Finding[] {
  const { text } = block;
  const findings: Finding[] = [];
  const latin = latinSpans(text);
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const full = FULL_WIDTH[c];
    if (!full) continue;
    if (latin.some(([s, e]) => i >= s && i < e)) continue;
    const prev = text[i - 1];
    const next = text[i + 1];
    if ((c === '.' || c === ',' || c === ':') && /\d/u.test(prev ?? '') && /\d/u.test(next ?? '')) continue;
    if (c === '.' && (prev === '.' || next === '.')) continue;
    let before = i - 1;
    while (before >= 0 && text[before] === ' ') before--;
    let after = i + 1;
    while (after < text.length && text[after] === ' ') after++;
    // Chinese on either side makes it Chinese text; Latin on both sides (Mr. Smith) does not.
    const chinese = isChinese(text[before]) || isChinese(text[after]);
    if (!chinese) continue;
    findings.push({
      rule: 'punct.halfwidth',
      severity: 'error',
      start: block.start + i,
      end: block.start + i + 1,
      text: c,
      message: `中文里应使用全角${NAMES[c]}“${full}”，不用半角“${c}”`,
      suggestion: full,
    });
  }
  return findings;
}

const OPEN: Record<string, string> = { '“': '”', '‘': '’', '（': '）', '《': '》', '【': '】' };
const CLOSE: Record<string, string> = { '”': '“', '’': '‘', '）': '（', '》': '《', '】': '【' };

/**
 * `punct.pair`: “” ‘’ （） 《》 【】 that do not pair up within a paragraph, or
 * that cross (“…（…”…）). A quotation running over several paragraphs opens
 * “ on each and closes ” once, at the end: an unclosed “ is allowed when the
 * next paragraph opens with “ too. A paragraph broken in the middle
 * (`continues` true for the block after) is checked as one.
 */
/** The paired marks of a text and where they stand (the proofreader keeps them per block). */
export function pairMarks(text: string): Array<[number, string]> {
  return [...text.matchAll(/[“”‘’（）《》【】]/gu)]
    .filter((m) => !(m[0] === '’' && /\d/u.test(text[m.index + 1] ?? ''))) // ’24年: an apostrophe (number.form's)
    .map((m) => [m.index, m[0]]);
}

export function pairedPunctuation(
  blocks: readonly ProofBlock[],
  continues: readonly boolean[],
  marks: ReadonlyArray<ReadonlyArray<readonly [number, string]>> = blocks.map((b) => pairMarks(b.text)),
): Finding[] {
  const findings: Finding[] = [];
  let stack: Array<{ mark: string; at: number }> = [];
  const report = (at: number, mark: string, message: string) =>
    findings.push({ rule: 'punct.pair', severity: 'error', start: at, end: at + 1, text: mark, message });
  blocks.forEach((block, b) => {
    if (!continues[b]) stack = [];
    for (const [i, c] of marks[b]!) {
      if (OPEN[c]) stack.push({ mark: c, at: block.start + i });
      else if (CLOSE[c]) {
        const top = stack.at(-1);
        if (top && top.mark === CLOSE[c]) stack.pop();
        else if (stack.some((s) => s.mark === CLOSE[c])) {
          report(
            block.start + i,
            c,
            `“${c}”与前面的“${top!.mark}”交叉嵌套，应先用“${OPEN[top!.mark]}”闭合“${top!.mark}”`,
          );
          while (stack.length && stack.at(-1)!.mark !== CLOSE[c]) stack.pop();
          stack.pop();
        } else report(block.start + i, c, `“${c}”没有对应的“${CLOSE[c]}”`);
      }
    }
    const next = blocks[b + 1];
    if (next && continues[b + 1]) return;
    for (const open of stack) {
      // A quotation over several paragraphs: “ opens each of them and closes once, at the end.
      if (open.mark === '“' && next && !isHeadlineKind(next.kind) && next.text.startsWith('“') && stack.length === 1)
        continue;
      report(open.at, open.mark, `“${open.mark}”没有对应的“${OPEN[open.mark]}”`);
    }
    stack = [];
  });
  return findings;
}

/**
 * `punct.form`: marks in the wrong form: `...` or `。。。` or a lone … for
 * ……; a lone — or `--` for ——; 、 between adjacent 《》 or “” items; more
 * than three ？！ stacked; a headline ending with 。.
 */
export function punctuationForms(block: ProofBlock): Finding[] {
  const { text } = block;
  const findings: Finding[] = [];
  const add = blockFindings(block, 'punct.form', findings);
  for (const m of text.matchAll(/\.{2,}|。{2,}|…+|·{3,}/gu)) {
    if (m[0] === '……') continue;
    if (m[0].startsWith('.') && /\d/u.test(text[m.index - 1] ?? '') && /\d/u.test(text[m.index + m[0].length] ?? ''))
      continue;
    add(m.index, m[0].length, `省略号应为“……”（两个“…”），不用“${m[0]}”`, '……');
  }
  for (const m of text.matchAll(/(?<![—-])(?:—|--|－－|-{3,})(?![—-])/gu)) {
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    if (m[0] !== '—' && !(/[\p{Script=Han}“”]/u.test(before ?? '') || /[\p{Script=Han}“”]/u.test(after ?? '')))
      continue;
    // A lone — between words is also the connector of GB/T 15834 (北京—上海, 2011—2012年): only one
    // standing where a dash does (after a comma, a full stop or a closing quote, before an opening one,
    // or opening the text) is taken for a short 破折号.
    if (m[0] === '—' && !(m.index === 0 || /[，。”]/u.test(before ?? '') || after === '“')) continue;
    add(m.index, m[0].length, `破折号应为“——”（两个“—”），不用“${m[0]}”`, '——');
  }
  for (const m of text.matchAll(/[》”]、(?=[《“])/gu)) add(m.index + 1, 1, '相邻的书名号或引号之间不用顿号', '');
  for (const m of text.matchAll(/[？！?!]{4,}/gu))
    add(m.index, m[0].length, '问号、叹号连用最多三个', m[0].slice(0, 3));
  if (isHeadlineKind(block.kind) && text.endsWith('。')) add(text.length - 1, 1, '标题末尾不用句号', '');
  return findings;
}

/**
 * `punct.nested`: a double quotation inside a double quotation. GB/T 15834-2011
 * (4.1.3.3): 引号里面还要用引号时，外面一层用双引号，里面一层用单引号 — so
 * `他说：“要发扬“钉钉子”精神。”` needs `‘钉钉子’`. Only a paragraph whose “
 * and ” pair up is read (an unclosed “ is punct.pair's, and a quotation over
 * several paragraphs opens each of them with “).
 */
export function nestedQuotes(block: ProofBlock): Finding[] {
  const { text } = block;
  if (!text.includes('“')) return [];
  const quotes = [...text.matchAll(/[“”]/gu)];
  if (quotes.filter((q) => q[0] === '“').length * 2 !== quotes.length) return [];
  const findings: Finding[] = [];
  const add = blockFindings(block, 'punct.nested', findings);
  const open: number[] = [];
  for (const q of quotes) {
    if (q[0] === '“') {
      open.push(q.index);
      continue;
    }
    const start = open.pop();
    if (start === undefined) return findings; // a ” before its “: punct.pair's
    if (open.length === 0) continue;
    const inner = text.slice(start + 1, q.index);
    add(start, q.index + 1 - start, '引号里面还要用引号时，外面一层用双引号，里面一层用单引号', `‘${inner}’`);
  }
  return findings;
}
