import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../shared/ipc/dispatch';
import { CHANNELS } from '../../../shared/ipc/channels';
import { contract, type Handlers } from '../../../shared/ipc/contract';
import { CopydeskError } from '../../../shared/ipc/result';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const fail = async () => {
    throw new Error('not used');
  };
  return { ...(Object.fromEntries(CHANNELS.map((c) => [c, fail])) as unknown as Handlers), ...overrides };
}

describe('IPC contract and dispatch', () => {
  it('declares every channel once, named area.verb', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+\.[a-z][A-Za-z]*$/);
  });

  it('refuses unknown channels', async () => {
    expect(await dispatch(handlers(), 'fs.readFile', {})).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('未知的调用') },
    });
  });

  it('validates input before the handler runs, with a Chinese message naming the field', async () => {
    const save = vi.fn();
    const result = await dispatch(handlers({ 'articles.save': save }), 'articles.save', {
      id: '0mx0aiefbr3pcd5udtr',
      baseRevision: 1,
      content: {
        kicker: null,
        title: 't',
        subtitle: null,
        dateline: { source: '本报讯', date: '2021-02-29', timeOfDay: null },
        body: [],
        byline: { reporters: [], correspondents: [], photographers: [], interns: [] },
      },
    });
    expect(save).not.toHaveBeenCalled();
    expect(result).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/稿件内容·电头·日期：日期不存在/) },
    });
  });

  it('words zod’s own checks in Chinese, never in English', async () => {
    const result = await dispatch(handlers({}), 'templates.save', { name: '模'.repeat(40), content: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const message = result.ok ? '' : result.error.message;
    expect(message).toMatch(/模板名称最多 30 个字/);
    const tooLong = await dispatch(handlers({}), 'trust.importKey', { text: 'x'.repeat(20_000) });
    expect(tooLong.ok ? '' : tooLong.error.message).toBe('输入无效（文字：太长，最多 10,000 个字）');
    const missing = await dispatch(handlers({}), 'articles.get', {});
    expect(missing.ok ? '' : missing.error.message).toBe('输入无效（编号：缺少这一项）');
    for (const r of [result, tooLong, missing]) expect(r.ok ? '' : r.error.message).not.toMatch(/[A-Za-z]{4,}/);
  });

  it('wraps values and service errors in the envelope', async () => {
    const ok = await dispatch(
      handlers({ 'articles.emptyTrash': async () => ({ removed: 2 }) }),
      'articles.emptyTrash',
      undefined,
    );
    expect(ok).toEqual({ ok: true, value: { removed: 2 } });
    const conflict = await dispatch(
      handlers({ 'articles.get': async () => Promise.reject(new CopydeskError('CONFLICT', '保存冲突')) }),
      'articles.get',
      { id: '0mx0aiefbr3pcd5udtr' },
    );
    expect(conflict).toEqual({ ok: false, error: { code: 'CONFLICT', message: '保存冲突' } });
  });

  it('reports unexpected errors and invalid output as INTERNAL without throwing', async () => {
    const sink = vi.fn();
    const crash = await dispatch(
      handlers({ 'articles.months': async () => Promise.reject(new TypeError('boom')) }),
      'articles.months',
      undefined,
      sink,
    );
    expect(crash).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const bad = await dispatch(
      handlers({ 'articles.months': async () => [{ month: 'nope', count: 1 }] }),
      'articles.months',
      undefined,
      sink,
    );
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('不符合约定') },
    });
    expect(sink).toHaveBeenCalledTimes(2);
  });
});
