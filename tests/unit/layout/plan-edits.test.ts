import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addPage,
  arrangePage,
  movePlacement,
  newPage,
  nextIssue,
  placeArticle,
  removePlacement,
  setPlacement,
} from '../../../shared/layout/plan-edits';
import { BUILT_IN_PRESETS, HAO_POINTS } from '../../../shared/layout/presets';
import { ArticleContentSchema } from '../../../shared/model/article';
import type { Issue, IssueInput } from '../../../shared/layout/issue';

const duikai = BUILT_IN_PRESETS.find((p) => p.id === 'duikai')!;
const sikai = BUILT_IN_PRESETS.find((p) => p.id === 'sikai')!;
const REPORTS = (
  JSON.parse(readFileSync(join(__dirname, '../../fixtures/house-format/reference-reports.json'), 'utf8')) as unknown[]
).map((r) => ArticleContentSchema.parse(r));
const ids = ['aaaaaaaaaaaaaaaa01', 'aaaaaaaaaaaaaaaa02', 'aaaaaaaaaaaaaaaa03'];

function plan(): IssueInput {
  return { date: '2020-03-18', number: 12, totalNumber: 3456, paper: '中原报', pages: [newPage(1)] };
}

describe('issue plan edits', () => {
  it('starts a new issue after the latest one, with one empty page', () => {
    const latest = { ...plan(), id: 'abcdefgh12', updatedAt: '' } as Issue;
    expect(nextIssue([latest], '2020-03-19')).toEqual({
      date: '2020-03-19',
      number: 13,
      totalNumber: 3457,
      paper: '中原报',
      pages: [newPage(1)],
    });
    expect(nextIssue([], '2020-01-01')).toMatchObject({ number: 1, totalNumber: 1, paper: '中原报' });
  });

  it('adds pages after the highest number, places each report once, and never changes the plan given', () => {
    const start = plan();
    const two = addPage(addPage(start));
    expect(two.pages.map((p) => p.number)).toEqual([1, 2, 3]);
    const placed = placeArticle(placeArticle(two, 1, ids[0]!, duikai), 1, ids[0]!, duikai);
    expect(placed.pages[1]!.placements).toEqual([{ articleId: ids[0], span: 3, lines: 60, tier: '普通', photos: [] }]);
    expect(placeArticle(two, 0, ids[1]!, { ...duikai, columns: 2 }).pages[0]!.placements[0]!.span).toBe(2);
    expect(start.pages).toHaveLength(1);
    expect(two.pages[1]!.placements).toEqual([]);
  });

  it('moves, changes and removes placements', () => {
    let p = plan();
    for (const id of ids) p = placeArticle(p, 0, id, duikai);
    expect(movePlacement(p, 0, 0, 1).pages[0]!.placements.map((x) => x.articleId)).toEqual([ids[1], ids[0], ids[2]]);
    expect(movePlacement(p, 0, 2, 5).pages[0]!.placements.map((x) => x.articleId)).toEqual(ids);
    expect(movePlacement(p, 0, 0, -1).pages[0]!.placements.map((x) => x.articleId)).toEqual(ids);
    expect(setPlacement(p, 0, 1, { tier: '头条', span: 5 }).pages[0]!.placements[1]).toEqual({
      articleId: ids[1],
      span: 5,
      lines: 60,
      tier: '头条',
      photos: [],
    });
    expect(removePlacement(p, 0, 1).pages[0]!.placements.map((x) => x.articleId)).toEqual([ids[0], ids[2]]);
  });

  it('arranges a page automatically, the first report as 头条, and says how far reports that do not fit overrun', () => {
    let p = { ...plan(), pages: [{ ...newPage(1), presetId: 'sikai' }] };
    const six = REPORTS.map((_, i) => `bbbbbbbbbbbbbbb${String(i).padStart(3, '0')}`);
    for (const id of six) p = placeArticle(p, 0, id, sikai);
    const arranged = arrangePage(p, 0, REPORTS, sikai, HAO_POINTS);
    expect(arranged.overrun).toBe(0);
    expect(arranged.plan.pages[0]!.placements[0]!.tier).toBe('头条');
    expect(arranged.plan.pages[0]!.placements.every((pl) => pl.lines >= 4)).toBe(true);
    const twice = [...REPORTS, ...REPORTS];
    let q = { ...plan(), pages: [{ ...newPage(1), presetId: 'sikai' }] };
    twice.forEach((_, i) => (q = placeArticle(q, 0, `ccccccccccccccc${String(i).padStart(3, '0')}`, sikai)));
    expect(arrangePage(q, 0, twice, sikai, HAO_POINTS).overrun).toBeGreaterThan(0);
  });
});
