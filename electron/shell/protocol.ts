import type { Protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { APP_SCHEME, resolveAppPath } from './app-url';
import { contentTypeOf } from '../services/content-types';

/** Privileges of app:// (call before the app is ready): a secure standard origin that can fetch its own files. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};

/** The CSP of print pages: their own inline styles, the app's fonts and the photos' print pictures (JPEG data URLs), no script, nothing else. */
export const PRINT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

/**
 * Serves the built renderer on app:// with the strict CSP header. Requests
 * outside the renderer folder get 404. Print pages waiting in `printPages`
 * are served on /print/<token>.html with the print CSP.
 */
export function serveAppProtocol(
  protocol: Pick<Protocol, 'handle'>,
  rendererDir: string,
  printPages: ReadonlyMap<string, string> = new Map(),
): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const print = /^\/print\/([0-9a-f-]{36})\.html$/.exec(new URL(request.url).pathname);
    if (print) {
      const html = printPages.get(print[1]!);
      if (html === undefined) return new Response('未找到', { status: 404 });
      return new Response(html, {
        status: 200,
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': PRINT_CSP,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    }
    const file = resolveAppPath(rendererDir, request.url);
    if (!file) return new Response('未找到', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        status: 200,
        headers: {
          'Content-Type': contentTypeOf(file),
          'Content-Security-Policy': contentSecurityPolicy(),
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('未找到', { status: 404 });
    }
  });
}
