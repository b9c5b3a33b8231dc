import { describe, expect, it } from 'vitest';
import { renderHouseText, exportFileName, datelinePrefix, bylineLines } from '../../../shared/format/house-text';
import { emptyContent, plainTextToBody } from '../../../shared/model/article-content';

describe('house-format text', () => {
  const report = {
    ...emptyContent(),
    title: '中原区召开统筹推进疫情防控工作部署会议',
    subtitle: '把“三送一强”落到实处 精准助力企业发展',
    dateline: { source: '本报讯', date: '2020-03-18', timeOfDay: '上午' as const },
    body: plainTextToBody('中原区委书记乔耸主持召开统筹推进疫情防控工作部署会议。\n乔耸表示，要保持高度警惕。'),
    byline: { reporters: ['张改华'], correspondents: ['木坤坤', '郝欢欢'], photographers: [], interns: [] },
  };

  it('renders headline, dateline lead, paragraphs and byline lines as on the page', () => {
    expect(renderHouseText(report)).toBe(
      [
        '中原区召开统筹推进疫情防控工作部署会议 把“三送一强”落到实处 精准助力企业发展',
        '',
        '本报讯 3月18日上午，中原区委书记乔耸主持召开统筹推进疫情防控工作部署会议。',
        '',
        '乔耸表示，要保持高度警惕。',
        '',
        '记者 张改华',
        '通讯员 木坤坤 郝欢欢',
        '',
      ].join('\n'),
    );
  });

  it('puts a kicker on its own line above the title', () => {
    expect(
      renderHouseText({ ...report, kicker: '深入学习贯彻', subtitle: null, byline: emptyContent().byline })
        .split('\n')
        .slice(0, 2),
    ).toEqual(['深入学习贯彻', '中原区召开统筹推进疫情防控工作部署会议']);
  });

  it('writes the dateline without a part of day and without leading zeros', () => {
    expect(datelinePrefix({ source: '本报讯', date: '2020-03-08', timeOfDay: null })).toBe('本报讯 3月8日，');
  });

  it('lists photographers and interns with their roles', () => {
    expect(bylineLines({ reporters: [], correspondents: [], photographers: ['刘招'], interns: ['王晓'] })).toEqual([
      '摄影 刘招',
      '实习生 王晓',
    ]);
  });

  it('makes safe file names', () => {
    expect(exportFileName({ title: '标题/含:非法*字符?', dateline: report.dateline }, 'txt')).toBe(
      '2020-03-18 标题含非法字符.txt',
    );
    expect(exportFileName({ title: '', dateline: null }, 'txt')).toBe('无标题.txt');
  });
});
