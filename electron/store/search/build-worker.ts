// The search index's build thread: given the searchable texts of a batch of
// articles, it builds their postings and signatures (the CPU-heavy part of a
// rebuild) and hands the arrays back without copying them, while the main
// thread reads and renders the next batch. Bundled on its own
// (search-worker.cjs beside the main bundles); see segment-builder.ts.
import { parentPort } from 'node:worker_threads';
import { runSteps } from '../../../shared/search/postings-build';
import { buildTextIndex } from '../../../shared/search/segment';
import type { BuildReply, BuildRequest } from './segment-builder';

const port = parentPort;
if (!port) throw new Error('search-worker runs as a worker thread');

port.on('message', (request: BuildRequest) => {
  let reply: BuildReply;
  try {
    const index = runSteps(buildTextIndex(request.texts));
    reply = { id: request.id, index };
    const { gramKeys, gramOffsets, gramProx, uniKeys, uniOffsets, bytes, prox } = index.postings;
    const buffers = [gramKeys, gramOffsets, gramProx, uniKeys, uniOffsets, bytes, prox, index.signatures].map(
      (a) => a.buffer as ArrayBuffer,
    );
    port.postMessage(reply, buffers);
  } catch (error) {
    port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
