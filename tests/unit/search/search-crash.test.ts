import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArticleStore } from '../../../electron/store/article-store';
import { SearchIndex } from '../../../electron/store/search/search-index';
import { renderHouseText } from '../../../shared/format/house-text';
import { NO_FILTERS } from '../../../shared/search/filters';
import { foldText } from '../../../shared/search/fold';
import { parseQuery } from '../../../shared/search/query';
import { syntheticCopy } from '../../helpers/synthetic-copy';
import { tempDir } from '../../helpers/temp-dir';
import { bundleHelper } from '../../helpers/bundle';

const ROUNDS = Number(process.env.SEARCH_CRASH_ROUNDS ?? 12);
let writerScript: string;

beforeAll(async () => {
  writerScript = await bundleHelper('search-crash-writer');
});

/** Runs the writer until it has acknowledged `acks` changes and `ms` more have passed, then kills it with SIGKILL. */
function runAndKill(dataDir: string, seed: number, acks: number, ms: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writerScript, dataDir, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let count = 0;
    let stderr = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      count += chunk.toString('utf8').split('\n').length - 1;
      if (count >= acks && !timer) timer = setTimeout(() => child.kill('SIGKILL'), ms);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`writer exited by itself (${code}): ${stderr}`));
      else resolve(count);
    });
  });
}

describe('the search index under kill -9', () => {
  it(
    `answers every query exactly as a scan of the archive after ${ROUNDS} kills mid-save`,
    async () => {
      const { dir, cleanup } = await tempDir('copydesk-search-crash-');
      const copy = syntheticCopy(2024);
      try {
        let changes = 0;
        let largest = 0;
        for (let round = 0; round < ROUNDS; round++) {
          changes += await runAndKill(
            dir,
            round + 1,
            5 + Math.floor(copy.random() * 30),
            Math.floor(copy.random() * 40),
          );
          // What the archive holds now, and what a scan of it finds.
          const store = await ArticleStore.open({ dataDir: dir });
          const index = await SearchIndex.open(store, { readOnly: false });
          await index.whenComplete();
          // A merge cut off by the kill leaves a temp file; opening removes it.
          expect((await readdir(join(dir, 'search'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
          largest = Math.max(largest, ...index.engine.segments.map((s) => s.columns.ids.length));
          const texts = new Map<string, string[]>();
          for (const entry of await store.allEntries())
            texts.set(entry.id, foldText(renderHouseText(await store.get(entry.id))).split('\n'));
          expect(index.engine.size, `round ${round}`).toBe(texts.size);
          const all = [...texts.values()].map((lines) => lines.join('\n'));
          for (let q = 0; q < 25 && all.length > 0; q++) {
            const query = copy.queryFrom(all[Math.floor(copy.random() * all.length)]!, 1 + (q % 6));
            if (!query) continue;
            const parsed = parseQuery(query);
            if (!parsed.ok) throw new Error(parsed.message);
            const page = await index.engine.search(parsed.terms, {
              filters: { ...NO_FILTERS, trash: 'include' },
              order: 'relevance',
              offset: 0,
              limit: 100_000,
              placed: null,
              now: new Date(),
            });
            const expected = [...texts]
              .filter(([, lines]) => lines.some((l) => l.includes(foldText(query))))
              .map(([id]) => id)
              .sort();
            expect(page.hits.map((h) => h.doc.id).sort(), `round ${round}, query ${query}`).toEqual(expected);
          }
          await index.close();
          await store.close();
        }
        expect(changes).toBeGreaterThan(ROUNDS * 5);
        // The writer merges tiers of segments of 2–4 articles: a larger segment is one such merge's.
        expect(largest).toBeGreaterThan(4);
      } finally {
        await cleanup();
      }
    },
    60_000 + ROUNDS * 5_000,
  );
});
