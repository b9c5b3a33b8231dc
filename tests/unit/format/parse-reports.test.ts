import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLead, parseReports, splitTitleLine } from '../../../shared/format/parse-reports';
import { parseBylineText } from '../../../shared/format/byline-text';
import { datelineDateProblem, reportToContent, reportToJson } from '../../../shared/format/parse-output';
import type { ArticleContent } from '../../../shared/model/article';

const PAGE = readFileSync(join(__dirname, '../../fixtures/reference/house-format-page.txt'), 'utf8');
const REFERENCE = JSON.parse(
  readFileSync(join(__dirname, '../../fixtures/house-format/reference-reports.json'), 'utf8'),
) as ArticleContent[];

const texts = (text: string) => parseReports(text).reports.map((r) => reportToJson(r));

describe('parsing the reference page', () => {
  const { reports } = parseReports(PAGE);

  it('finds exactly six reports, with their datelines, paragraph counts and bylines', () => {
    expect(reports).toHaveLength(6);
    expect(reports.map((r) => `${r.dateline!.month}月${r.dateline!.day}日${r.dateline!.timeOfDay ?? ''}`)).toEqual([
      '3月18日上午',
      '3月16日下午',
      '3月16日下午',
      '3月15日上午',
      '3月19日',
      '3月18日下午',
    ]);
    expect(reports.map((r) => r.paragraphs.length)).toEqual([4, 4, 3, 3, 2, 4]);
    expect(reports[4]!.byline).toEqual({
      reporters: ['张改华'],
      correspondents: [],
      photographers: [],
      interns: [],
      layout: 'glued',
    });
    expect(reports[2]!.kicker).toBe('想企业所想、急企业所急');
  });

  it('reads every report exactly as the hand-made fixtures of the page (year 2020)', () => {
    // The fixtures also carry the kind and page the desk gave them; the page's text has neither.
    expect(reports.map((r) => reportToContent(r, 2020))).toEqual(
      REFERENCE.map((r) => ({ ...r, kind: null, page: null, proofIgnores: [], placeholders: [] })),
    );
  });

  it('keeps the source’s characters: half-width commas and 和和 are the proofreader’s', () => {
    const second = reports[0]!.paragraphs[1]!.children[0]!.text;
    expect(second).toContain('疫情防控和和其他重点工作,进一步');
    expect(second).toContain('乔耸表示,中原区疫情防控工作'); // 中 / 原区 joined
  });

  it('prints the documented JSON', () => {
    const json = reportToJson(reports[0]!);
    expect(Object.keys(json)).toEqual([
      'kicker',
      'title',
      'subtitle',
      'dateline',
      'paragraphs',
      'reporters',
      'correspondents',
      'photographers',
    ]);
    expect(json.dateline).toEqual({ source: '本报讯', month: 3, day: 18, timeOfDay: '上午' });
    expect(json.paragraphs[0]!.startsWith('中原区委书记乔耸主持召开')).toBe(true);
    expect(json.reporters).toEqual(['张改华']);
    expect(json.correspondents).toEqual(['木坤坤', '郝欢欢']);
    expect(reportToJson(reports[4]!).paragraphs.at(-1)!.endsWith('提前做好防范应对。')).toBe(true);
  });

  it('takes the year from the page header when there is one, and drops page furniture', () => {
    const dump = `第06版:区街新闻\n2020年3月20日 星期五\n${PAGE}\n下转六版\n责任编辑：王五\n`;
    const result = parseReports(dump);
    expect(result.reports).toHaveLength(6);
    expect(result.pageDate).toEqual({ year: 2020, month: 3, day: 20 });
    expect(result.dropped).toEqual(
      ['2020年3月20日 星期五', '第06版:区街新闻', '下转六版', '责任编辑：王五'].sort(
        (a, b) => dump.indexOf(a) - dump.indexOf(b),
      ),
    );
    expect(result.reports.at(-1)!.paragraphs).toHaveLength(4);
  });
});

