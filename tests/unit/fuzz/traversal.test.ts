import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { openServices, type Services } from '../../../electron/services/services';
import { dispatch } from '../../../shared/ipc/dispatch';
import { CHANNELS, type Channel } from '../../../shared/ipc/channels';
import { contract } from '../../../shared/ipc/contract';
import { sealSubmission, submissionPayload } from '../../../electron/services/submissions';
import { rng, validValue } from '../../helpers/arbitrary';
import { tempDir } from '../../helpers/temp-dir';
import type { z } from 'zod';

/** Path tricks an id or file name might carry. */
const TRAVERSALS = [
  '../../people',
  '../../trusted-senders',
  '../../../outside/settings',
  '..',
  '/etc/passwd',
  '..\\..\\people',
  'aaaaaaaaaaaaaaaa/../../people',
  'articles/../../people',
  '%2e%2e%2fpeople',
  'people\u0000',
];

/** Fields that name an id or a file, by key. */
const NAMES_A_FILE = /^(id|ids|articleId|issueId|jobId|fingerprint|fileName|sourceId|returnFor)$/;

/** Paths (dot-separated keys) of every string field of `schema` whose key names an id or a file. */
function idFields(schema: z.ZodType, path: string[] = []): string[][] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, value]) => {
        const inner = idFields(value, [...path, key]);
        const leaf = (value as unknown as { _zod: { def: { type: string } } })._zod.def.type;
        return NAMES_A_FILE.test(key) && inner.length === 0 && leaf !== 'object' ? [[...path, key]] : inner;
      });
    case 'optional':
    case 'nullable':
    case 'default':
    case 'pipe':
      return idFields((def.innerType ?? def.in) as z.ZodType, path);
    case 'array':
      return idFields(def.element as z.ZodType, [...path, '0']);
    default:
      return [];
  }
}

function setAt(value: unknown, path: string[], to: unknown): unknown {
  const copy = structuredClone(value ?? {}) as Record<string, unknown>;
  let at: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof at[key] !== 'object' || at[key] === null)
      at[key] = /^\d+$/.test(path[path.indexOf(key) + 1] ?? '') ? [] : {};
    at = at[key] as Record<string, unknown>;
  }
  at[path.at(-1)!] = to;
  return copy;
}

async function tree(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }))
    out.push(relative(dir, join(entry.parentPath, entry.name)));
  return out.sort();
}

let root: string;
let cleanup: () => Promise<void>;
let services: Services;
beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir('copydesk-traversal-'));
  await mkdir(join(root, 'outside'));
  await writeFile(join(root, 'outside', 'settings.json'), '{}');
  services = await openServices({ version: 't', dataDir: join(root, 'data'), runtime: 'host' });
  await dispatch(services.handlers, 'people.loadSample', undefined);
  await dispatch(services.handlers, 'profile.save', { name: '王编辑', role: '编辑' });
  await dispatch(services.handlers, 'articles.create', { title: '甲' });
});
afterAll(async () => {
  await services.close();
  await cleanup();
});

describe('every id and file name that reaches the services, with path tricks', () => {
  it('no IPC channel moves, makes or removes a file outside its place for any traversal in any id field', async () => {
    const random = rng(7);
    const before = (await tree(root)).filter((p) => !p.startsWith('data'));
    const people = () => dispatch(services.handlers, 'people.list', undefined);
    const peopleBefore = JSON.stringify(await people());
    let calls = 0;
    const fields: string[] = [];
    for (const channel of CHANNELS as readonly Channel[]) {
      const schema = contract[channel].input;
      for (const path of idFields(schema)) {
        fields.push(`${channel}:${path.join('.')}`);
        for (const trick of TRAVERSALS) {
          const input = setAt(validValue(schema, random), path, path.at(-1) === 'ids' ? [trick] : trick);
          const result = await dispatch(services.handlers, channel, input);
          calls++;
          // Ids are refused by format; a file name is only a label (inbox.receive), never a path.
          if (!/fileName|fingerprint/.test(path.join('.')))
            expect(result.ok, `${channel} ${path.join('.')}=${trick}`).toBe(false);
        }
      }
    }
    console.log(`[traversal] ${fields.length} id fields over ${CHANNELS.length} channels, ${calls} calls`);
    expect(fields.length).toBeGreaterThan(20);
    expect((await tree(root)).filter((p) => !p.startsWith('data'))).toEqual(before);
    expect(JSON.stringify(await people())).toBe(peopleBefore);
    expect(await readdir(join(root, 'data'))).not.toContain('damaged');
  });

  it('no field of a signed submission or return names a file: traversal in sourceId, returnFor or id is refused whole', async () => {
    const identity = await services.workflow.identity();
    await dispatch(services.handlers, 'settings.save', { inboxDir: '', outboxDir: '', trustMode: 'first-sight' });
    const article = await services.store.create({ title: '乙' });
    const base = submissionPayload(article, { name: '张莉', role: '通讯员' }, identity, 't', new Date());
    const before = await tree(root);
    for (const field of ['sourceId', 'returnFor', 'id'] as const)
      for (const kind of ['submission', 'return'] as const)
        for (const trick of TRAVERSALS) {
          const payload = { ...base, kind, [field]: trick };
          const receipt = await services.workflow.inbox.receive(`${trick}.cdsub`, sealSubmission(payload, identity));
          expect(receipt.outcome, `${kind}.${field}=${trick}`).toBe('refused');
        }
    expect(await tree(root)).toEqual(before);
  });
});
