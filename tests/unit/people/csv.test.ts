import { describe, expect, it } from 'vitest';
import {
  csvErrorsMessage,
  directoryToCsv,
  parseCsvDate,
  parseCsvRows,
  parseDirectoryCsv,
} from '../../../shared/people/csv';
import { decodeText } from '../../../shared/text/decode';
import { asPeople, SAMPLE_CSV } from '../../helpers/sample-directory';

const HEADER = '姓名,类别,职务,单位,排序,起始日期,截止日期';

/** GB18030 bytes of a string (Node's TextEncoder writes only UTF-8; iconv-lite comes with electron-builder's tree). */
async function gb18030(text: string): Promise<Uint8Array> {
  const iconv = await import('iconv-lite');
  return new Uint8Array(iconv.encode(text, 'gb18030'));
}

describe('directory CSV', () => {
  it('reads the sample directory: 23 people, leaders ranked, reporters and correspondents unranked', () => {
    const parsed = parseDirectoryCsv(SAMPLE_CSV);
    if (!parsed.ok) throw new Error(csvErrorsMessage(parsed.errors));
    expect(parsed.people).toHaveLength(23);
    const qiao = parsed.people.find((p) => p.name === '乔耸')!;
    expect(qiao).toEqual({
      name: '乔耸',
      category: '领导',
      organisation: '中原区',
      periods: [{ title: '中原区委书记', rank: 1, from: null, to: null }],
    });
    expect(parsed.people.find((p) => p.name === '张改华')).toMatchObject({
      category: '记者',
      periods: [{ title: '记者', rank: null, from: null, to: null }],
    });
  });

  it('reads UTF-8 with BOM and GB18030 files alike, quoted cells and spreadsheet date forms', async () => {
    const text = [
      '\uFEFF' + HEADER,
      '李晓雷,领导,中原区副区长,中原区,9,2016/1/1,2019/12/31',
      '李晓雷,领导,"中原区委副书记、区长",中原区,2,2020年1月1日,',
      '"张 改华",记者,,本报,,,',
    ].join('\r\n');
    for (const bytes of [new TextEncoder().encode(text), await gb18030(text.slice(1))]) {
      const decoded = decodeText(bytes).text;
      const parsed = parseDirectoryCsv(decoded);
      if (!parsed.ok) throw new Error(csvErrorsMessage(parsed.errors));
      expect(parsed.people).toEqual([
        {
          name: '李晓雷',
          category: '领导',
          organisation: '中原区',
          periods: [
            { title: '中原区副区长', rank: 9, from: '2016-01-01', to: '2019-12-31' },
            { title: '中原区委副书记、区长', rank: 2, from: '2020-01-01', to: null },
          ],
        },
        { name: '张改华', category: '记者', organisation: '本报', periods: [] },
      ]);
    }
  });

  it('reports every bad row by its line number and imports nothing', () => {
    const text = [
      HEADER,
      '乔耸,领导,中原区委书记,中原区,1,,',
      '李晓雷,书记,区长,中原区,2,,',
      '"杜建强",领导,"多行',
      '职务",中原区,三,,',
      '薛晓军,领导,,中原区,4,2020-02-30,',
      '乔耸,领导,中原区委副书记,中原区,1,2019-01-01,2020-06-30',
      ',领导,,中原区,5,,',
      'Alice,其他,,,,,',
    ].join('\n');
    const parsed = parseDirectoryCsv(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => e.line)).toEqual([3, 4, 6, 7, 8, 9]);
    expect(parsed.errors[0]!.message).toContain('类别“书记”无效');
    expect(parsed.errors[1]!.message).toContain('排序“三”');
    expect(parsed.errors[2]!.message).toContain('起始日期“2020-02-30”无效');
    expect(parsed.errors[3]!.message).toContain('任职时段重叠');
    expect(parsed.errors[3]!.message).toContain('第 2 行');
    expect(parsed.errors[4]!.message).toContain('姓名至少 2 个字');
    expect(parsed.errors[5]!.message).toContain('姓名只能由汉字组成');
    const message = csvErrorsMessage(parsed.errors);
    expect(message).toMatch(/^人员表有 6 处问题，未导入任何人员：\n第 3 行：李晓雷：类别/);
  });

  it('refuses a file without the header row, an empty file and a header alone', () => {
    expect(parseDirectoryCsv('乔耸,领导\n')).toMatchObject({ ok: false, errors: [{ line: 1 }] });
    expect(parseDirectoryCsv('')).toMatchObject({ ok: false, errors: [{ message: '文件是空的，没有人员' }] });
    expect(parseDirectoryCsv(`${HEADER}\n\n`)).toMatchObject({ ok: false, errors: [{ message: '表头之后没有人员' }] });
  });

  it('accepts the columns in any order and only 姓名 and 类别 required', () => {
    const parsed = parseDirectoryCsv('类别,姓名,排序\n领导,乔耸,1\n');
    expect(parsed).toEqual({
      ok: true,
      people: [
        { name: '乔耸', category: '领导', organisation: '', periods: [{ title: '', rank: 1, from: null, to: null }] },
      ],
    });
  });

  it('writes CSV that Excel opens (BOM, CRLF, quoted cells, no formulas) and that reads back the same', () => {
    const parsed = parseDirectoryCsv(SAMPLE_CSV);
    if (!parsed.ok) throw new Error('sample');
    const tricky = { name: '王五', category: '其他' as const, organisation: '=HYPERLINK("x")', periods: [] };
    const people = asPeople([...parsed.people, tricky]);
    const csv = directoryToCsv(people);
    expect(csv.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(csv).toContain('李晓雷,领导,中原区委副书记、区长,中原区,2,,\r\n');
    expect(csv).toContain(`王五,其他,,"'=HYPERLINK(""x"")",,,`);
    const back = parseDirectoryCsv(csv);
    expect(back).toEqual({ ok: true, people: [...parsed.people, tricky] });
  });

  it('splits rows with quotes, commas and line breaks inside cells, remembering each row’s first line', () => {
    expect(parseCsvRows('a,"b,c"\r\n"d\ne","f""g"\n\nh').rows).toEqual([
      { line: 1, fields: ['a', 'b,c'] },
      { line: 2, fields: ['d\ne', 'f"g'] },
      { line: 5, fields: ['h'] },
    ]);
    expect(parseCsvDate('2020.3.8')).toEqual({ ok: true, value: '2020-03-08' });
    expect(parseCsvDate('3/8/2020')).toEqual({ ok: false });
  });

  it('refuses a file with an unclosed quote instead of swallowing the rows after it into one cell', () => {
    const text = `${HEADER}\n张三,领导,区长,中原区,1,,\n孙八,领导,"未闭合引号,中原区,2,,\n李四,领导,副区长,中原区,3,,\n王五,其他,,,,,\n`;
    const parsed = parseDirectoryCsv(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual([{ line: 3, message: expect.stringMatching(/^引号没有闭合/) }]);
    expect(csvErrorsMessage(parsed.errors)).toMatch(/第 3 行：引号没有闭合.*\n?/);
    // A quote closed and then followed by more text in the same cell is refused too.
    const stray = parseDirectoryCsv(`${HEADER}\n孙八,领导,"区长"助理,中原区,2,,\n`);
    expect(stray).toEqual({ ok: false, errors: [{ line: 2, message: expect.stringMatching(/^引号不成对/) }] });
  });

  it.each(['1e3', '0x10', '1.0', ' 2 3', '-1', '100000', 'Infinity'])('refuses %j as a protocol rank', (rank) => {
    const parsed = parseDirectoryCsv(`${HEADER}\n乔耸,领导,区委书记,中原区,${rank},,\n`);
    expect(parsed.ok).toBe(false);
  });
});