describe('dateline variants', () => {
  it.each([
    ['本报讯 3月18日上午，会议召开。', { source: '本报讯', month: 3, day: 18, timeOfDay: '上午' }, '会议召开。'],
    ['本网讯 3月18日，会议召开。', { source: '本网讯', month: 3, day: 18, timeOfDay: null }, '会议召开。'],
    ['本报讯 近日，会议召开。', { source: '本报讯', month: null, day: null, timeOfDay: null }, '会议召开。'],
    ['本报讯 昨日上午，会议召开。', { source: '本报讯', month: null, day: null, timeOfDay: '上午' }, '会议召开。'],
    ['本报讯 日前，会议召开。', { source: '本报讯', month: null, day: null, timeOfDay: null }, '会议召开。'],
    ['本报讯 2020年3月18日下午，会议召开。', { source: '本报讯', month: 3, day: 18, timeOfDay: '下午' }, '会议召开。'],
    [
      '本报讯（记者 张改华 通讯员 李刚帅）3月18日，会议召开。',
      { source: '本报讯', month: 3, day: 18, timeOfDay: null },
      '会议召开。',
    ],
    [
      '本报讯 记者 刘 招 报道 3月18日，会议召开。',
      { source: '本报讯', month: 3, day: 18, timeOfDay: null },
      '会议召开。',
    ],
    ['本报讯 中原区召开会议。', { source: '本报讯', month: null, day: null, timeOfDay: null }, '中原区召开会议。'],
    ['本报北京3月18日电 会议召开。', { source: '本报北京3月18日电', month: 3, day: 18, timeOfDay: null }, '会议召开。'],
  ])('%s', (lead, dateline, paragraph) => {
    const [report] = texts(`中原区召开会议\n${lead}\n`);
    expect(report!.dateline).toEqual(dateline);
    expect(report!.paragraphs).toEqual([paragraph]);
  });

  it('reads the year and the bylines named in the dateline', () => {
    expect(parseLead('本报讯 2020年3月18日下午，')?.dateline).toMatchObject({
      year: 2020,
      prefix: '本报讯 2020年3月18日下午，',
    });
    expect(parseLead('本报讯（记者 张改华 通讯员 李刚帅）3月18日，x')?.byline).toEqual({
      reporters: ['张改华'],
      correspondents: ['李刚帅'],
      photographers: [],
      interns: [],
    });
    expect(parseLead('本报讯 记者 刘 招 报道 3月18日，x')?.byline?.reporters).toEqual(['刘招']);
    expect(parseLead('本报记者张改华')).toBeNull();
  });

  it('names a date that does not exist, for the review to show where it is typed', () => {
    const [wrong] = parseReports('中原区召开会议\n本报讯 2月30日，会议召开。\n').reports;
    expect(datelineDateProblem(wrong!, 2026)).toBe('2026年2月没有30日，请改正电头日期');
    expect(datelineDateProblem({ ...wrong!, dateline: { ...wrong!.dateline!, month: 13 } }, 2026)).toBe(
      '没有13月，请改正电头日期',
    );
    const [leap] = parseReports('中原区召开会议\n本报讯 2月29日，会议召开。\n').reports;
    expect(datelineDateProblem(leap!, 2024)).toBeNull();
    expect(datelineDateProblem(leap!, 2026)).toBe('2026年2月没有29日，请改正电头日期');
    const [lastYear] = parseReports('中原区召开会议\n本报讯 去年2月29日，会议召开。\n').reports;
    expect(datelineDateProblem(lastYear!, 2025)).toBeNull();
  });

  it('keeps a dateline the chip cannot hold in the lead, as written', () => {
    const [near] = parseReports('中原区召开会议\n本报讯 近日，会议召开。\n').reports;
    const content = reportToContent(near!, 2026);
    expect(content.dateline).toBeNull();
    expect(content.body[0]!.children[0]!.text).toBe('本报讯 近日，会议召开。');
    const [dated] = parseReports('中原区召开会议\n本报讯 3月18日上午，会议召开。\n').reports;
    expect(reportToContent(dated!, 2026).dateline).toEqual({ source: '本报讯', date: '2026-03-18', timeOfDay: '上午' });
    const [wrong] = parseReports('中原区召开会议\n本报讯 2月30日，会议召开。\n').reports;
    expect(reportToContent(wrong!, 2026).body[0]!.children[0]!.text).toBe('本报讯 2月30日，会议召开。');
  });
});

