// Runs a TypeScript script (benchmarks, tools) by bundling it with esbuild into a temp file first.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NATIVE_EXTERNALS, ROOT } from './build.mjs';
import { spawnSync } from 'node:child_process';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('用法：node electron/tools/run-ts.mjs FILE.ts [参数…]');
  process.exit(2);
}
// Inside the project, so that packages left external resolve from node_modules.
mkdirSync(join(ROOT, 'out'), { recursive: true });
const dir = mkdtempSync(join(ROOT, 'out', 'run-'));
const outfile = join(dir, 'script.mjs');
try {
  await build({
    entryPoints: [resolve(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // Bundled CommonJS dependencies still call require().
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    sourcemap: 'inline',
    logLevel: 'warning',
    external: ['esbuild', 'vite', 'playwright-core', ...NATIVE_EXTERNALS],
    loader: { '.csv': 'text' },
  });
  // Node flags given to this script (e.g. --expose-gc for a benchmark) reach the script too.
  const flags = [...process.execArgv, '--enable-source-maps', '--max-old-space-size=8192'];
  const result = spawnSync(process.execPath, [...flags, outfile, ...args], {
    stdio: 'inherit',
  });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
