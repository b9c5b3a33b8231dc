import { existsSync } from 'node:fs';

/** Flags for a system Chromium run headless here: no sandbox as root, no network chatter on a closed network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The system Chromium: CHROMIUM_PATH when set (and nothing else), else /usr/bin/chromium or chromium-browser; or null. */
export function chromiumBinary(): string | null {
  const wanted = process.env.CHROMIUM_PATH;
  if (wanted) return existsSync(wanted) ? wanted : null;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((c) => existsSync(c)) ?? null;
}
