import type { ProofContext } from '../../../shared/proof/engine';
import type { ProofBlock } from '../../../shared/proof/blocks';
import type { Finding } from '../../../shared/proof/finding';
import { createProofThread, type ProofReply, type ProofRequest } from './proof-thread';

/** What the client talks to: the worker, or in tests anything with the same members. */
export interface ProofPort {
  postMessage(request: ProofRequest): void;
  onmessage: ((event: { data: ProofReply }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

/** The editor's proofreader, answering off the page's thread where it can. */
export interface ProofClient {
  /**
   * The findings for the blocks. Resolves with null when a newer check took
   * its place before it began: one check runs at a time, and of those asked
   * for meanwhile only the newest is run.
   */
  check(blocks: readonly ProofBlock[], context: ProofContext): Promise<Finding[] | null>;
  /** True while checks go to the worker (false: they run in the page). */
  readonly threaded: boolean;
  close(): void;
}

/** Starts the proofreading worker; null where workers are not available (jsdom, node). */
export function openProofWorker(): ProofPort | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./proof-worker.ts', import.meta.url), { type: 'module' }) as unknown as ProofPort;
  } catch {
    return null;
  }
}

interface Job {
  blocks: readonly ProofBlock[];
  context: ProofContext;
  resolve(findings: Finding[] | null): void;
}

/**
 * A proofreading client. Checks go to the worker `open` starts; if none
 * starts, or it fails, they run in the page with the same code (a failed
 * worker's check is run again there, so no check is lost).
 */
export function createProofClient(open: () => ProofPort | null = openProofWorker): ProofClient {
  let port: ProofPort | null = null;
  try {
    port = open();
  } catch {
    port = null;
  }
  let local: ReturnType<typeof createProofThread> | null = null;
  let sent: { directory: unknown; glossary: unknown } | null = null;
  let nextId = 0;
  let running: (Job & { id: number }) | null = null;
  let waiting: Job | null = null;
  let closed = false;

  const deliver = (request: ProofRequest): ProofReply | null => {
    if (port) {
      port.postMessage(request);
      return null;
    }
    local ??= createProofThread();
    return local.receive(request);
  };

  const start = (job: Job) => {
    if (!sent || sent.directory !== job.context.directory) {
      deliver({ type: 'people', people: job.context.directory?.people ?? null });
    }
    if (!sent || sent.glossary !== job.context.glossary) {
      deliver({ type: 'glossary', entries: job.context.glossary ?? null });
    }
    sent = { directory: job.context.directory, glossary: job.context.glossary };
    const id = ++nextId;
    running = { ...job, id };
    const reply = deliver({
      type: 'check',
      id,
      blocks: job.blocks,
      date: job.context.date,
      placeholders: job.context.placeholders ?? [],
    });
    if (reply) finish(reply);
  };

  const finish = (reply: ProofReply) => {
    if (!running || reply.id !== running.id) return;
    const done = running;
    running = null;
    done.resolve(reply.findings);
    const next = waiting;
    waiting = null;
    if (next && !closed) start(next);
  };

  const fail = () => {
    // The worker is gone: everything from now on, and the check it held, runs in the page.
    port?.terminate();
    port = null;
    sent = null;
    const again = running;
    running = null;
    if (again && !closed) {
      if (waiting) again.resolve(null);
      else waiting = again;
    }
    const next = waiting;
    waiting = null;
    if (next && !closed) start(next);
  };

  if (port) {
    port.onmessage = (event) => finish(event.data);
    port.onerror = () => fail();
  }

  return {
    check(blocks, context) {
      return new Promise((resolve) => {
        if (closed) return resolve(null);
        const job = { blocks, context, resolve };
        if (running) {
          waiting?.resolve(null);
          waiting = job;
        } else start(job);
      });
    },
    get threaded() {
      return port !== null;
    },
    close() {
      closed = true;
      waiting?.resolve(null);
      waiting = null;
      running?.resolve(null);
      running = null;
      port?.terminate();
      port = null;
    },
  };
}
