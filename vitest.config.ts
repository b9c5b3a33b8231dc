import { defineConfig } from 'vitest/config';

// Tests by layer: `node` for shared/ and electron/ code, `renderer` (jsdom) for
// React components, `e2e` for the real renderer in Chromium against the host.
export default defineConfig({
  // CSV assets are imported as text, as esbuild's text loader does in the bundles.
  plugins: [
    {
      name: 'csv-text',
      transform(code, id) {
        return id.endsWith('.csv') ? { code: `export default ${JSON.stringify(code)};`, map: null } : null;
      },
    },
  ],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        esbuild: { jsx: 'automatic' },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.spec.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
