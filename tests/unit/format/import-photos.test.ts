import { describe, expect, it } from 'vitest';
import { parseReports, type SourceLine } from '../../../shared/format/parse-reports';
import { parsePhotoSrc, splitCaptionCredit } from '../../../shared/format/import-photos';

const HASH = 'a1'.repeat(32);
const photo = { hash: HASH, format: 'jpeg' as const, width: 3000, height: 2000 };
const line = (text: string): SourceLine => ({ text });

describe('pictures in imported copy', () => {
  it('reads a photo src and nothing else', () => {
    expect(parsePhotoSrc(`photo:${HASH}:jpeg:3000x2000`)).toEqual(photo);
    expect(parsePhotoSrc(`photo:${HASH}:gif:3000x2000`)).toBeNull();
    expect(parsePhotoSrc('photo:abc:jpeg:1x1')).toBeNull();
    expect(parsePhotoSrc('javascript:alert(1)')).toBeNull();
  });

  it.each([
    ['图为活动现场。（本报记者 张改华 摄）', '图为活动现场。', '本报记者 张改华 摄'],
    ['▲志愿者为居民测量血压(通讯员 李刚帅摄)', '志愿者为居民测量血压', '通讯员 李刚帅摄'],
    ['口袋公园一角 郑小雨/图', '口袋公园一角', '郑小雨 摄'],
    ['新落成的文化广场（新华社发）', '新落成的文化广场', '新华社发'],
    ['会议现场', '会议现场', ''],
  ])('splits the credit off a caption: %s', (text, caption, credit) => {
    expect(splitCaptionCredit(text)).toEqual({ caption, credit });
  });

  it('a photo line in a report becomes a photo block, taking the caption line under it', () => {
    const { reports } = parseReports([
      line('中原区首个口袋公园开园'),
      line('本报讯 3月17日，中原区首个口袋公园在建设路开园。'),
      { text: '', photo },
      line('图为市民在公园里健身。（通讯员 张莉 摄）'),
      line('公园占地约两千平方米，设有健身步道和儿童游乐区。'),
      line('通讯员 张莉'),
    ]);
    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(report!.paragraphs.map((b) => b.type)).toEqual(['paragraph', 'photo', 'paragraph']);
    expect(report!.paragraphs[1]).toMatchObject({
      type: 'photo',
      hash: HASH,
      credit: '通讯员 张莉 摄',
      children: [{ text: '图为市民在公园里健身。' }],
    });
    expect(report!.byline.correspondents).toEqual(['张莉']);
  });

  it('a sentence under a picture stays a paragraph; the photo keeps an empty caption', () => {
    const { reports } = parseReports([
      line('中原区开展春季绿化活动'),
      line('本报讯 3月12日上午，区直机关干部参加义务植树活动。'),
      { text: '', photo },
      line('活动现场，大家挥锹铲土、扶苗培土，干劲十足。'),
    ]);
    const body = reports[0]!.paragraphs;
    expect(body.map((b) => b.type)).toEqual(['paragraph', 'photo', 'paragraph']);
    expect(body[1]!.children).toEqual([{ text: '' }]);
  });
});
