import { describe, expect, it } from 'vitest';
import { contentPlaceholders, findPlaceholders, placeholderProblem } from '../../../shared/format/placeholders';
import { emptyContent, plainTextToBody } from '../../../shared/model/article-content';

describe('template placeholders', () => {
  it('finds short labels in 【】 with their offsets', () => {
    expect(findPlaceholders('【主持人】主持召开【会议名称】。')).toEqual([
      { start: 0, end: 5, text: '【主持人】' },
      { start: 9, end: 15, text: '【会议名称】' },
    ]);
  });
  it('leaves bracketed copy with punctuation or long text alone', () => {
    expect(findPlaceholders('【新闻链接：区委召开全会，部署全年工作】')).toEqual([]);
    expect(findPlaceholders('【】')).toEqual([]);
  });
  it('collects placeholders from headline and body, and explains them in Chinese', () => {
    const content = {
      ...emptyContent(),
      title: '【单位】召开会议',
      body: plainTextToBody('【主持人】主持。\n【主持人】强调。'),
    };
    expect(contentPlaceholders(content)).toEqual(['【单位】', '【主持人】', '【主持人】']);
    expect(placeholderProblem(content)).toBe(
      '稿件中还有 3 处模板占位符未填写（【单位】、【主持人】），请填写后再导出。',
    );
    expect(placeholderProblem({ ...content, title: '中原区召开会议', body: [] })).toBeNull();
  });
});
