import { mkdir, mkdtemp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
// The same list the app's bundles leave to node_modules (native modules).
// @ts-expect-error the build script is plain ESM JavaScript
import { NATIVE_EXTERNALS } from '../../electron/tools/build.mjs';

const ROOT = resolve(__dirname, '../..');

/**
 * Bundles a helper script under tests/helpers into one CommonJS file for
 * `node` to run as a child process. It is written inside the project's out/
 * folder so that the native modules left out of the bundle (sharp) resolve
 * from node_modules, as they do for the app.
 */
export async function bundleHelper(name: string): Promise<string> {
  await mkdir(join(ROOT, 'out'), { recursive: true });
  const dir = await mkdtemp(join(ROOT, 'out', 'helper-'));
  const outfile = join(dir, `${name}.cjs`);
  await build({
    entryPoints: [join(__dirname, `${name}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    logLevel: 'silent',
    external: NATIVE_EXTERNALS,
    define: { __APP_VERSION__: '"0.0.0-test"' },
    loader: { '.csv': 'text' },
  });
  return outfile;
}
