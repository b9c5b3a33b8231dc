import type { Transport } from '../../../shared/ipc/bridge';
import type { Result } from '../../../shared/ipc/result';

const DISCONNECTED: Result<never> = {
  ok: false,
  error: { code: 'UNAVAILABLE', message: '与采编台服务的连接已断开，请重新启动测试主机后刷新页面。' },
};

/**
 * The transport in the test host: the same calls over a WebSocket to
 * 127.0.0.1, authorised by the per-launch token from the page URL's fragment.
 */
export function wsTransport(url: string): Transport {
  let nextId = 1;
  const waiting = new Map<number, (result: Result<unknown>) => void>();
  const socket = new WebSocket(url);
  const opened = new Promise<boolean>((resolve) => {
    socket.addEventListener('open', () => resolve(true));
    socket.addEventListener('error', () => resolve(false));
  });
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { id: number; result: Result<unknown> };
    waiting.get(message.id)?.(message.result);
    waiting.delete(message.id);
  });
  socket.addEventListener('close', () => {
    for (const settle of waiting.values()) settle(DISCONNECTED);
    waiting.clear();
  });
  return async (channel, input) => {
    if (!(await opened) || socket.readyState !== WebSocket.OPEN) return DISCONNECTED;
    const id = nextId++;
    return new Promise<Result<unknown>>((resolve) => {
      waiting.set(id, resolve);
      socket.send(JSON.stringify({ id, channel, input }));
    });
  };
}

/** The WebSocket URL for the host page at `location`, or null when the page has no token. */
export function hostSocketUrl(location: Pick<Location, 'host' | 'hash' | 'protocol'>): string | null {
  const token = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  if (!token || location.protocol !== 'http:') return null;
  return `ws://${location.host}/ipc?token=${encodeURIComponent(token)}`;
}
