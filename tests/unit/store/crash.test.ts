import { describe, expect, it, beforeAll } from 'vitest';
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleStore } from '../../../electron/store/article-store';
import { tempDir } from '../../helpers/temp-dir';
import { bundleHelper } from '../../helpers/bundle';

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 30);
let writerScript: string;

beforeAll(async () => {
  writerScript = await bundleHelper('crash-writer');
});

/**
 * Runs the writer and kills it with SIGKILL `ms` after it starts (`from: 'spawn'`,
 * so the kill may land in start-up and recovery too) or after its first
 * acknowledged save (`from: 'ack'`, so every such round has saved something
 * however slow the machine is). Returns the acknowledged saves.
 */
function runAndKill(
  dataDir: string,
  seed: number,
  ms: number,
  from: 'spawn' | 'ack',
): Promise<Map<string, { revision: number; title: string }>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writerScript, dataDir, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked = new Map<string, { revision: number; title: string }>();
    let buffer = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [, id, revision, title] = line.split(' ');
        acked.set(id!, { revision: Number(revision), title: title! });
      }
      if (from === 'ack' && acked.size > 0 && !timer) timer = setTimeout(() => child.kill('SIGKILL'), ms);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    let timer: NodeJS.Timeout | null = from === 'spawn' ? setTimeout(() => child.kill('SIGKILL'), ms) : null;
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`writer exited by itself (${code}): ${stderr}`));
      else resolve(acked);
    });
  });
}

async function allJsonFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await allJsonFiles(path)));
    else if (entry.name.endsWith('.json') && !entry.name.startsWith('.')) out.push(path);
  }
  return out;
}

describe('crash safety', () => {
  it(
    `a writer killed at random points ${ROUNDS} times never leaves a torn file or loses an acknowledged save`,
    async () => {
      const { dir, cleanup } = await tempDir('copydesk-crash-');
      const everAcked = new Map<string, { revision: number; title: string }>();
      let totalAcks = 0;
      try {
        for (let round = 0; round < ROUNDS; round++) {
          const fromAck = round % 2 === 1;
          const acked = await runAndKill(
            dir,
            round + 1,
            fromAck ? (round * 37) % 300 : 100 + ((round * 97) % 500),
            fromAck ? 'ack' : 'spawn',
          );
          if (fromAck) expect(acked.size).toBeGreaterThan(0);
          totalAcks += acked.size;
          for (const [id, ack] of acked) everAcked.set(id, ack);

          // Every JSON file is whole: old or new content, never a torn mix.
          for (const file of await allJsonFiles(dir)) {
            expect(() => JSON.parse(readFileSync(file, 'utf8')), file).not.toThrow();
          }

          const store = await ArticleStore.open({ dataDir: dir });
          expect(store.notices).toEqual([]);
          for (const [id, ack] of everAcked) {
            const article = await store.get(id);
            expect(article.revision).toBeGreaterThanOrEqual(ack.revision);
            if (article.revision === ack.revision) expect(article.title).toBe(ack.title);
            everAcked.set(id, { revision: article.revision, title: article.title });
          }
          // The catalog agrees with the article files.
          const listed = new Map<string, number>();
          for (const { month } of store.months())
            for (const e of await store.listMonth(month)) listed.set(e.id, e.revision);
          for (const [id, ack] of everAcked) {
            if (listed.get(id) !== ack.revision) {
              const article = await store.get(id);
              console.log('DIAG', JSON.stringify({ id, date: article.dateline?.date, months: store.months(), round }));
              console.log(
                'DIAG journal',
                await readFile(join(dir, 'catalog', 'journal.jsonl'), 'utf8').catch(() => 'none'),
              );
              console.log('DIAG index', await readFile(join(dir, 'catalog', 'index.json'), 'utf8').catch(() => 'none'));
              const month = article.dateline?.date.slice(0, 7);
              const bucket = await readFile(join(dir, 'catalog', `${month}.json`), 'utf8').catch(() => 'none');
              console.log('DIAG bucket has id', bucket.includes(id), bucket.length);
            }
            expect(listed.get(id), `catalog entry of ${id}`).toBe(ack.revision);
          }
          await store.close();
        }
        expect(totalAcks).toBeGreaterThanOrEqual(Math.floor(ROUNDS / 2));
        const meta = JSON.parse(await readFile(join(dir, 'copydesk.json'), 'utf8'));
        expect(meta.schemaVersion).toBeGreaterThan(0);
      } finally {
        await cleanup();
      }
    },
    60_000 + ROUNDS * 2_000,
  );
});
