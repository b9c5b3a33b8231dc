import { describe, expect, it } from 'vitest';
import { createProofreader } from '../../../shared/proof/engine';
import { textBlocks } from '../../../shared/proof/blocks';
import { indexDirectory } from '../../../shared/people/directory';
import { createProofClient, type ProofPort } from '../../../renderer/src/proof/proof-client';
import { createProofThread, type ProofReply, type ProofRequest } from '../../../renderer/src/proof/proof-thread';

const TEXT = ['关于会议的报道', '本报讯 3月18日上午,区委召开会议,部署工作。', '会议强调，要要抓好落实。'].join('\n');
const blocks = textBlocks(TEXT);
const context = { date: '2020-03-18', directory: indexDirectory([]), placeholders: [] as string[] };

/** A worker stand-in: requests wait until `answer()` runs them through a real proofreading thread. */
function fakeWorker() {
  const thread = createProofThread();
  const queue: ProofRequest[] = [];
  const port: ProofPort & { queue: ProofRequest[]; answer(): void; terminated: boolean } = {
    queue,
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage: (request) => queue.push(request),
    terminate() {
      port.terminated = true;
    },
    /** Answers what has been sent so far (not what the client sends in response). */
    answer() {
      for (const request of queue.splice(0)) {
        const reply = thread.receive(request);
        if (reply) port.onmessage!({ data: reply as ProofReply });
      }
    },
  };
  return port;
}

describe('the proofreading client', () => {
  it('without a worker, answers in the page what the proofreader finds', async () => {
    const client = createProofClient(() => null);
    expect(client.threaded).toBe(false);
    const expected = createProofreader().check(blocks, context);
    expect(expected.map((f) => f.rule)).toContain('punct.halfwidth');
    expect(await client.check(blocks, context)).toEqual(expected);
  });

  it('sends the directory and word list once, and only the newest of the checks asked for meanwhile', async () => {
    const worker = fakeWorker();
    const client = createProofClient(() => worker);
    expect(client.threaded).toBe(true);
    const first = client.check(blocks, context);
    const second = client.check(blocks.slice(0, 2), context);
    const third = client.check(blocks, context);
    // Context, then one check: the others wait.
    expect(worker.queue.map((r) => r.type)).toEqual(['people', 'glossary', 'check']);
    worker.answer();
    expect(await second).toBeNull();
    // The first answered, the newest is sent, without the context again.
    expect(worker.queue.map((r) => r.type)).toEqual(['check']);
    worker.answer();
    const expected = createProofreader().check(blocks, context);
    expect(await first).toEqual(expected);
    expect(await third).toEqual(expected);
    client.check(blocks, { ...context, directory: indexDirectory([]) });
    expect(worker.queue.map((r) => r.type)).toEqual(['people', 'check']);
  });

  it('runs a check in the page when the worker fails, so none is lost', async () => {
    const worker = fakeWorker();
    const client = createProofClient(() => worker);
    const pending = client.check(blocks, context);
    worker.onerror!(new Error('worker script failed to load'));
    expect(worker.terminated).toBe(true);
    expect(client.threaded).toBe(false);
    expect(await pending).toEqual(createProofreader().check(blocks, context));
    expect(await client.check(blocks, context)).toEqual(createProofreader().check(blocks, context));
  });

  it('answers nothing after it is closed', async () => {
    const worker = fakeWorker();
    const client = createProofClient(() => worker);
    const pending = client.check(blocks, context);
    client.close();
    expect(await pending).toBeNull();
    expect(worker.terminated).toBe(true);
    expect(await client.check(blocks, context)).toBeNull();
  });
});
