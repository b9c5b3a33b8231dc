import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleContentSchema } from '../../../shared/model/article';
import { BUILT_IN_PRESETS } from '../../../shared/layout/presets';
import { DEFAULT_MASTHEAD, mastheadFor } from '../../../shared/layout/masthead';
import { planPrintPage } from '../../../shared/layout/print-page';
import { layoutPages } from '../../../shared/layout/page-html';
import { pageLines } from '../../../shared/layout/typography';
import { autoLayout } from '../../../shared/layout/auto-layout';
import { openServices } from '../../../electron/services/services';
import { dispatch } from '../../../shared/ipc/dispatch';
import { tempDir } from '../../helpers/temp-dir';

const REPORTS = (
  JSON.parse(readFileSync(join(__dirname, '../../fixtures/house-format/reference-reports.json'), 'utf8')) as unknown[]
).map((r) => ArticleContentSchema.parse(r));
const SIKAI = BUILT_IN_PRESETS.find((p) => p.id === 'sikai')!;
const ISSUE = { paper: '中原报', date: '2020-03-20', number: 120, totalNumber: 3456 };
const MASTHEAD = {
  ...DEFAULT_MASTHEAD,
  enabled: true,
  name: '中原报',
  publisher: '中共郑州市中原区委主办',
  serial: 'CN41-0000',
};
const page = (number: number) => ({
  number,
  name: '要闻',
  editor: '王五',
  presetId: 'sikai',
  ink: null,
  placements: [{ articleId: '0123456789abcdefgh', span: 6, lines: 60, tier: '头条' as const, photos: [] }],
});

describe('the masthead (报头) on 第1版', () => {
  it('is carried by 第1版 only, and only when it is on', () => {
    expect(mastheadFor(ISSUE, { number: 1 }, MASTHEAD, '2020年3月20日')).toMatchObject({
      name: '中原报',
      numbers: '第 120 期\u3000总第 3456 期',
      lines: 12,
    });
    expect(mastheadFor(ISSUE, { number: 2 }, MASTHEAD, '')).toBeNull();
    expect(mastheadFor(ISSUE, { number: 1 }, { ...MASTHEAD, enabled: false }, '')).toBeNull();
    expect(mastheadFor(ISSUE, { number: 1 }, { ...MASTHEAD, name: '' }, '')!.name).toBe('中原报');
  });

  it('takes the folio line’s place and leaves fewer lines under it, in the layout, the page fill and 自动排版', () => {
    const first = planPrintPage(ISSUE, page(1), SIKAI, [REPORTS[0]!], undefined, MASTHEAD);
    const second = planPrintPage(ISSUE, page(2), SIKAI, [REPORTS[0]!], undefined, MASTHEAD);
    const { body } = layoutPages([first, second]);
    const [sheet1, sheet2] = body.split('<section').slice(1);
    expect(sheet1).toContain('<p class="masthead-name">中原报</p>');
    expect(sheet1).toContain('中共郑州市中原区委主办\u3000CN41-0000');
    expect(sheet1).not.toContain('class="folio"');
    expect(sheet2).toContain('class="folio"');
    expect(sheet2).not.toContain('masthead');
    const under = pageLines(SIKAI, MASTHEAD);
    expect(under).toBeLessThan(pageLines(SIKAI));
    expect(pageLines(SIKAI) - under).toBeGreaterThanOrEqual(MASTHEAD.lines - 3);
    expect(autoLayout([REPORTS[0]!], SIKAI, undefined, [], MASTHEAD).linesAvailable).toBe(under);
  });

  it('is kept per paper: saved, read back, and a damaged file falls back to the default with a notice', async () => {
    const { dir } = await tempDir('copydesk-masthead-');
    let services = await openServices({ version: 'x', dataDir: dir, runtime: 'host' });
    expect(await dispatch(services.handlers, 'masthead.get', undefined)).toEqual({ ok: true, value: DEFAULT_MASTHEAD });
    expect((await dispatch(services.handlers, 'masthead.save', { ...MASTHEAD, lines: 3 })).ok).toBe(false);
    expect((await dispatch(services.handlers, 'masthead.save', MASTHEAD)).ok).toBe(true);
    await services.close();
    services = await openServices({ version: 'x', dataDir: dir, runtime: 'host' });
    expect(await dispatch(services.handlers, 'masthead.get', undefined)).toEqual({ ok: true, value: MASTHEAD });
    await services.close();
    await writeFile(join(dir, 'masthead.json'), '{"masthead": {"enabled": "yes"');
    services = await openServices({ version: 'x', dataDir: dir, runtime: 'host' });
    expect(await dispatch(services.handlers, 'masthead.get', undefined)).toEqual({ ok: true, value: DEFAULT_MASTHEAD });
    const info = (await dispatch(services.handlers, 'app.info', undefined)) as { value: { notices: string[] } };
    expect(info.value.notices.some((n) => n.includes('报头设置文件已损坏'))).toBe(true);
    await services.close();
  });
});
