import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ageInboxFiles } from '../../helpers/inbox';
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { writeFileAtomic } from '../../../electron/store/durable-file';
import { join } from 'node:path';
import { openServices, type Services } from '../../../electron/services/services';
import { ArticleStore } from '../../../electron/store/article-store';
import { checkArchive } from '../../../electron/store/archive-check';
import { PeopleStore } from '../../../electron/store/people-store';
import { IssuesStore } from '../../../electron/store/issues-store';
import { dispatch } from '../../../shared/ipc/dispatch';
import { sealSubmission, submissionPayload } from '../../../electron/services/submissions';
import { bundleHelper } from '../../helpers/bundle';
import { tempDir } from '../../helpers/temp-dir';

/** Rounds of kill -9: bounded in `npm test`, hundreds in `npm run test:soak` (SOAK_ROUNDS). */
const ROUNDS = Number(process.env.SOAK_ROUNDS ?? 12);
const SUBMISSIONS = 12;

let writer: string;
let root: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  writer = await bundleHelper('soak-writer');
  ({ dir: root, cleanup } = await tempDir('copydesk-soak-'));
});
afterAll(async () => {
  await cleanup?.();
});

interface Line {
  what: 'BEGIN' | 'ACK';
  op: string;
  data: Record<string, unknown>;
}

/**
 * Runs the writer and kills it `ms` after its first acknowledged operation
 * (`from: 'ack'`), or `ms` after it starts (`from: 'spawn'`, so the kill may
 * land in start-up and recovery too); returns what it printed.
 */
function runAndKill(dataDir: string, inbox: string, seed: number, ms: number, from: 'ack' | 'spawn'): Promise<Line[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir, String(seed), inbox], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: Line[] = [];
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | null = from === 'spawn' ? setTimeout(() => child.kill('SIGKILL'), ms) : null;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      for (const part of parts) {
        const [what, op, ...rest] = part.split(' ');
        lines.push({
          what: what as Line['what'],
          op: op!,
          data: JSON.parse(rest.join(' ')) as Record<string, unknown>,
        });
      }
      if (!timer && lines.some((l) => l.what === 'ACK')) timer = setTimeout(() => child.kill('SIGKILL'), ms);
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    // A safety net: a writer that never acknowledges anything is killed too (and the round fails below).
    const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code, signal) => {
      clearTimeout(guard);
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`writer exited by itself (${code}): ${stderr}`));
      else resolve(lines);
    });
  });
}

/** Every article the views list (months and 回收站): id → revision and title. */
async function view(store: ArticleStore): Promise<Map<string, { revision: number; title: string; trashed: boolean }>> {
  const out = new Map<string, { revision: number; title: string; trashed: boolean }>();
  for (const { month } of store.months())
    for (const e of await store.listMonth(month))
      out.set(e.id, { revision: e.revision, title: e.title, trashed: false });
  for (const e of await store.listTrash()) out.set(e.id, { revision: e.revision, title: e.title, trashed: true });
  return out;
}

