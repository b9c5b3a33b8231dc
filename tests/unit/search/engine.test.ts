import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../shared/search/engine';
import { NO_FILTERS } from '../../../shared/search/filters';
import { foldText } from '../../../shared/search/fold';
import { parseQuery } from '../../../shared/search/query';
import { runSteps } from '../../../shared/search/postings-build';
import { buildSegmentData, memorySegment } from '../../../shared/search/segment';
import { syntheticCopy } from '../../helpers/synthetic-copy';
import type { SearchDoc } from '../../../shared/search/doc';

const NOW = new Date('2026-11-30T10:00:00');
const ALL = { ...NO_FILTERS, trash: 'include' as const };

async function ids(engine: SearchEngine, query: string, filters = ALL): Promise<string[]> {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(parsed.message);
  const page = await engine.search(parsed.terms, {
    filters,
    order: 'relevance',
    offset: 0,
    limit: 100_000,
    placed: null,
    now: NOW,
  });
  expect(page.hits.length).toBe(page.total);
  return page.hits.map((h) => h.doc.id).sort();
}

function brute(docs: ReadonlyArray<{ doc: SearchDoc; text: string }>, term: string): string[] {
  const q = foldText(term);
  return docs
    .filter((d) =>
      foldText(d.text)
        .split('\n')
        .some((line) => line.includes(q)),
    )
    .map((d) => d.doc.id)
    .sort();
}

describe('search engine', () => {
  const copy = syntheticCopy(7);
  const docs = Array.from({ length: 300 }, () => copy.report(600));
  const engine = new SearchEngine();
  engine.addSegment(memorySegment('a', runSteps(buildSegmentData(docs.slice(0, 150)))));
  engine.addSegment(memorySegment('b', runSteps(buildSegmentData(docs.slice(150, 280)))));
  for (const d of docs.slice(280)) engine.put(d.doc, d.text);

  it('finds exactly the articles a substring scan finds, for random queries of 1 to 6 characters', async () => {
    for (let n = 0; n < 600; n++) {
      const source = docs[Math.floor(copy.random() * docs.length)]!;
      const q = copy.queryFrom(source.text, 1 + (n % 6));
      if (!q) continue;
      expect(await ids(engine, q), `query ${q}`).toEqual(brute(docs, q));
    }
  });

  it('folds full-width and half-width forms and Latin case together', async () => {
    const extra = { ...docs[0]!.doc, id: 'zzzzzzzzzz000000001', revision: 1 };
    engine.put(extra, '标题\n\n增长ＧＤＰ１２％，同比上升,再创新高\n');
    expect(await ids(engine, 'gdp12%')).toContain(extra.id);
    expect(await ids(engine, '同比上升，再创')).toContain(extra.id);
    expect(await ids(engine, '增长,')).not.toContain(extra.id);
    engine.remove(extra.id);
  });

  it('ANDs terms, excludes -terms and keeps phrases whole', async () => {
    const a = docs[3]!;
    const w1 = copy.queryFrom(a.text, 2)!;
    const w2 = copy.queryFrom(a.text, 3)!;
    const both = brute(docs, w1).filter((id) => brute(docs, w2).includes(id));
    expect(await ids(engine, `${w1} ${w2}`)).toEqual(both);
    const without = brute(docs, w1).filter((id) => !brute(docs, w2).includes(id));
    expect(await ids(engine, `${w1} -${w2}`)).toEqual(without);
  });

  it('counts only the highest revision of an article, wherever it is', async () => {
    const first = docs[0]!;
    engine.put({ ...first.doc, revision: 2 }, '新标题\n\n完全不同的内容甲乙丙丁\n');
    expect(await ids(engine, '甲乙丙丁')).toEqual([first.doc.id]);
    expect(await ids(engine, first.doc.title)).not.toContain(first.doc.id);
    engine.put(first.doc, first.text); // an older revision arriving late changes nothing
    expect(await ids(engine, '甲乙丙丁')).toEqual([first.doc.id]);
  });

  it('ranks title hits first, then by how often', async () => {
    const title = docs[10]!.doc.title;
    const parsed = parseQuery(title);
    if (!parsed.ok) throw new Error();
    const page = await engine.search(parsed.terms, {
      filters: ALL,
      order: 'relevance',
      offset: 0,
      limit: 50,
      placed: null,
      now: NOW,
    });
    const titleHits = page.hits.filter((h) => h.titleHit).length;
    expect(page.hits.slice(0, titleHits).every((h) => h.titleHit)).toBe(true);
    expect(page.hits[0]!.snippet.length).toBeGreaterThan(0);
  });
});
