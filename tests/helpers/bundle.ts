import { join } from 'node:path';
import { build } from 'esbuild';
import { tempDir } from './temp-dir';

/** Bundles a helper script under tests/helpers into one CommonJS file for `node` to run as a child process. */
export async function bundleHelper(name: string): Promise<string> {
  const { dir } = await tempDir('copydesk-helper-');
  const outfile = join(dir, `${name}.cjs`);
  await build({
    entryPoints: [join(__dirname, `${name}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    logLevel: 'silent',
    define: { __APP_VERSION__: '"0.0.0-test"' },
    loader: { '.csv': 'text' },
  });
  return outfile;
}
