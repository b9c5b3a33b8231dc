import { describe, expect, it } from 'vitest';
import { servicesPerTest } from '../../helpers/services';
import { emptyContent, plainTextToBody } from '../../../shared/model/article-content';
import { preflight, preflightWarning } from '../../../shared/layout/preflight';
import { ArticleSchema, type Article } from '../../../shared/model/article';

/** An article as stored, for the pure checks. */
function stored(title: string, body: string, status: Article['status'], proofIgnores: string[] = []): Article {
  return ArticleSchema.parse({
    ...emptyContent(),
    title,
    body: plainTextToBody(body),
    byline: { reporters: ['张改华'], correspondents: [], photographers: [], interns: [], layout: 'auto' },
    dateline: { source: '本报讯', date: '2020-03-18', timeOfDay: null },
    proofIgnores,
    id: `k7x2m1p0a${title.length}bcdefghij`.slice(0, 19),
    revision: 1,
    status,
    wordCount: 10,
    createdAt: '2020-03-18T00:00:00.000Z',
    updatedAt: '2020-03-18T00:00:00.000Z',
    deletedAt: null,
  });
}

// Issue 17: a page of unsigned drafts with open proofreading errors exported without a word.
describe('checks before printing a page', () => {
  it('names reports not signed off and reports with open proofreading errors; ignored findings and warnings do not count', () => {
    const clean = stored('中原区召开会议', '会议要求抓好落实。', 'signed');
    const slips = stored('中原区部署工作', '会议要求,抓好落实和和推进。', 'signed');
    const ignored = stored('中原区开展活动', '会议要求,抓好落实。', 'signed', ['punct.halfwidth\u0000,']);
    const draft = stored('中原区召开例会', '会议要求抓好落实。', 'editing');
    const items = preflight([
      { page: 1, article: clean },
      { page: 1, article: slips },
      { page: 2, article: ignored },
      { page: 2, article: draft },
    ]);
    expect(items.map((i) => [i.page, i.title, i.unsigned, i.errors])).toEqual([
      [1, '中原区部署工作', false, 2],
      [2, '中原区召开例会', true, 0],
    ]);
    expect(preflightWarning(items)).toBe(
      '尚未签发：第2版《中原区召开例会》（编辑中）；有未处理的校对错误：第1版《中原区部署工作》（2 处）。',
    );
    expect(preflightWarning([])).toBeNull();
  });

  const app = servicesPerTest();

  it('print.check reads the issue’s pages and their reports', async () => {
    const a = await app.client.call('articles.create', {
      ...emptyContent(),
      title: '中原区召开会议',
      dateline: { source: '本报讯', date: '2020-03-18', timeOfDay: null },
      body: plainTextToBody('会议要求,抓好落实。'),
    });
    const b = await app.client.call('articles.create', { ...emptyContent(), title: '中原区部署工作' });
    const issue = await app.client.call('issues.save', {
      date: '2020-03-20',
      number: 12,
      totalNumber: 3456,
      paper: '中原报',
      pages: [1, 2].map((number, p) => ({
        number,
        name: '中原新闻',
        editor: '王五',
        presetId: 'sikai',
        placements: [{ articleId: [a.id, b.id][p]!, span: 6, lines: 20, tier: '头条' as const }],
      })),
    });
    const all = await app.client.call('print.check', { issueId: issue.id });
    expect(all.items.map((i) => [i.page, i.title, i.unsigned, i.errors > 0])).toEqual([
      [1, '中原区召开会议', true, true],
      [2, '中原区部署工作', true, false],
    ]);
    expect(all.items[0]!.samples[0]).toContain('“,”');
    const second = await app.client.call('print.check', { issueId: issue.id, pages: [2] });
    expect(second.items.map((i) => i.title)).toEqual(['中原区部署工作']);
  });
});
