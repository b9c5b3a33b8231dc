import { describe, expect, it } from 'vitest';
import {
  dayBefore,
  indexDirectory,
  matchesPersonQuery,
  namePinyin,
  periodOn,
  rankOn,
  searchPeople,
  sortByProtocol,
  titleOn,
} from '../../../shared/people/directory';
import { PersonInputSchema } from '../../../shared/people/model';
import { asPeople, sampleDirectory, promotedLiXiaolei } from '../../helpers/sample-directory';

describe('people directory', () => {
  it('gives names toneless pinyin, reading the first character as a surname', () => {
    expect(namePinyin('乔耸')).toBe('qiao song');
    expect(namePinyin('单雄信')).toBe('shan xiong xin');
    expect(namePinyin('曾志')).toBe('zeng zhi');
    expect(namePinyin('吕布')).toBe('lv bu');
  });

  it('finds people by name, whole pinyin, initials, or syllable starts', () => {
    const qiao = { name: '乔耸', pinyin: 'qiao song' };
    for (const q of ['乔耸', '耸', 'qs', 'QS', 'qiaosong', 'qiao song', 'qiaos', 'qsong', 'song', 's']) {
      expect(matchesPersonQuery(qiao, q), q).toBe(true);
    }
    for (const q of ['qx', 'sq', 'qiaosongg', 'li', '李']) expect(matchesPersonQuery(qiao, q), q).toBe(false);
    const directory = sampleDirectory();
    expect(searchPeople(directory.people, 'qs').map((p) => p.name)).toEqual(['乔耸']);
    expect(searchPeople(directory.people, 'zl').map((p) => p.name)).toEqual(['张黎', '张莉']);
    expect(searchPeople(directory.people, 'lxl').map((p) => p.name)).toEqual(['李晓雷']);
  });

  it('uses the title and rank valid on the day, periods inclusive at both ends', () => {
    const [person] = promotedLiXiaolei();
    expect(titleOn(person!, '2019-12-31')).toBe('中原区副区长');
    expect(titleOn(person!, '2020-01-01')).toBe('中原区委副书记、区长');
    expect(titleOn(person!, '2020-03-18')).toBe('中原区委副书记、区长');
    expect(titleOn(person!, '2015-12-31')).toBe('');
    expect(rankOn(person!, '2018-06-01')).toBe(9);
    expect(periodOn(person!, '2015-01-01')).toBeNull();
  });

  it('refuses overlapping periods and a period that ends before it starts', () => {
    const base = { name: '乔耸', category: '领导', organisation: '中原区' };
    const overlap = PersonInputSchema.safeParse({
      ...base,
      periods: [
        { title: 'A', rank: 1, from: null, to: '2020-03-01' },
        { title: 'B', rank: 1, from: '2020-03-01', to: null },
      ],
    });
    expect(overlap.success).toBe(false);
    expect(overlap.error?.issues[0]?.message).toContain('任职时段重叠');
    const backwards = PersonInputSchema.safeParse({
      ...base,
      periods: [{ title: 'A', rank: 1, from: '2020-03-02', to: '2020-03-01' }],
    });
    expect(backwards.error?.issues[0]?.message).toBe('起始日期不能晚于截止日期');
    expect(PersonInputSchema.safeParse({ ...base, name: '乔 耸', periods: [] }).success).toBe(false);
    expect(PersonInputSchema.safeParse({ ...base, name: '买买提·艾力', periods: [] }).success).toBe(true);
  });

  it('sorts by protocol rank on the day: higher first, unranked last, ties as given', () => {
    const people = asPeople(
      (
        [
          ['王海滨', 14],
          ['乔耸', 1],
          ['张改华', null],
          ['杜建强', 3],
          ['甲乙', 3],
        ] as const
      ).map(([name, rank]) =>
        PersonInputSchema.parse({
          name,
          category: '领导',
          organisation: '',
          periods: [{ title: '', rank, from: null, to: null }],
        }),
      ),
    );
    expect(sortByProtocol(people, '2020-03-18').map((p) => p.name)).toEqual([
      '乔耸',
      '杜建强',
      '甲乙',
      '王海滨',
      '张改华',
    ]);
    const index = indexDirectory(people);
    expect(index.byName.get('乔耸')?.[0]?.id).toBe(people[1]!.id);
  });

  it('knows the day before a date, across months and leap years', () => {
    expect(dayBefore('2020-03-01')).toBe('2020-02-29');
    expect(dayBefore('2021-01-01')).toBe('2020-12-31');
  });
});