describe('byline variants', () => {
  const body = '中原区召开会议\n本报讯 3月18日，会议召开。\n会议强调，要抓好落实。';
  const byline = (text: string) => {
    const [r] = parseReports(text).reports;
    return { ...r!.byline, last: reportToJson(r!).paragraphs.at(-1) };
  };

  it('on its own lines, one role a line or all on one line', () => {
    expect(byline(`${body}\n记者 张改华\n通讯员 木坤坤 郝欢欢`)).toMatchObject({
      reporters: ['张改华'],
      correspondents: ['木坤坤', '郝欢欢'],
      layout: 'lines',
      last: '会议强调，要抓好落实。',
    });
    expect(byline(`${body}\n记者 张改华 通讯员 张莉 崔捷`)).toMatchObject({
      correspondents: ['张莉', '崔捷'],
      layout: 'inline',
    });
  });

  it('glued to the last sentence, or in brackets on its own line or glued', () => {
    expect(byline(`${body}记者 张改华`)).toMatchObject({
      reporters: ['张改华'],
      layout: 'glued',
      last: '会议强调，要抓好落实。',
    });
    expect(byline(`${body}\n（记者 张改华）`)).toMatchObject({ reporters: ['张改华'], last: '会议强调，要抓好落实。' });
    expect(byline(`${body}(本网记者:刘招)`)).toMatchObject({ reporters: ['刘招'], last: '会议强调，要抓好落实。' });
  });

  it('with 摄影, 文/图, 实习生, 见习记者 and padded names', () => {
    expect(byline(`${body}\n文/图 刘 招\n实习生 王小明\n见习记者 李四 摄影 赵 武`)).toMatchObject({
      reporters: ['刘招', '李四'],
      photographers: ['刘招', '赵武'],
      interns: ['王小明'],
    });
  });

  it('lays out a one-line byline the same way with or without a dateline', () => {
    for (const text of [
      `${body}\n记者 张改华 通讯员 张莉`,
      '中原区召开会议\n会议强调，要抓好落实。\n记者 张改华 通讯员 张莉',
    ])
      expect(byline(text), text).toMatchObject({ reporters: ['张改华'], correspondents: ['张莉'], layout: 'inline' });
  });

  it('never takes a sentence for a byline', () => {
    for (const text of ['记者从会上了解到，该项目进展顺利。', '图为会议现场', '通讯员', '记者 张改华 说了算的事情']) {
      expect(parseBylineText(text), text).toBeNull();
    }
    expect(byline(`${body}\n记者从会上了解到，该项目进展顺利。`)).toMatchObject({
      reporters: [],
      last: '记者从会上了解到，该项目进展顺利。',
    });
  });
});

