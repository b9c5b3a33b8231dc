import type { Finding } from '../finding';
import { blockFindings, endsParagraph, isBodyKind, type ProofBlock } from '../blocks';
import { leftPlaceholders } from '../../format/placeholders';
import { gluedByline } from '../../format/byline-text';
import { parseLead } from '../../format/dateline';

/**
 * `format.placeholder`: a placeholder its template inserted, such as
 * 【主持人】, left in the copy; or one split by text put inside it
 * (`【参会区领导乔耸、…领导】`, a list inserted with the caret in the label),
 * which hides both the unfilled label and the words around it. The fix for a
 * split one keeps what was put inside and drops the label's pieces.
 */
export function placeholders(block: ProofBlock, labels: readonly string[] = []): Finding[] {
  return leftPlaceholders(block.text, labels).map((p) => ({
    rule: 'format.placeholder',
    severity: 'error' as const,
    start: block.start + p.start,
    end: block.start + p.end,
    text: block.text.slice(p.start, p.end),
    ...(p.inside === undefined
      ? { message: `模板占位符“${p.label}”还没有填写` }
      : { message: `模板占位符“${p.label}”被插入的内容拆开了，请删去占位符的残余`, suggestion: p.inside }),
  }));
}

/**
 * For each block, whether it continues the sentence of the body block before
 * it: that block ends without closing punctuation (a paragraph broken in the
 * middle, as PDF extraction leaves them).
 */
export function continuations(blocks: readonly ProofBlock[]): boolean[] {
  return blocks.map((block, i) => {
    const prev = blocks[i - 1];
    return Boolean(
      prev &&
      isBodyKind(prev.kind) &&
      block.kind === 'paragraph' &&
      !endsParagraph(prev.text) &&
      !gluedByline(prev.text),
    );
  });
}

/** `format.broken-line`: a paragraph that stops mid-sentence and goes on in the next one. */
export function brokenLines(blocks: readonly ProofBlock[], continues: readonly boolean[]): Finding[] {
  const findings: Finding[] = [];
  blocks.forEach((block, i) => {
    if (!continues[i]) return;
    const prev = blocks[i - 1]!;
    const end = prev.start + prev.text.length;
    findings.push({
      rule: 'format.broken-line',
      severity: 'error',
      start: end,
      end: block.start,
      text: '',
      message: `段落在句子中间断开（“${prev.text.slice(-6)}”与“${block.text.slice(0, 6)}”），应接成一段`,
      suggestion: '',
    });
  });
  return findings;
}

/**
 * `format.dateline`: a body without a 本报讯 lead, or a lead whose dateline
 * is not in the house form (`本报讯 3月18日上午，`: a space after the source).
 */
export function datelineFormat(blocks: readonly ProofBlock[], hasDatelineChip = false): Finding[] {
  const findings: Finding[] = [];
  const body = blocks.filter((b) => isBodyKind(b.kind));
  if (body.length === 0) return findings;
  const leads = body.filter((b) => b.kind === 'lead');
  if (leads.length === 0 && !hasDatelineChip) {
    // A place, not a span: where the dateline should go (nothing is underlined under the cursor).
    const first = body[0]!;
    findings.push({
      rule: 'format.dateline',
      severity: 'warning',
      start: first.start,
      end: first.start,
      text: '',
      message: '导语缺少电头（如“本报讯 3月18日上午，”）',
    });
  }
  for (const lead of leads) {
    const m = /^(本报讯|本网讯)(\d{1,2}月\d{1,2}日)/u.exec(lead.text);
    if (m)
      blockFindings(lead, 'format.dateline', findings)(
        0,
        m[0].length,
        `电头“${m[1]}”与日期之间应空一格`,
        `${m[1]} ${m[2]}`,
        'warning',
      );
  }
  return findings;
}

/**
 * `format.byline`: a report without a byline, or a byline not in the house
 * form (`记者：张改华`, `记者张改华` for `记者 张改华`).
 */
export function bylineFormat(blocks: readonly ProofBlock[], hasBylineBlock = false): Finding[] {
  const findings: Finding[] = [];
  const body = blocks.filter((b) => isBodyKind(b.kind));
  const bylines = blocks.filter((b) => b.kind === 'byline');
  const last = body.at(-1);
  // A byline named in the dateline (本报讯（记者 X）…) signs the report too.
  const inLead = body.some((b) => b.kind === 'lead' && parseLead(b.text)?.byline);
  if (!hasBylineBlock && body.length > 0 && bylines.length === 0 && !inLead && last && !gluedByline(last.text)) {
    // A place, not a span: the end of the copy, where the byline should follow.
    findings.push({
      rule: 'format.byline',
      severity: 'warning',
      start: last.start + last.text.length,
      end: last.start + last.text.length,
      text: '',
      message: '稿件末尾缺少署名（如“记者 张改华”）',
    });
  }
  for (const byline of bylines) {
    const add = blockFindings(byline, 'format.byline', findings);
    for (const m of byline.text.matchAll(/(记者|通讯员|摄影|实习生|见习记者)(?:[:：]\s*|(?=\p{Script=Han}))/gu)) {
      add(m.index, m[0].length, `署名中身份与姓名之间空一格：“${m[1]} 姓名”`, `${m[1]} `, 'warning');
    }
  }
  return findings;
}
