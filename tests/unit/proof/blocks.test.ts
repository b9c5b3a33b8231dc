import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../../shared/proof/blocks';
import { parseReports } from '../../../shared/format/parse-reports';

const kinds = (text: string) => textBlocks(text).map((b) => [b.kind, b.text]);

describe('textBlocks reads copy as the report parser does', () => {
  it('names a headline stack, a dashed subtitle under a title, a byline under the headline and a sourceless lead', () => {
    const page = [
      '上一篇稿件到此结束。',
      '',
      '乡村学校开学忙',
      '——记一所村小的新学期',
      '本报通讯员 崔捷',
      '▲3月2日上午，孩子们走进新教室。',
      '一、先修校舍',
      '记者 张改华',
    ].join('\n');
    expect(kinds(page)).toEqual([
      ['paragraph', '上一篇稿件到此结束。'],
      ['title', '乡村学校开学忙'],
      ['subtitle', '——记一所村小的新学期'],
      ['byline', '本报通讯员 崔捷'],
      ['lead', '▲3月2日上午，孩子们走进新教室。'],
      ['subheading', '一、先修校舍'],
      ['byline', '记者 张改华'],
    ]);
    // The parser sees the same report: title and subtitle, the lead under the byline.
    const [report] = parseReports(page).reports;
    expect(report).toMatchObject({ title: '乡村学校开学忙', subtitle: '——记一所村小的新学期' });
  });

  it('takes up to three short lines over a dated lead as kicker, title and subtitle, and a [图片] line as a caption', () => {
    const text =
      '引题一行\n主题一行\n副题一行\n本报讯 3月18日上午，会议召开。\n[图片] 会议现场（张莉 摄）\n记者 张改华';
    expect(kinds(text).map(([k]) => k)).toEqual(['kicker', 'title', 'subtitle', 'lead', 'caption', 'byline']);
  });

  it('finds the headline of copy without a lead, and none over text without a sentence', () => {
    expect(kinds('春耕备耕正当时\n近年来，我区不断推进农业机械化。').map(([k]) => k)).toEqual(['title', 'paragraph']);
    expect(kinds('春耕备耕正当时\n农业机械化').map(([k]) => k)).toEqual(['paragraph', 'paragraph']);
  });

  it('keeps offsets into the text, blank and indented lines included', () => {
    const text = '标题\r\n\r\n\u3000\u3000本报讯 3月18日，他说。\n';
    for (const block of textBlocks(text))
      expect(text.slice(block.start, block.start + block.text.length)).toBe(block.text);
  });
});