describe('structure', () => {
  it('kicker on its own line, subtitle after a space or on a line of its own opening with a dash', () => {
    expect(texts('想企业所想、急企业所急\n中原区领导深入开展“三送一强”活动\n本报讯 3月16日，正文。')[0]).toMatchObject({
      kicker: '想企业所想、急企业所急',
      title: '中原区领导深入开展“三送一强”活动',
      subtitle: null,
    });
    expect(texts('中原区召开推进会\n——努力把一个个盆景汇聚成风景\n本报讯 3月16日，正文。')[0]).toMatchObject({
      kicker: null,
      title: '中原区召开推进会',
      subtitle: '——努力把一个个盆景汇聚成风景',
    });
    expect(splitTitleLine('抓防控 促发展 中原区召开会议')).toEqual({
      title: '抓防控 促发展',
      subtitle: '中原区召开会议',
    });
    expect(splitTitleLine('中原区召开会议  精准  助力')).toEqual({ title: '中原区召开会议', subtitle: '精准 助力' });
  });

  it('joins lines broken mid-sentence, even mid-word, but keeps 小标题 and ▲ captions apart', () => {
    const text = [
      '中原区召开会议',
      '本报讯 3月18日，乔耸表示，中',
      '',
      '原区疫情防控工作取得成效。',
      '一、压实责任',
      '要压',
      '实工作责任。',
      '▲ 会议现场。 记者 张改华 摄',
      '二是要形成合力。',
    ].join('\n');
    const [report] = parseReports(text).reports;
    expect(report!.paragraphs).toEqual([
      { type: 'paragraph', children: [{ text: '乔耸表示，中原区疫情防控工作取得成效。' }] },
      { type: 'subheading', children: [{ text: '一、压实责任' }] },
      { type: 'paragraph', children: [{ text: '要压实工作责任。' }] },
      { type: 'paragraph', children: [{ text: '▲ 会议现场。 记者 张改华 摄' }] },
      { type: 'paragraph', children: [{ text: '二是要形成合力。' }] },
    ]);
  });

  it('separates reports without bylines by their headlines', () => {
    const result = texts(
      '第一篇的标题\n本报讯 3月1日，第一篇正文。\n第二段。\n第二篇的标题 副题在这里\n本报讯 3月2日，第二篇正文。',
    );
    expect(result.map((r) => [r.title, r.subtitle, r.paragraphs.length])).toEqual([
      ['第一篇的标题', null, 2],
      ['第二篇的标题', '副题在这里', 1],
    ]);
  });

  it('reads one report without a dateline, and nothing from text that is not a report', () => {
    expect(texts('中原区召开会议\n会议强调，要抓好落实。\n记者 张改华')).toEqual([
      {
        kicker: null,
        title: '中原区召开会议',
        subtitle: null,
        dateline: null,
        paragraphs: ['会议强调，要抓好落实。'],
        reporters: ['张改华'],
        correspondents: [],
        photographers: [],
      },
    ]);
    expect(texts('')).toEqual([]);
    expect(texts('好的，收到。\n明天见。')).toEqual([]);
    expect(texts('只有一行')).toEqual([]);
  });

  it('keeps bold and Word headings from Word paragraphs', () => {
    const [report] = parseReports([
      { text: '中原区召开会议', heading: true },
      {
        text: '本报讯 3月18日，乔耸主持会议。',
        leaves: [{ text: '本报讯 3月18日，' }, { text: '乔耸', bold: true }, { text: '主持会议。' }],
      },
      { text: '工作要求', heading: true },
      { text: '要抓好落实。' },
    ]).reports;
    expect(report!.title).toBe('中原区召开会议');
    expect(report!.paragraphs).toEqual([
      { type: 'paragraph', children: [{ text: '乔耸', bold: true }, { text: '主持会议。' }] },
      { type: 'subheading', children: [{ text: '工作要求' }] },
      { type: 'paragraph', children: [{ text: '要抓好落实。' }] },
    ]);
  });
});

describe('copy from other papers and websites', () => {
  it('drops the pinyin a converter wrote after characters, and reads the traditional dateline under it', () => {
    const [report] = parseReports(
      '村裡辦起春晚\n梅州網(wǎng)訊(梅州報業(yè)全媒體記者 張勁松)3月18日中午,村民自編自演的節目上演。',
    ).reports;
    expect(report!.dateline).toMatchObject({ source: '梅州網訊', month: 3, day: 18, timeOfDay: '中午' });
    expect(report!.byline.reporters).toEqual(['張勁松']);
  });

  it('takes no sentence for a source: 喜讯, 通讯 and a title ending in 记者节 are text', () => {
    expect(parseLead('喜讯传来，全县粮食再获丰收。')).toBeNull();
    expect(parseLead('通讯员队伍是一支生力军。')).toBeNull();
    expect(parseBylineText('青河县召开记者节座谈会')).toBeNull();
  });

  it('keeps ordinary text that looks like furniture when it is a sentence', () => {
    const [report] = parseReports(
      '县政府发布通知\n本报讯 3月18日，县政府发布通知。\n通知的发布时间为3月18日，来源为县政府办公室。',
    ).reports;
    expect(reportToJson(report!).paragraphs).toEqual([
      '县政府发布通知。',
      '通知的发布时间为3月18日，来源为县政府办公室。',
    ]);
  });

  it('does not join the date of an earlier sentence to a later lead: 3月18日会议精神 is not a dateline', () => {
    const [report] = parseReports('青河县传达会议精神\n本报讯 为落实3月18日会议精神，全县开展大排查。').reports;
    expect(report!.dateline).toMatchObject({ source: '本报讯', month: null, day: null });
  });
});
