import { describe, expect, it } from 'vitest';
import {
  contentPlaceholders,
  findPlaceholders,
  placeholderProblem,
  splitPlaceholders,
  templateLabels,
} from '../../../shared/format/placeholders';
import { emptyContent, plainTextToBody } from '../../../shared/model/article-content';

const LABELS = ['【主持人】', '【会议名称】', '【单位】'];

describe('template placeholders', () => {
  it('finds the template’s labels with their offsets', () => {
    expect(findPlaceholders('【主持人】主持召开【会议名称】。', LABELS)).toEqual([
      { start: 0, end: 5, text: '【主持人】' },
      { start: 9, end: 15, text: '【会议名称】' },
    ]);
  });

  it('leaves any other text in 【】 alone: web furniture, an editor’s note, long or punctuated copy', () => {
    expect(findPlaceholders('【打印】【编者按】本报记者走访了…', LABELS)).toEqual([]);
    expect(findPlaceholders('【主持人】主持。', [])).toEqual([]);
    expect(
      findPlaceholders('【新闻链接：区委召开全会，部署全年工作】', ['【新闻链接：区委召开全会，部署全年工作】']),
    ).toEqual([]);
  });

  it('reads a template’s labels once each, in order', () => {
    const template = {
      ...emptyContent(),
      title: '【单位】召开【会议名称】',
      body: plainTextToBody('【主持人】主持【会议名称】。'),
    };
    expect(templateLabels(template)).toEqual(['【单位】', '【会议名称】', '【主持人】']);
  });

  it('collects the labels left in headline and body, and explains them in Chinese', () => {
    const content = {
      ...emptyContent(),
      title: '【单位】召开会议',
      body: plainTextToBody('【主持人】主持。\n【主持人】强调。【编者按】'),
      placeholders: LABELS,
    };
    expect(contentPlaceholders(content)).toEqual(['【单位】', '【主持人】', '【主持人】']);
    expect(placeholderProblem(content)).toBe(
      '稿件中还有 3 处模板占位符未填写（【单位】、【主持人】），请填写后再导出。',
    );
    expect(placeholderProblem({ ...content, title: '中原区召开会议', body: [] })).toBeNull();
    expect(placeholderProblem({ ...content, placeholders: [] })).toBeNull();
  });
});

describe('placeholders split by text put inside them', () => {
  it('finds a label with a list or typed words inside, and what was put there', () => {
    const labels = ['【参会领导】', '【主持人】'];
    expect(splitPlaceholders('【参会区领导乔耸、王芳负责同志领导】参加会议', labels)).toEqual([
      { start: 0, end: 18, label: '【参会领导】', inside: '区领导乔耸、王芳负责同志' },
    ]);
    expect(splitPlaceholders('由【乔耸主持人】主持', labels)).toEqual([
      { start: 1, end: 8, label: '【主持人】', inside: '乔耸' },
    ]);
    expect(splitPlaceholders('【主持人乔耸】', labels)[0]).toMatchObject({ inside: '乔耸' });
  });

  it('leaves whole placeholders, other bracketed text and copy without labels alone', () => {
    const labels = ['【参会领导】'];
    expect(splitPlaceholders('【参会领导】参加会议', labels)).toEqual([]);
    expect(splitPlaceholders('【编者按】本报记者', labels)).toEqual([]);
    expect(splitPlaceholders('【参会【领导】', labels)).toEqual([]);
    expect(splitPlaceholders('【参会区领导领导】', [])).toEqual([]);
  });

  it('counts a split placeholder as unfilled when the article is exported', () => {
    const content = {
      ...emptyContent(),
      title: '会议',
      body: plainTextToBody('【参会区领导乔耸领导】参加会议。'),
      placeholders: ['【参会领导】'],
    };
    expect(contentPlaceholders(content)).toEqual(['【参会领导】']);
    expect(placeholderProblem(content)).toContain('【参会领导】');
  });
});
