import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import WebSocket from 'ws';
import { openServices, type Services } from '../../../electron/services/services';
import { startHost, type RunningHost } from '../../../electron/host/server';
import { dispatch } from '../../../shared/ipc/dispatch';
import { CHANNELS, type Channel } from '../../../shared/ipc/channels';
import { contract } from '../../../shared/ipc/contract';
import { ERROR_CODES, type Result } from '../../../shared/ipc/result';
import { BUILT_IN_PRESETS } from '../../../shared/layout/presets';
import { hostileValue, mutate, rng, validValue } from '../../helpers/arbitrary';
import { tempDir } from '../../helpers/temp-dir';

/** Inputs per channel: bounded in `npm test`, long in `npm run test:soak` (FUZZ_ROUNDS). */
const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 9);
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);

let dir: string;
let cleanup: () => Promise<void>;
let services: Services;
let host: RunningHost;
const realIds: string[] = [];

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('copydesk-fuzz-'));
  services = await openServices({ version: 'fuzz', dataDir: join(dir, 'data'), runtime: 'host' });
  const rendererDir = join(dir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html>');
  host = await startHost({ handlers: services.handlers, rendererDir, port: 0 });
  await dispatch(services.handlers, 'people.loadSample', undefined);
  await dispatch(services.handlers, 'profile.save', { name: '王编辑', role: '编辑' });
  for (const title of ['甲', '乙', '丙']) {
    const r = await dispatch(services.handlers, 'articles.create', { title });
    if (r.ok) realIds.push((r.value as { id: string }).id);
  }
});

afterAll(async () => {
  await host.close();
  await services.close();
  await cleanup();
});

/** Valid inputs for channels whose refinements random values cannot meet. */
const KNOWN_VALID: Partial<Record<Channel, () => unknown>> = {
  'presets.save': () => ({ presets: BUILT_IN_PRESETS }),
};

/** An input for `channel`: valid (ids swapped for real ones half the time), one part made hostile, or hostile whole. */
function inputFor(channel: Channel, round: number, random: () => number): unknown {
  const schema = contract[channel].input;
  let valid: unknown = KNOWN_VALID[channel]?.();
  for (let attempt = 0; attempt < 20 && !schema.safeParse(valid).success; attempt++) {
    valid = validValue(schema, random);
    if (schema.safeParse(valid).success) break;
  }
  if (valid && typeof valid === 'object' && 'id' in valid && random() < 0.5 && channel.startsWith('articles.'))
    (valid as { id: unknown }).id = realIds[Math.floor(random() * realIds.length)];
  if (round % 3 === 0) return valid;
  if (round % 3 === 1) return mutate(valid, random);
  return hostileValue(random);
}

/** A channel's answer is a typed error (never INTERNAL) or a value that fits its output schema. */
function isTypedAnswer(channel: Channel, result: Result<unknown>): boolean {
  if (result.ok) return contract[channel].output.safeParse(result.value).success;
  return (
    (ERROR_CODES as readonly string[]).includes(result.error.code) &&
    result.error.code !== 'INTERNAL' &&
    result.error.message.length > 0
  );
}

describe('contract fuzzing', () => {
  it(
    `every channel, through dispatch, answers ${ROUNDS} generated inputs each with a typed error or a valid result`,
    async () => {
      const random = rng(SEED);
      const failures: string[] = [];
      const reached = new Set<Channel>();
      let tried = 0;
      for (const channel of CHANNELS) {
        for (let round = 0; round < ROUNDS; round++) {
          const input = inputFor(channel, round, random);
          if (contract[channel].input.safeParse(input).success) reached.add(channel);
          const result = await dispatch(services.handlers, channel, input, (c, e) =>
            failures.push(`${c}: ${String(e)}`),
          );
          tried++;
          if (!isTypedAnswer(channel, result))
            failures.push(`${channel} (seed ${SEED}, round ${round}): ${JSON.stringify(result).slice(0, 300)}`);
        }
      }
      console.log(`[fuzz] dispatch: ${tried} inputs over ${CHANNELS.length} channels, ${failures.length} failures`);
      expect(failures).toEqual([]);
      // The generator reaches past validation on every channel, so handlers really ran.
      expect(CHANNELS.filter((c) => !reached.has(c))).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      // Nothing was written outside the data folder.
      expect((await readdir(dir)).sort()).toEqual(['data', 'renderer']);
    },
    120_000 + ROUNDS * 2_000,
  );

  it(
    'the host, over its WebSocket, answers every frame (generated calls and raw garbage) and stays up',
    async () => {
      const random = rng(SEED + 1);
      const ws = new WebSocket(`ws://127.0.0.1:${host.port}/ipc?token=${host.token}`, {
        origin: `http://127.0.0.1:${host.port}`,
      });
      await new Promise((resolve, reject) => {
        ws.once('open', resolve);
        ws.once('error', reject);
      });
      const replies: Array<{ id: number | null; result: Result<unknown> }> = [];
      ws.on('message', (data) => replies.push(JSON.parse(data.toString())));
      const frames: string[] = [];
      let id = 0;
      for (const channel of CHANNELS)
        for (let round = 0; round < Math.max(3, Math.floor(ROUNDS / 3)); round++)
          frames.push(JSON.stringify({ id: ++id, channel, input: inputFor(channel, round, random) }) ?? 'null');
      for (let i = 0; i < ROUNDS * 10; i++) {
        const raw = JSON.stringify(hostileValue(random)) ?? '';
        frames.push(random() < 0.5 ? raw : raw.slice(0, Math.floor(random() * raw.length)));
      }
      for (const frame of frames) ws.send(frame);
      await expect.poll(() => replies.length, { timeout: 120_000 }).toBe(frames.length);
      const bad = replies.filter((r) => !r.result || (!r.result.ok && r.result.error.code === 'INTERNAL'));
      console.log(`[fuzz] host: ${frames.length} frames, ${bad.length} failures`);
      expect(bad).toEqual([]);
      ws.close();
      const again = await dispatch(services.handlers, 'app.info', undefined);
      expect(again.ok).toBe(true);
    },
    120_000 + ROUNDS * 2_000,
  );
});
