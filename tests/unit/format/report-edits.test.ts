import { describe, expect, it } from 'vitest';
import { parseReports } from '../../../shared/format/parse-reports';
import { mergeReports, splitReport } from '../../../shared/format/report-edits';
import { reportToJson } from '../../../shared/format/parse-output';

const TWO = [
  '中原区召开部署会议',
  '本报讯 3月18日上午，会议召开。',
  '会议要求，抓好落实。',
  '记者 张改华',
  '中原区领导调研项目 推进复工复产',
  '本报讯 3月16日下午，李晓雷调研项目。',
  '通讯员 张黎',
].join('\n');

describe('editing parsed reports in the review', () => {
  it('merges a report into the one before, keeping the second one’s lines as paragraphs', () => {
    const [a, b] = parseReports(TWO).reports;
    const merged = reportToJson(mergeReports(a!, b!));
    expect(merged).toMatchObject({
      title: '中原区召开部署会议',
      paragraphs: [
        '会议召开。',
        '会议要求，抓好落实。',
        '中原区领导调研项目',
        '推进复工复产',
        '本报讯 3月16日下午，李晓雷调研项目。',
      ],
      reporters: ['张改华'],
      correspondents: ['张黎'],
    });
  });

  it('splits a report, taking a short line as the new title and the byline along', () => {
    const text = '中原区召开部署会议\n本报讯 3月18日，会议召开。\n第二篇的标题\n第二篇正文。\n记者 张改华';
    const [report] = parseReports(text).reports;
    expect(report!.paragraphs).toHaveLength(3); // 第二篇的标题, a short line between paragraphs, stands alone
    const [first, second] = splitReport(report!, 1).map(reportToJson);
    expect(first).toMatchObject({ paragraphs: ['会议召开。'], reporters: [] });
    expect(second).toMatchObject({
      title: '第二篇的标题',
      dateline: null,
      paragraphs: ['第二篇正文。'],
      reporters: ['张改华'],
    });
    const [, titled] = splitReport(
      {
        ...report!,
        paragraphs: [
          { type: 'paragraph', children: [{ text: '会议召开。' }] },
          { type: 'paragraph', children: [{ text: '第二篇的标题' }] },
          { type: 'paragraph', children: [{ text: '第二篇正文。' }] },
        ],
      },
      1,
    );
    expect(reportToJson(titled)).toMatchObject({ title: '第二篇的标题', paragraphs: ['第二篇正文。'] });
    expect(() => splitReport(report!, 0)).toThrow(RangeError);
  });
});
