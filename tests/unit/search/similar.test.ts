import { describe, expect, it } from 'vitest';
import { estimateJaccard, overlap, shingles, signature, SIGNATURE_SIZE } from '../../../shared/search/similar';

/** FNV-1a over code units, the hash shingles are defined by (stored signatures depend on it). */
function fnv(codes: readonly number[]): number {
  let hash = 0x811c9dc5;
  for (const c of codes) hash = Math.imul(hash ^ c, 0x01000193);
  return hash >>> 0;
}

describe('shingles and signatures (重稿)', () => {
  it('hashes each four-character shingle of letters, digits and Chinese, folded', () => {
    const codes = [...'中原区ab12'].map((c) => c.charCodeAt(0));
    const expected = new Set([0, 1, 2, 3].map((i) => fnv(codes.slice(i, i + 4))));
    expect(shingles('中原区，ＡＢ１２')).toEqual(expected);
    expect(shingles('中原')).toEqual(new Set([fnv([0x4e2d, 0x539f])]));
  });

  it('gives the same signature to a text and its folded form, and close ones to a story retold', () => {
    const story =
      '全区已有1200余家规模以上企业复工，复工率达到95.6%。下一步，该街道将继续完善工作机制，确保各项措施落实落细。';
    expect(signature(story)).toEqual(signature(story.replace(/，/g, ',')));
    expect(signature(story)).toHaveLength(SIGNATURE_SIZE);
    const retold = `本报讯 ${story}记者现场了解到，多家企业已满负荷生产。`;
    expect(estimateJaccard(signature(story), signature(retold))).toBeGreaterThan(0.5);
    expect(overlap(story, retold)).toBe(1);
    expect(estimateJaccard(signature(story), signature('今天天气晴朗，气温回升，适宜户外活动。'))).toBeLessThan(0.12);
  });
});
