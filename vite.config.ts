import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './shared/security/csp.ts';

/** The page also carries the CSP as a meta tag (the app and the host send it as a header too). */
const HOST_SOCKETS = 'ws://127.0.0.1:*';
const cspMeta = {
  name: 'copydesk-csp-meta',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        content: contentSecurityPolicy([HOST_SOCKETS]).replace(/; frame-ancestors 'none'/, ''),
      },
      injectTo: 'head-prepend' as const,
    },
  ],
};

// The renderer is served from app:// in Electron and from 127.0.0.1 by the
// test host, so assets use relative paths.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // One bundle read from the local disk (app:// or 127.0.0.1), not fetched over a network:
    // about 0.9 MB with pinyin-pro's dictionary, which the people search and checks need.
    chunkSizeWarningLimit: 1500,
  },
});
