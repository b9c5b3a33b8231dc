import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { servicesPerTest } from '../../helpers/services';

describe('the word list', () => {
  const app = servicesPerTest();
  const call = app.call;

  it('starts as the built-in list, then keeps the newsroom’s own', async () => {
    const first = await call('glossary.list');
    expect(first).toMatchObject({ ok: true, value: { builtIn: true } });
    const entries = [
      { term: '隆重召开', suggestion: '召开', note: '例行会议不用“隆重”', severity: 'warning' as const },
    ];
    expect(await call('glossary.save', { entries })).toEqual({ ok: true, value: { count: 1 } });
    await app.restart();
    expect(await call('glossary.list')).toEqual({ ok: true, value: { entries, builtIn: false } });
    expect(await call('glossary.save', { entries: [...entries, ...entries] })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('重复') },
    });
  });

  it('imports and exports CSV, refusing a file with bad lines whole', async () => {
    const csv = '\uFEFF词语,建议,说明,级别\r\n其它,其他,规范词形,error\r\n亲自,,慎用,warning\r\n';
    expect(await call('glossary.importCsv', { text: csv })).toEqual({ ok: true, value: { count: 2 } });
    const exported = await call('glossary.exportCsv');
    expect(exported.ok && (exported.value as { text: string }).text).toBe(csv);
    expect(await call('glossary.importCsv', { text: '词语,建议\n,x\n' })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^词表有 1 处问题，未导入任何词语：\n第 2 行/) },
    });
    expect((await call('glossary.list')) as { value: { entries: unknown[] } }).toMatchObject({
      value: { entries: [{}, {}] },
    });
  });

  it('falls back to the built-in list with a notice when its file is damaged', async () => {
    await app.restart(async () => {
      await writeFile(join(app.dir, 'glossary.json'), '{"entries": [');
    });
    expect(await call('glossary.list')).toMatchObject({ ok: true, value: { builtIn: true } });
    const info = (await call('app.info')) as { value: { notices: string[] } };
    expect(info.value.notices.some((n) => n.startsWith('词表文件已损坏'))).toBe(true);
  });
});
