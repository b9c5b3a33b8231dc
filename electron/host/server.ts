import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { join, normalize, sep } from 'node:path';
import { contentTypeOf } from '../services/content-types';
import { WebSocketServer, type WebSocket } from 'ws';
import { dispatch } from '../../shared/ipc/dispatch';
import { fail } from '../../shared/ipc/result';
import { MAX_IPC_MESSAGE_BYTES } from '../../shared/model/limits';
import type { Handlers } from '../../shared/ipc/contract';
import { contentSecurityPolicy } from '../../shared/security/csp';

/** How the test host is started. */
export interface HostOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Called with unexpected service errors. */
  onInternalError?: (channel: string, error: unknown) => void;
}

/** A running host. */
export interface RunningHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Largest request the host accepts over its WebSocket. */
export const MAX_MESSAGE_BYTES = MAX_IPC_MESSAGE_BYTES;

/** A request frame read: its id, channel and input, or why it cannot be read (with its id when it had one). */
export function parseRequest(
  text: string,
): { ok: true; id: number; channel: unknown; input: unknown } | { ok: false; id: number | null; message: string } {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return { ok: false, id: null, message: '请求不是有效的 JSON。' };
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message))
    return { ok: false, id: null, message: '请求格式无效。' };
  const { id, channel, input } = message as { id?: unknown; channel?: unknown; input?: unknown };
  if (typeof id !== 'number' || !Number.isSafeInteger(id))
    return { ok: false, id: null, message: '请求缺少有效的编号。' };
  return { ok: true, id, channel, input };
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The test host: serves the built renderer and binds the IPC contract over a
 * WebSocket, on 127.0.0.1 only. Each launch has a random token, given to the
 * renderer in the URL fragment; a WebSocket without it, from another origin or
 * to another Host name is refused, so other local pages cannot call the services.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = randomBytes(24).toString('hex');
  const root = normalize(options.rendererDir);
  let origin = '';
  let hostHeader = '';

  const server = createServer((req, res) => {
    void serveStatic(req, res);
  });

  async function serveStatic(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.host !== hostHeader) {
      res.writeHead(421).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', origin).pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': contentTypeOf(file),
        'Content-Security-Policy': contentSecurityPolicy([origin.replace(/^http/, 'ws')]),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('未找到');
    }
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', origin);
    const allowed =
      url.pathname === '/ipc' &&
      req.headers.host === hostHeader &&
      req.headers.origin === origin &&
      sameSecret(url.searchParams.get('token') ?? '', token);
    if (!allowed) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => bind(ws));
  });

  /**
   * Binds one renderer connection. Every frame gets an answer or is dropped
   * alone: a frame that is not a JSON object with a numeric id is answered
   * with INVALID_INPUT (id null when it has none), a frame over the size
   * limit closes that socket only (ws reports it as an `error`, which must be
   * listened for or it takes the process down), and nothing a client sends
   * can throw out of this function.
   */
  function bind(ws: WebSocket): void {
    ws.on('error', (error) => options.onInternalError?.('ws', error));
    ws.on('message', (data) => {
      const reply = (id: number | null, result: unknown) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id, result }));
      };
      const request = parseRequest(data.toString());
      if (!request.ok) {
        reply(request.id, fail('INVALID_INPUT', request.message));
        return;
      }
      const { id, channel, input } = request;
      void dispatch(options.handlers, channel, input, options.onInternalError).then((result) => reply(id, result));
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  hostHeader = `127.0.0.1:${port}`;
  origin = `http://${hostHeader}`;

  return {
    url: `${origin}/#token=${token}`,
    port,
    token,
    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
