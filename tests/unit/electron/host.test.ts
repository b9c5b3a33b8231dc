import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import WebSocket from 'ws';
import { MAX_MESSAGE_BYTES, startHost, type RunningHost } from '../../../electron/host/server';
import { openServices, type Services } from '../../../electron/services/services';
import { tempDir } from '../../helpers/temp-dir';

let services: Services;
let host: RunningHost;
let cleanup: () => Promise<void>;
let origin: string;

beforeAll(async () => {
  const { dir, cleanup: c } = await tempDir('copydesk-host-');
  cleanup = c;
  const rendererDir = join(dir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>采编台</title>');
  await writeFile(join(dir, 'secret.txt'), 'secret');
  services = await openServices({ version: 'test', dataDir: join(dir, 'data'), runtime: 'host' });
  host = await startHost({ handlers: services.handlers, rendererDir, port: 0 });
  origin = `http://127.0.0.1:${host.port}`;
});

afterAll(async () => {
  await host.close();
  await services.close();
  await cleanup();
});

function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function connect(url: string, wsOrigin = origin): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { origin: wsOrigin });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

function call(ws: WebSocket, id: number, channel: string, input?: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(data.toString()) as { id: number; result: unknown };
      if (message.id !== id) return;
      ws.off('message', onMessage);
      resolve(message.result);
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ id, channel, input }));
  });
}

describe('test host', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying the token', () => {
    expect(host.url).toBe(`${origin}/#token=${host.token}`);
    expect(host.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('serves the renderer with the CSP header allowing only its own WebSocket', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('采编台');
    expect(res.headers['content-security-policy']).toContain(`connect-src 'self' ws://127.0.0.1:${host.port}`);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('serves nothing outside the renderer folder and refuses other Host names', async () => {
    expect((await get('/../secret.txt')).status).not.toBe(200);
    expect((await get('/%2e%2e/secret.txt')).status).not.toBe(200);
    expect((await get('/', { Host: 'evil.example:80' })).status).toBe(421);
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/')).status).toBe(200); // still serving
  });

  it('refuses WebSockets without the token, with a wrong token, or from another origin', async () => {
    const base = `ws://127.0.0.1:${host.port}/ipc`;
    await expect(connect(base)).rejects.toThrow(/403/);
    await expect(connect(`${base}?token=${'0'.repeat(48)}`)).rejects.toThrow(/403/);
    await expect(connect(`${base}?token=${host.token}`, 'http://evil.example')).rejects.toThrow(/403/);
  });

  it('binds the contract over the WebSocket with the same validation', async () => {
    const ws = await connect(`ws://127.0.0.1:${host.port}/ipc?token=${host.token}`);
    const created = (await call(ws, 1, 'articles.create', { title: '主机测试' })) as {
      ok: true;
      value: { id: string };
    };
    expect(created.ok).toBe(true);
    expect(await call(ws, 2, 'articles.get', { id: created.value.id })).toMatchObject({
      ok: true,
      value: { title: '主机测试', revision: 1 },
    });
    expect(await call(ws, 3, 'articles.get', { id: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await call(ws, 4, 'shell.exec', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    ws.close();
  });

  it('answers every malformed frame and stays up: null, non-objects, bad JSON, bad ids, and frames over the limit', async () => {
    const url = `ws://127.0.0.1:${host.port}/ipc?token=${host.token}`;
    const ws = await connect(url);
    const replies: unknown[] = [];
    ws.on('message', (data) => replies.push(JSON.parse(data.toString())));
    const frames = [
      'null',
      '42',
      '"text"',
      '[1,2]',
      '{not json',
      '{"id":"7","channel":"app.info"}',
      '{"channel":"app.info"}',
      '{"id":1.5}',
      '{"__proto__":{"id":1}}',
    ];
    for (const frame of frames) ws.send(frame);
    await expect.poll(() => replies.length).toBe(frames.length);
    for (const reply of replies)
      expect(reply).toMatchObject({ id: null, result: { ok: false, error: { code: 'INVALID_INPUT' } } });
    expect(await call(ws, 9, 'app.info')).toMatchObject({ ok: true });
    // A frame over the limit closes that socket alone; the host keeps serving.
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.send(Buffer.alloc(MAX_MESSAGE_BYTES + 1024, 0x20));
    expect(await closed).toBe(1009);
    const again = await connect(url);
    expect(await call(again, 1, 'app.info')).toMatchObject({ ok: true });
    again.close();
  });
});
