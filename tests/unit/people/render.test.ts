import { describe, expect, it } from 'vitest';
import { attendeesText, renderPeopleRefs, type PeopleRef } from '../../../shared/people/render';
import { indexDirectory } from '../../../shared/people/directory';
import { refreshPeopleTexts } from '../../../shared/people/content';
import { emptyContent } from '../../../shared/model/article-content';
import { idOf, sampleDirectory, promotedLiXiaolei } from '../../helpers/sample-directory';

const directory = sampleDirectory();
const id = (name: string) => idOf(directory, name);
const mention = (name: string, block = 0, form: 'auto' | 'full' | 'name' = 'auto'): PeopleRef => ({
  kind: 'person',
  block,
  personId: id(name),
  name,
  form,
});
const GROUPS = ['“一办七部”负责同志', '14个街道党政正职', '14个督查组负责同志'];
const LEADERS = ['杜建强', '薛晓军', '魏建民', '成小波', '于珊', '邵春雨', '刘斌', '王海滨', '樊立伟', '李景川'];

describe('rendering people', () => {
  it('gives the title on the first mention only, as of the date', () => {
    const refs = [mention('乔耸'), mention('乔耸', 1), mention('乔耸', 2)];
    expect(renderPeopleRefs(refs, directory, '2020-03-18')).toEqual(['中原区委书记乔耸', '乔耸', '乔耸']);
    // Reordering paragraphs: whichever comes first now carries the title.
    const moved = [mention('李晓雷', 0), ...refs];
    expect(renderPeopleRefs(moved, directory, '2020-03-18')).toEqual([
      '中原区委副书记、区长李晓雷',
      '中原区委书记乔耸',
      '乔耸',
      '乔耸',
    ]);
  });

  it('follows the article date across a change of post', () => {
    const people = promotedLiXiaolei();
    const index = indexDirectory(people);
    const refs: PeopleRef[] = [{ kind: 'person', block: 0, personId: people[0]!.id, name: '李晓雷', form: 'auto' }];
    expect(renderPeopleRefs(refs, index, '2019-06-01')).toEqual(['中原区副区长李晓雷']);
    expect(renderPeopleRefs(refs, index, '2020-03-16')).toEqual(['中原区委副书记、区长李晓雷']);
  });

  it('honours a mention set to always or never carry the title', () => {
    const refs = [mention('符维', 0, 'full'), mention('刘斌', 0, 'name'), mention('刘斌', 1, 'full')];
    expect(renderPeopleRefs(refs, directory, '2020-03-15')).toEqual(['副区长符维', '刘斌', '副区长刘斌']);
  });

  it('prints an attendee list in protocol order, without the chair, each person once, groups after 以及', () => {
    const shuffled = [...LEADERS].reverse();
    const list: PeopleRef = {
      kind: 'attendees',
      block: 0,
      prefix: '区领导',
      personIds: [id('乔耸'), ...shuffled.map(id), id('刘斌')],
      groups: GROUPS,
      names: {},
    };
    expect(renderPeopleRefs([mention('乔耸'), list], directory, '2020-03-18')).toEqual([
      '中原区委书记乔耸',
      `区领导${LEADERS.join('、')}，以及${GROUPS.join('、')}`,
    ]);
    // Without a chair mention before it in the block, 乔耸 is listed (first, by rank).
    expect(renderPeopleRefs([mention('乔耸', 0), { ...list, block: 1 }], directory, '2020-03-18')[1]).toBe(
      `区领导乔耸、${LEADERS.join('、')}，以及${GROUPS.join('、')}`,
    );
  });

  it('joins a list without names or groups sensibly, and prints removed people by their saved name', () => {
    expect(attendeesText('区领导', [], GROUPS.slice(0, 2))).toBe('“一办七部”负责同志、14个街道党政正职');
    expect(attendeesText('', ['甲', '乙'], [])).toBe('甲、乙');
    const gone: PeopleRef[] = [
      { kind: 'person', block: 0, personId: 'zzzzzzzzzz', name: '某某', form: 'auto' },
      {
        kind: 'attendees',
        block: 0,
        prefix: '',
        personIds: ['zzzzzzzzzz', id('杜建强')],
        groups: [],
        names: { zzzzzzzzzz: '某某' },
      },
    ];
    expect(renderPeopleRefs(gone, directory, '2020-03-18')).toEqual(['某某', '杜建强']);
  });

  it('refreshes the printed text of an article’s mentions from the directory', () => {
    const content = {
      ...emptyContent(),
      dateline: { source: '本报讯', date: '2020-03-18', timeOfDay: '上午' as const },
      body: [
        {
          type: 'paragraph' as const,
          children: [
            { type: 'person' as const, personId: id('乔耸'), name: '乔耸', form: 'auto' as const, text: '乔耸' },
            { text: '主持召开会议。' },
          ],
        },
      ],
    };
    const fresh = refreshPeopleTexts(content, directory, '2026-01-01');
    expect(fresh.body[0]!.children[0]!.text).toBe('中原区委书记乔耸');
    expect(fresh.body[0]!.children[1]).toEqual({ text: '主持召开会议。' });
  });
});
