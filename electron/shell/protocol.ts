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

/**
 * Serves the built renderer on app:// with the strict CSP header. Requests
 * outside the renderer folder get 404.
 */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
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
