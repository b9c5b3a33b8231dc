import { describe, expect, it } from 'vitest';
import { servicesPerTest } from '../../helpers/services';

describe('people services', () => {
  const app = servicesPerTest();
  const call = app.call;

  it('loads the sample directory into an empty directory only', async () => {
    expect(await call('people.loadSample')).toEqual({
      ok: true,
      value: { added: 23, updated: 0, removed: 0, total: 23 },
    });
    expect(await call('people.loadSample')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const list = await call('people.list');
    expect(list.ok && (list.value as Array<{ name: string }>).map((p) => p.name)).toContain('乔耸');
  });

  it('refuses a CSV with bad rows, listing the lines, and leaves the directory as it was', async () => {
    await call('people.loadSample');
    const result = await call('people.importCsv', {
      text: '姓名,类别,职务,单位,排序,起始日期,截止日期\n王五,其他,,,,,\n赵六,官员,,,,,\n',
      mode: 'replace',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('第 3 行：赵六：类别“官员”无效') },
    });
    const list = await call('people.list');
    expect(list.ok && (list.value as unknown[]).length).toBe(23);
  });

  it('exports the directory as CSV that imports back unchanged', async () => {
    await call('people.loadSample');
    const exported = await call('people.exportCsv');
    if (!exported.ok) throw new Error('export');
    const { text, fileName } = exported.value as { text: string; fileName: string };
    expect(fileName).toMatch(/^人员库-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await call('people.importCsv', { text, mode: 'replace' })).toEqual({
      ok: true,
      value: { added: 0, updated: 23, removed: 0, total: 23 },
    });
  });

  it('prints mentions in exported text from the directory as it is now', async () => {
    await call('people.loadSample');
    const people = (await call('people.list')) as { ok: true; value: Array<{ id: string; name: string }> };
    const qiao = people.value.find((p) => p.name === '乔耸')!;
    const created = await call('articles.create', {
      title: '中原区召开会议',
      dateline: { source: '本报讯', date: '2020-03-18', timeOfDay: '上午' },
      body: [
        {
          type: 'paragraph',
          children: [
            { type: 'person', personId: qiao.id, name: '乔耸', form: 'auto', text: '乔耸' },
            { text: '主持召开会议。' },
          ],
        },
      ],
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = (created.value as { id: string }).id;
    const exported = await call('articles.exportText', { id });
    expect(exported.ok && (exported.value as { text: string }).text).toBe(
      '中原区召开会议\n\n本报讯 3月18日上午，中原区委书记乔耸主持召开会议。\n',
    );
  });
});
