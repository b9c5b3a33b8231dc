import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SearchDoc } from '../../../shared/search/doc';
import { buildSegmentData, type SegmentData, type TextIndex } from '../../../shared/search/segment';
import { drive } from './steps';

/** The build thread's bundle, beside each Node-side bundle that opens an index (electron/tools/build.mjs). */
export const SEARCH_WORKER_FILE = 'search-worker.cjs';

/** The build thread's bundle in the folder `dir` of the bundle that runs. */
export function searchWorkerIn(dir: string): string {
  return join(dir, SEARCH_WORKER_FILE);
}

/** A batch's texts sent to the build thread. */
export interface BuildRequest {
  id: number;
  texts: string[];
}

/** The build thread's answer: the batch's postings and signatures, or why it failed. */
export type BuildReply = { id: number; index: TextIndex } | { id: number; error: string };

/** One batch of a rebuild: its articles' records and searchable texts. */
export type BuildBatch = ReadonlyArray<{ doc: SearchDoc; text: string }>;

/**
 * Builds a rebuild's segments, in a worker thread when its bundle is given
 * (the main thread meanwhile reads and renders the next batch; measured on
 * two cores at 100,000 articles, a rebuild took 34-41 s instead of 49-62),
 * else in the main thread in steps. A worker that cannot start or fails is
 * given up and the batch is built in the main thread instead, so a rebuild
 * never depends on it. The worker lives as long as the rebuild (close ends
 * it), and keeps the process alive meanwhile, as a build in the main thread
 * would. Electron loads a worker's script from inside the app's asar
 * archive since electron/electron#33216 (Electron 18).
 */
export class SegmentBuilder {
  private worker: Worker | null = null;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (index: TextIndex) => void; reject: (e: Error) => void }>();

  constructor(workerFile: string | undefined) {
    if (!workerFile) return;
    try {
      this.worker = new Worker(workerFile);
    } catch {
      return;
    }
    this.worker.on('message', (reply: BuildReply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if ('error' in reply) waiter?.reject(new Error(reply.error));
      else waiter?.resolve(reply.index);
    });
    const fail = (error: Error) => this.giveUp(error);
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`检索索引构建线程已退出（${code}）`)));
  }

  /** True while batches go to the worker thread. */
  get threaded(): boolean {
    return this.worker !== null;
  }

  /** Builds a segment of `batch`. */
  async build(batch: BuildBatch): Promise<SegmentData> {
    const texts = batch.map((e) => e.text);
    const docs = batch.map((e) => e.doc);
    if (this.worker) {
      try {
        const index = await this.request(texts);
        return { docs, texts, ...index };
      } catch {
        this.giveUp(new Error('检索索引构建线程出错'));
      }
    }
    return drive(buildSegmentData(batch));
  }

  private request(texts: string[]): Promise<TextIndex> {
    const id = this.next++;
    return new Promise<TextIndex>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker!.postMessage({ id, texts } satisfies BuildRequest);
    });
  }

  /** Stops using the worker: batches waiting on it fail (and are built in the main thread). */
  private giveUp(error: Error): void {
    const worker = this.worker;
    this.worker = null;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
    void worker?.terminate().catch(() => {});
  }

  /** Ends the worker thread (and with it the memory its builds kept for the next). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.waiting.clear();
    if (worker) await worker.terminate().catch(() => 0);
  }
}
