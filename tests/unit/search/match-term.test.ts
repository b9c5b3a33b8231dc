import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSegment, writeSegment } from '../../../electron/store/search/segment-file';
import { tempDir } from '../../helpers/temp-dir';
import { matchTerm } from '../../../shared/search/postings';
import { runSteps } from '../../../shared/search/postings-build';
import { buildSegmentData, memorySegment } from '../../../shared/search/segment';
import { foldText } from '../../../shared/search/fold';
import { syntheticCopy } from '../../helpers/synthetic-copy';
import type { SearchDoc } from '../../../shared/search/doc';

/** Every document holding `term` (folded texts), with the count of its (overlapping) occurrences and the first. */
function scan(texts: readonly string[], term: string): Array<[doc: number, count: number, first: number]> {
  const out: Array<[number, number, number]> = [];
  texts.forEach((text, d) => {
    const first = text.indexOf(term);
    if (first < 0) return;
    let count = 0;
    for (let at = first; at >= 0; at = text.indexOf(term, at + 1)) count++;
    out.push([d, count, first]);
  });
  return out;
}

function segmentOf(texts: readonly string[]) {
  const copy = syntheticCopy(3);
  const entries = texts.map((text, i) => ({ doc: { ...copy.report(50).doc, id: `doc-${i}` } as SearchDoc, text }));
  return memorySegment('t', runSteps(buildSegmentData(entries)));
}

function hits(
  segment: Parameters<typeof matchTerm>[2] & Parameters<typeof matchTerm>[1],
  term: string,
): Array<[number, number, number]> {
  const found = matchTerm(term, segment, segment);
  return [...found.docs].map((d, i) => [d, found.tfs[i]!, found.firsts[i]!]);
}

describe('matchTerm', () => {
  it('finds a term led by the rare pair across two frequent words, with every occurrence counted', () => {
    // 科技 and 落实 are in every text; 技落 only where the two words meet, which the covering pairs (科技, 落实) never test alone.
    const texts = [
      '科技工作，落实责任。科技落实到位，科技落实',
      '落实科技，科技先行',
      '加强科技落实',
      '科技。落实',
      '科技科技落实落实科技落实',
    ].map(foldText);
    const segment = segmentOf(texts);
    for (const term of ['科技落实', '技落', '技落实', '科技落', '落实科技', '科技落实落实'])
      expect(hits(segment, term), term).toEqual(scan(texts, term));
  });

  it('counts overlapping occurrences and finds the first, for repeated characters', () => {
    const texts = ['哈哈哈哈哈', '哈哈', '嘻哈哈嘻哈哈哈', 'aaaa aaa', '哈'].map(foldText);
    const segment = segmentOf(texts);
    for (const term of ['哈哈', '哈哈哈', '哈哈哈哈', '哈哈哈哈哈哈', 'aaa', 'aa', '嘻哈哈哈'])
      expect(hits(segment, term), term).toEqual(scan(texts, term));
  });

  it('agrees with a scan for random terms of 2 to 8 characters drawn from the texts', () => {
    const copy = syntheticCopy(11);
    const texts = Array.from({ length: 120 }, () => foldText(copy.report(400).text));
    const segment = segmentOf(texts);
    for (let n = 0; n < 400; n++) {
      const term = copy.queryFrom(texts[Math.floor(copy.random() * texts.length)]!, 2 + (n % 7));
      if (!term || term.includes('\n')) continue;
      expect(hits(segment, term), term).toEqual(scan(texts, term));
    }
  });

  describe('in a segment file, where a long list is read only for the documents in question', () => {
    let dir = '';
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ dir, cleanup } = await tempDir());
    });
    afterEach(async () => cleanup());

    it('agrees with a scan when frequent pairs (lists of thousands) are checked for a rare one', async () => {
      // 4,000 texts: 工作 and 落实 stand in every one, twice and past the first 128 characters (their lists far
      // longer than the whole-list limit), 作落 in few.
      const copy = syntheticCopy(21);
      const pad = '甲乙'.repeat(70);
      const texts = Array.from({ length: 4000 }, (_, i) =>
        foldText(
          i % 97 === 0
            ? `${pad}工作落实${i}到位，工作落实`
            : `${pad}工作${i % 7 === 0 ? '要' : ''}落实${copy.report(20).text.slice(0, 12)}，工作和落实`,
        ),
      );
      const entries = texts.map((text, i) => ({ doc: { ...copy.report(10).doc, id: `doc-${i}` } as SearchDoc, text }));
      const file = join(dir, 'seg-1.cdsx');
      await writeSegment(file, runSteps(buildSegmentData(entries)));
      const segment = openSegment(file, 'seg-1');
      try {
        for (const term of ['工作落实', '作落', '落实到位', '工作要落实', '实到位，工作', '工作落'])
          expect(hits(segment, term), term).toEqual(scan(texts, term));
        // Asked again, with the lists now at hand (kept or read again), the same.
        expect(hits(segment, '工作落实')).toEqual(scan(texts, '工作落实'));
      } finally {
        segment.close();
      }
    }, 60_000);
  });
});
