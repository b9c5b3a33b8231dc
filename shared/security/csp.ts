/**
 * The Content-Security-Policy for the renderer, the same in the app (app://)
 * and in the test host (http://127.0.0.1). `connect-src` names the host's
 * WebSocket origin when there is one; the app itself connects nowhere.
 */
export function contentSecurityPolicy(connectSrc: readonly string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    // The proofreading worker (renderer/src/proof/proof-worker.ts), a file of the app's own.
    "worker-src 'self'",
    "style-src 'self'",
    // Pictures of photos arrive over IPC as JPEG data URLs (photos.rendition).
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${["'self'", ...connectSrc].join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}
