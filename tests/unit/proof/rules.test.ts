import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProofreader, proofreadText } from '../../../shared/proof/engine';
import { textBlocks, type ProofBlock } from '../../../shared/proof/blocks';
import { parseGlossaryCsv, glossaryToCsv } from '../../../shared/proof/glossary';
import { LABELLED_CONTEXT } from '../../helpers/proof-eval';

const PAGE = readFileSync(join(__dirname, '../../fixtures/reference/house-format-page.txt'), 'utf8');
const sentence = (text: string, kind: ProofBlock['kind'] = 'paragraph') =>
  createProofreader()
    .check([{ kind, text, start: 0 }], { ...LABELLED_CONTEXT, hasDatelineChip: true, hasBylineBlock: true })
    .map((f) => [f.rule, f.text, f.suggestion]);

describe('the proofreader on the reference page', () => {
  const findings = proofreadText(PAGE, LABELLED_CONTEXT);

  it('finds every half-width mark, the 和和 and each broken line, and nothing else', () => {
    const ascii = [...PAGE.matchAll(/[,;:]/gu)].map((m) => m.index);
    expect(findings.filter((f) => f.rule === 'punct.halfwidth').map((f) => f.start)).toEqual(ascii);
    expect(findings.filter((f) => f.rule === 'repeat.char').map((f) => f.text)).toEqual(['和和']);
    const broken = findings.filter((f) => f.rule === 'format.broken-line');
    expect(broken.map((f) => [PAGE.slice(f.start - 2, f.start), PAGE.slice(f.end, f.end + 2)])).toEqual([
      [',中', '原区'],
      ['有不得'.slice(1), '半点'],
      [',压', '实工'],
      ['区各', '项惠'],
      ['对下', '一步'],
      ['考核', '办法'],
      ['各项', '工作'],
      ['导致的'.slice(1), '漏查'],
    ]);
    expect(findings.length).toBe(ascii.length + 1 + 8);
  });

  it('gives offsets into the text and suggestions that fix it', () => {
    let fixed = PAGE;
    for (const f of [...findings].sort((a, b) => b.start - a.start)) {
      expect(PAGE.slice(f.start, f.end)).toBe(f.text === '' ? PAGE.slice(f.start, f.end) : f.text);
      fixed = fixed.slice(0, f.start) + f.suggestion! + fixed.slice(f.end);
    }
    expect(proofreadText(fixed, LABELLED_CONTEXT)).toEqual([]);
  });
});

describe('rules', () => {
  it('punct.halfwidth: not in numbers, times, URLs or Latin text', () => {
    expect(sentence('增长6.5%,下午15:30开会')).toEqual([['punct.halfwidth', ',', '，']]);
    expect(sentence('见http://a.cn/x.html,或Mr. Smith。')).toEqual([['punct.halfwidth', ',', '，']]);
    expect(sentence('会议(扩大)召开')).toEqual([
      ['punct.halfwidth', '(', '（'],
      ['punct.halfwidth', ')', '）'],
    ]);
  });

  it('punct.pair: unbalanced, crossed, and a quotation over paragraphs', () => {
    expect(sentence('他说：“要抓好落实。')).toEqual([['punct.pair', '“', undefined]]);
    expect(sentence('他说：要抓好落实。”')).toEqual([['punct.pair', '”', undefined]]);
    expect(sentence('《关于（试行》的通知）')).toEqual([
      ['punct.pair', '》', undefined],
      ['punct.pair', '）', undefined],
    ]);
    const quote = textBlocks('标题\n本报讯 3月18日，他说：\n“第一段。\n“第二段。”\n记者 张改华');
    expect(createProofreader().check(quote, LABELLED_CONTEXT)).toEqual([]);
  });

  it('punct.form, repeat.char, repeat.phrase and number.form with their fixes', () => {
    expect(sentence('要抓落实...')).toEqual([['punct.form', '...', '……']]);
    expect(sentence('他说--这是责任。')).toEqual([['punct.form', '--', '——']]);
    expect(sentence('中原区召开会议。', 'title')).toEqual([['punct.form', '。', '']]);
    expect(sentence('统筹推进疫情防控和和其他工作。')).toEqual([['repeat.char', '和和', '和']]);
    expect(sentence('要进一步进一步抓好落实。')).toEqual([['repeat.phrase', '进一步进一步', '进一步']]);
    expect(sentence('共有3千人参加，增长15～30%。')).toEqual([
      ['number.form', '3千', '3000'],
      ['number.form', '15～30%', '15%～30%'],
    ]);
    expect(sentence('二〇二〇年3月18号，会议召开。')).toEqual([
      ['number.form', '二〇二〇年3月', '2020年3月'],
      ['number.form', '3月18号', '3月18日'],
    ]);
  });

  it('glossary: the word list, read from and written to CSV', () => {
    expect(sentence('中原区隆重召开例会。')).toEqual([['glossary', '隆重召开', '召开']]);
    const csv = '\uFEFF词语,建议,说明,级别\r\n隆重召开,召开,例行会议不用“隆重”,warning\r\n';
    const parsed = parseGlossaryCsv(csv);
    expect(parsed.ok && glossaryToCsv(parsed.entries)).toBe(csv);
    expect(parseGlossaryCsv('词语,建议\n,召开\n隆重,,说明,严重\n')).toMatchObject({
      ok: false,
      errors: [{ line: 2 }, { line: 3, message: expect.stringContaining('级别“严重”无效') }],
    });
  });
});

