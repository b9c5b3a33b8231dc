import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILT_IN_PRESETS, presetProblem } from '../../../shared/layout/presets';
import { servicesPerTest } from '../../helpers/services';

describe('page presets per paper', () => {
  const app = servicesPerTest();
  const call = app.call;

  it('start as the built-in presets, then keep the paper’s own', async () => {
    expect(await call('presets.list')).toEqual({ ok: true, value: { presets: BUILT_IN_PRESETS, builtIn: true } });
    const own = BUILT_IN_PRESETS.map((p) => (p.id === 'duikai' ? { ...p, charsPerColumn: 12, bodyPt: 9.5 } : p));
    expect(await call('presets.save', { presets: own })).toEqual({ ok: true, value: { count: 4 } });
    await app.restart();
    expect(await call('presets.list')).toEqual({ ok: true, value: { presets: own, builtIn: false } });
  });

  it('refuse a grid wider than its page and the same id twice; fall back on a damaged file', async () => {
    const wide = BUILT_IN_PRESETS.map((p) => (p.id === 'a4' ? { ...p, charsPerColumn: 16 } : p));
    expect(presetProblem(wide[3]!)).toMatch(/^“A4”的 4 栏 × 16 字（.+毫米）比版心（180.0 毫米）宽/);
    expect(await call('presets.save', { presets: wide })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('比版心') },
    });
    expect(await call('presets.save', { presets: [BUILT_IN_PRESETS[0]!, BUILT_IN_PRESETS[0]!] })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('版式编号重复') },
    });
    await app.restart(async () => {
      await writeFile(join(app.dir, 'presets.json'), '{"presets": [');
    });
    expect(await call('presets.list')).toMatchObject({ ok: true, value: { builtIn: true } });
  });
});
