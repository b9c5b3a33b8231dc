import { join, normalize, sep } from 'node:path';

/** The custom scheme the renderer is served from (never file://). */
export const APP_SCHEME = 'app';

/** The renderer's origin. */
export const APP_ORIGIN = `${APP_SCHEME}://copydesk`;

/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when a URL belongs to the app's own origin (the only sender IPC answers). */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'copydesk';
  } catch {
    return false;
  }
}

/** True when a link may be handed to the system browser: plain http(s), no credentials. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
      !parsed.username &&
      !parsed.password &&
      parsed.hostname.length > 0
    );
  } catch {
    return false;
  }
}

/**
 * Maps an app:// request path to a file under the renderer folder, or null when
 * it would escape that folder.
 */
export function resolveAppPath(rendererDir: string, requestUrl: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  const root = normalize(rendererDir);
  const file = normalize(join(root, pathname === '/' ? 'index.html' : pathname));
  return file.startsWith(root + sep) ? file : null;
}