describe('crash soak', () => {
  it(`kill -9 during saves, imports, trash, restore, people imports, issue plans and the inbox, ${ROUNDS} times: acknowledged work is whole, the rest absent or whole, never partial`, async () => {
    const dataDir = join(root, 'desk');
    const inbox = join(root, 'inbox');
    // A correspondent's signed submissions wait in the desk's 收稿箱.
    const correspondent: Services = await openServices({
      version: 'soak',
      dataDir: join(root, 'correspondent'),
      runtime: 'host',
    });
    const desk: Services = await openServices({ version: 'soak', dataDir, runtime: 'host' });
    const identity = await correspondent.workflow.identity();
    await dispatch(correspondent.handlers, 'profile.save', { name: '张莉', role: '通讯员' });
    const key = await dispatch(correspondent.handlers, 'profile.exportKey', undefined);
    await dispatch(desk.handlers, 'trust.importKey', { text: (key as { value: { text: string } }).value.text });
    const submissionIds: string[] = [];
    for (let i = 0; i < SUBMISSIONS; i++) {
      const article = await correspondent.store.create({
        title: `来稿${i}`,
        body: [{ type: 'paragraph', children: [{ text: '正文。' }] }],
      });
      const payload = submissionPayload(article, { name: '张莉', role: '通讯员' }, identity, 'soak', new Date());
      submissionIds.push(payload.id);
      await mkdir(inbox, { recursive: true });
      await writeFileAtomic(join(inbox, `来稿${i}.cdsub`), sealSubmission(payload, identity));
    }
    await ageInboxFiles(inbox);
    await correspondent.close();
    await desk.close();

    const acked = new Map<string, { revision: number; title: string; trashed: boolean }>();
    const people: string[] = [];
    const issues = new Map<string, number>();
    let operations = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const fromSpawn = round % 4 === 3;
      const lines = await runAndKill(
        dataDir,
        inbox,
        round + 1,
        fromSpawn ? 150 + ((round * 97) % 600) : (round * 53) % 400,
        fromSpawn ? 'spawn' : 'ack',
      );
      const acks = lines.filter((l) => l.what === 'ACK');
      if (!fromSpawn) expect(acks.length, `round ${round} acknowledged nothing`).toBeGreaterThan(0);
      operations += acks.length;
      const lastBegin = lines.filter((l) => l.what === 'BEGIN').at(-1);
      const unfinished = lastBegin && lines.at(-1)?.what === 'BEGIN' ? lastBegin : null;
      for (const { op, data } of acks) {
        if (['create', 'save', 'trash', 'restore'].includes(op))
          acked.set(data.id as string, {
            revision: data.revision as number,
            title: data.title as string,
            trashed: data.trashed as boolean,
          });
        if (op === 'people') people.push(`${data.name as string}\u0000${data.organisation as string}`);
        if (op === 'issue') issues.set(data.id as string, data.number as number);
      }

      // What read-only views (CLI list/show) see right after the crash …
      const reader = await ArticleStore.open({ dataDir, readOnly: true });
      const seen = await view(reader);
      for (const [id, e] of seen)
        expect((await reader.get(id)).revision, `round ${round}: show ${id}`).toBe(e.revision);
      await reader.close();
      // … is what a writer sees after recovery.
      const services = await openServices({ version: 'soak', dataDir, runtime: 'host' });
      const store = services.store;
      const truth = await view(store);
      expect([...truth.entries()].sort(), `round ${round}: read-only and writer views`).toEqual(
        [...seen.entries()].sort(),
      );

      // Every acknowledged save, delete and restore is there (or a later one), whole.
      for (const [id, ack] of acked) {
        const article = await store.get(id);
        expect(article.revision, `round ${round}: ${id}`).toBeGreaterThanOrEqual(ack.revision);
        if (article.revision === ack.revision) {
          expect(article.title).toBe(ack.title);
          expect(article.deletedAt !== null).toBe(ack.trashed);
        }
        acked.set(id, { revision: article.revision, title: article.title, trashed: article.deletedAt !== null });
      }
      // Imports: every batch is all there or not at all.
      const titles = [...truth.values()].map((e) => e.title);
      for (const line of lines.filter((l) => l.op === 'import' && l.what === 'BEGIN')) {
        const prefix = line.data.prefix as string;
        const done = acks.find((a) => a.op === 'import' && a.data.prefix === prefix);
        // An acknowledged import's articles are all there (a later save may have retitled one).
        if (done)
          for (const id of done.data.ids as string[]) expect(truth.has(id), `round ${round}: ${prefix}`).toBe(true);
        else
          expect([0, line.data.size], `round ${round}: unfinished import ${prefix}`).toContain(
            titles.filter((t) => t.startsWith(prefix)).length,
          );
      }
      // The 人员库 and issue plans hold every acknowledged change, and read whole.
      const directory = new PeopleStore(dataDir);
      const everyone = new Set((await directory.list()).map((p) => `${p.name}\u0000${p.organisation}`));
      for (const p of people) expect(everyone.has(p), `round ${round}: person ${p}`).toBe(true);
      expect(directory.notices).toEqual([]);
      const plans = new IssuesStore(dataDir);
      for (const [id, number] of issues) expect((await plans.get(id)).number).toBe(number);
      expect(plans.notices).toEqual([]);
      // No submission was taken in twice.
      const origins = new Map<string, number>();
      for (const id of truth.keys()) {
        const s = (await store.get(id)).origin?.submissionId;
        if (s) origins.set(s, (origins.get(s) ?? 0) + 1);
      }
      for (const [s, n] of origins) expect(n, `round ${round}: submission ${s}`).toBe(1);
      if (unfinished)
        expect(['create', 'save', 'import', 'trash', 'restore', 'people', 'issue', 'inbox']).toContain(unfinished.op);
      await services.close();
    }

    // Afterwards: the rest of the 收稿箱 comes in, each submission exactly once, and `copydesk check` finds the folder clean.
    const services = await openServices({ version: 'soak', dataDir, runtime: 'host' });
    await ageInboxFiles(inbox);
    await services.workflow.inbox.scan(inbox);
    const all = await view(services.store);
    const received: string[] = [];
    for (const id of all.keys()) {
      const s = (await services.store.get(id)).origin?.submissionId;
      if (s) received.push(s);
    }
    expect(received.sort()).toEqual([...submissionIds].sort());
    await services.close();
    const reader = await ArticleStore.open({ dataDir, readOnly: true });
    const report = await checkArchive(reader);
    await reader.close();
    console.log(
      `[soak] ${ROUNDS} kill -9 rounds, ${operations} acknowledged operations, ${all.size} articles, check: ${report.problems.length} problems`,
    );
    expect(report.problems).toEqual([]);
  }, 1_800_000);
});
