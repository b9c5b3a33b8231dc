// Builds Copydesk: the renderer with Vite, and the main process, preload, test
// host and CLI with esbuild (one CommonJS bundle each; a sandboxed preload
// cannot be ESM). `ensureBuilt()` rebuilds only what is older than its sources.
import { build as esbuild } from 'esbuild';
import { readdirSync, statSync, existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** Node-side bundles: entry → output, what stays in node_modules, and the bundles each needs beside it (companions). */
// sharp is a native (N-API) module with its libvips in platform packages:
// it is loaded from node_modules (unpacked from the asar), never bundled.
export const NATIVE_EXTERNALS = ['sharp'];
export const NODE_TARGETS = {
  main: {
    entry: 'electron/shell/main.ts',
    out: 'out/main/main.cjs',
    external: ['electron', ...NATIVE_EXTERNALS],
    companions: ['searchWorkerApp'],
  },
  preload: { entry: 'electron/shell/preload.ts', out: 'out/preload/preload.cjs', external: ['electron'] },
  host: {
    entry: 'electron/host/main.ts',
    out: 'out/node/host.cjs',
    external: ['playwright-core', ...NATIVE_EXTERNALS],
    companions: ['searchWorker'],
  },
  // playwright-core drives Chromium for PDF; it is loaded from node_modules, not bundled.
  cli: {
    entry: 'electron/cli/main.ts',
    out: 'out/node/cli.cjs',
    external: ['playwright-core', ...NATIVE_EXTERNALS],
    companions: ['searchWorker'],
  },
  // The search index's build thread, beside the bundles that open an index (their companion; segment-builder.ts).
  searchWorker: { entry: 'electron/store/search/build-worker.ts', out: 'out/node/search-worker.cjs', external: [] },
  searchWorkerApp: { entry: 'electron/store/search/build-worker.ts', out: 'out/main/search-worker.cjs', external: [] },
};
const NODE_SOURCES = ['electron', 'shared', 'assets', 'package.json'];
const RENDERER_SOURCES = ['renderer', 'shared', 'vite.config.ts', 'package.json'];

function newestMtime(paths) {
  let newest = 0;
  const visit = (path) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) if (name !== 'node_modules') visit(join(path, name));
    } else if (stat.mtimeMs > newest) newest = stat.mtimeMs;
  };
  for (const p of paths) visit(join(ROOT, p));
  return newest;
}

function isFresh(output, sources) {
  const stat = statSync(join(ROOT, output), { throwIfNoEntry: false });
  return Boolean(stat) && stat.mtimeMs >= newestMtime(sources);
}

/** Bundles one Node-side target. */
export async function buildNode(name) {
  const target = NODE_TARGETS[name];
  await esbuild({
    absWorkingDir: ROOT,
    entryPoints: [target.entry],
    outfile: target.out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'linked',
    external: [...target.external, 'bufferutil', 'utf-8-validate'],
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    loader: { '.csv': 'text' },
    logLevel: 'warning',
  });
}

/** Builds the renderer with Vite. */
export async function buildRenderer() {
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
}

/** Builds what is missing or older than its sources: the named Node targets and, if asked, the renderer. */
export async function ensureBuilt({ node = Object.keys(NODE_TARGETS), renderer = true } = {}) {
  const work = [];
  const names = new Set(node.flatMap((name) => [name, ...(NODE_TARGETS[name].companions ?? [])]));
  for (const name of names) if (!isFresh(NODE_TARGETS[name].out, NODE_SOURCES)) work.push(buildNode(name));
  if (renderer && !isFresh('out/renderer/index.html', RENDERER_SOURCES)) work.push(buildRenderer());
  await Promise.all(work);
  return work.length;
}

// Run as a script (npm run build); not when a script that imports it is bundled (run-ts), where the two URLs match too.
if (process.argv[1] === fileURLToPath(import.meta.url) && import.meta.url.endsWith('/build.mjs')) {
  const started = performance.now();
  await Promise.all([...Object.keys(NODE_TARGETS).map(buildNode), buildRenderer()]);
  if (!existsSync(join(ROOT, 'out/renderer/index.html'))) throw new Error('renderer build missing');
  console.log(`采编台构建完成（${Math.round(performance.now() - started)} ms）：out/`);
}