describe('incremental checking', () => {
  it('gives after an edit exactly what a fresh check gives, re-reading only the changed block', () => {
    const blocks = textBlocks(PAGE);
    const proofreader = createProofreader();
    proofreader.check(blocks, LABELLED_CONTEXT);
    const edited = blocks.map((b, i) =>
      i === 5 ? { ...b, text: `${b.text.slice(0, 10)}的的${b.text.slice(10)}` } : b,
    );
    for (let i = 6; i < edited.length; i++) edited[i] = { ...edited[i]!, start: edited[i]!.start + 2 };
    expect(proofreader.check(edited, LABELLED_CONTEXT)).toEqual(createProofreader().check(edited, LABELLED_CONTEXT));
    expect(proofreader.check(edited, LABELLED_CONTEXT).some((f) => f.rule === 'repeat.char' && f.text === '的的')).toBe(
      true,
    );
  });
});

describe('quotations inside quotations (punct.nested)', () => {
  it('flags a double quotation inside a double quotation with the single-quote form', () => {
    expect(sentence('他说：“大家要发扬“钉钉子”精神。”')).toEqual([['punct.nested', '“钉钉子”', '‘钉钉子’']]);
  });

  it('leaves correct nesting, quotations side by side and unbalanced quotes (punct.pair’s) alone', () => {
    for (const text of [
      '他说：“大家要发扬‘钉钉子’精神。”',
      '“两不误”“两促进”要统筹推进。',
      '他说：“大家要发扬“钉钉子精神。',
    ])
      expect(
        sentence(text).filter(([rule]) => rule === 'punct.nested'),
        text,
      ).toEqual([]);
  });
});

describe('names in bylines and photo credits are not first mentions', () => {
  const document = (text: string) =>
    proofreadText(text, LABELLED_CONTEXT)
      .filter((f) => f.rule.startsWith('person.'))
      .map((f) => [f.rule, f.text]);

  it('in the dateline, glued to the last sentence, in a credit, under the headline or in brackets', () => {
    for (const text of [
      '中原区植树\n本报讯（记者 张改华 通讯员 李刚帅）3月18日，机关干部植树。',
      '中原区植树\n本报讯 3月18日，机关干部植树。记者 张改华',
      '中原区植树\n本报讯 3月18日，机关干部植树。\n▲ 植树现场。记者 张改华 摄\n当天共栽植苗木两千余株。',
      '中原区植树\n本报讯 3月18日，机关干部植树。\n▲ 植树现场。张改华/图\n当天共栽植苗木两千余株。',
      '中原区植树\n记者 张改华\n3月18日，机关干部植树。',
    ])
      expect(document(text), text).toEqual([]);
  });

  it('a misspelt name in a byline is still caught, a longer name starting like one is not', () => {
    expect(document('中原区植树\n本报讯 3月18日，机关干部植树。记者 张改化')).toEqual([['person.name', '张改化']]);
    expect(document('中原区植树\n本报讯 3月18日，机关干部植树。\n本报见习记者张旭晖')).toEqual([]);
    expect(document('中原区植树\n本报讯 3月18日，机关干部植树。（谢达成）').length).toBe(0);
  });

  it('while the same name in the story, first without its title, is still one', () => {
    expect(document('中原区植树\n本报讯（记者 张改华）3月18日，张改华在现场看到，机关干部正在植树。')).toEqual([
      ['person.first-mention', '张改华'],
    ]);
  });
});
