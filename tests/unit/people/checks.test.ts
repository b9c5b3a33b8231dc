import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPeople } from '../../../shared/people/checks';
import { indexDirectory } from '../../../shared/people/directory';
import { sampleDirectory, promotedLiXiaolei } from '../../helpers/sample-directory';

const directory = sampleDirectory();
const check = (text: string, date = '2020-03-18', bodyStart = 0) => checkPeople({ text, date, directory, bodyStart });
const brief = (text: string, date?: string) =>
  check(text, date).map((f) => ({ rule: f.rule, text: f.text, suggestion: f.suggestion }));

describe('people checks', () => {
  it('find nothing wrong on the reference page', () => {
    const page = readFileSync(join(__dirname, '../../fixtures/reference/house-format-page.txt'), 'utf8');
    expect(check(page)).toEqual([]);
  });

  it('catch a list out of protocol order, and suggest the order', () => {
    const text = '本报讯 3月18日上午，中原区委书记乔耸主持召开会议。区领导薛晓军、杜建强、王海滨、魏建民参加会议。';
    const [finding, ...rest] = check(text);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: 'person.order',
      severity: 'error',
      text: '薛晓军、杜建强、王海滨、魏建民',
      suggestion: '杜建强、薛晓军、魏建民、王海滨',
    });
    expect(text.slice(finding!.start, finding!.end)).toBe(finding!.text);
    expect(finding!.message).toContain('“杜建强”应排在“薛晓军”之前');
  });

  it('catch the same person twice in one list', () => {
    const findings = brief('区领导杜建强、薛晓军、杜建强参加会议。');
    expect(findings).toEqual([{ rule: 'person.duplicate', text: '、杜建强', suggestion: '' }]);
  });

  it('catch a name one character or one pinyin away from someone in the directory', () => {
    expect(brief('中原区委书记乔松主持召开会议。')).toEqual([
      { rule: 'person.name', text: '乔松', suggestion: '乔耸' },
    ]);
    expect(brief('中原区委书记乔耸主持召开会议。桥耸表示，要抓好落实。')).toEqual([
      { rule: 'person.name', text: '桥耸', suggestion: '乔耸' },
    ]);
    expect(brief('区领导杜建强、薛小军、魏建民参加会议。')).toEqual([
      { rule: 'person.name', text: '薛小军', suggestion: '薛晓军' },
    ]);
    const both = check('通讯员张力介绍了情况。');
    expect(both).toHaveLength(1);
    expect(both[0]).toMatchObject({ rule: 'person.name', text: '张力', suggestion: undefined });
    expect(both[0]!.message).toBe('人员库中没有“张力”，是否为“张黎”或“张莉”？');
  });

  it('take a longer name for itself: 李春旺 in a list is not 李斌 misspelt', () => {
    expect(brief('县委常委李春旺、王小明参加会议。').filter((f) => f.rule === 'person.name')).toEqual([]);
    expect(brief('区领导乔松、薛晓军参加会议。')).toEqual([{ rule: 'person.name', text: '乔松', suggestion: '乔耸' }]);
  });

  it('catch misspelt names in bylines, on their own lines, glued to the last sentence or in brackets', () => {
    expect(brief('提前做好防范应对。\n\n记者 张改化\n通讯员 木坤坤 郝欢')).toEqual([
      { rule: 'person.name', text: '张改化', suggestion: '张改华' },
    ]);
    expect(brief('通讯员 木坤坤 郝欢喜')).toEqual([{ rule: 'person.name', text: '郝欢喜', suggestion: '郝欢欢' }]);
    expect(brief('提前做好防范应对。记者 章改华')).toEqual([
      { rule: 'person.name', text: '章改华', suggestion: '张改华' },
    ]);
    expect(brief('本报讯（记者 张改华 通讯员 李刚率）3月15日')).toEqual([
      { rule: 'person.name', text: '李刚率', suggestion: '李刚帅' },
    ]);
  });

  it('do not take ordinary words for misspelt names', () => {
    expect(check('企业乔迁新址后，复工复产有序推进，张力不减，刘备之类的典故。')).toEqual([]);
    expect(check('要抓重点、守底线、找方法、抓统筹。')).toEqual([]);
  });

  it('catch a title that is not the directory’s on the article’s date', () => {
    const findings = check('3月18日上午，中原区委副书记乔耸主持召开会议。');
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'person.title', text: '中原区委副书记', suggestion: '中原区委书记' }),
    ]);
    expect(brief('中原区委书记李晓雷到莲湖街道调研。')).toEqual([
      { rule: 'person.title', text: '中原区委书记', suggestion: '中原区委副书记、区长' },
    ]);
  });

  it('name the period a superseded title belongs to', () => {
    const people = promotedLiXiaolei();
    const text = '中原区副区长李晓雷到莲湖街道调研。';
    const dated = (date: string) => checkPeople({ text, date, directory: indexDirectory(people) });
    expect(dated('2019-05-01')).toEqual([]);
    const [finding] = dated('2020-03-16');
    expect(finding?.message).toBe(
      '“李晓雷”的职务与人员库不符：2020-03-16 应为“中原区委副书记、区长”（“中原区副区长”是其 2016-01-01至2019-12-31 的职务）',
    );
  });

  it('accept shorter forms of the right title and titles after other words', () => {
    expect(check('会议由区委书记乔耸主持。区长李晓雷表示，要抓好落实。')).toEqual([]);
    expect(check('副区长符维、刘斌对老旧小区综合改造进行点评。')).toEqual([]);
  });

  it('want the title on a titled person’s first mention in the body, not in headlines or lists', () => {
    const title = '乔耸主持召开统筹推进疫情防控工作部署会议\n';
    const text = `${title}乔耸主持召开会议。乔耸表示，要抓好落实。`;
    const findings = check(text, '2020-03-18', title.length);
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'person.first-mention',
        severity: 'warning',
        start: title.length,
        text: '乔耸',
        suggestion: '中原区委书记乔耸',
      }),
    ]);
    expect(check('会议由乔耸、李晓雷共同主持。')).toEqual([]);
    expect(check('杜建强参加会议。')).toEqual([]); // no title on record: nothing to ask for
  });
});
