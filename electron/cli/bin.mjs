#!/usr/bin/env node
// The `copydesk` command. Rebuilds the CLI bundle only when its sources changed,
// so a call answers quickly even when scripts call it in a loop.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, ensureBuilt } from '../tools/build.mjs';

await ensureBuilt({ node: ['cli'], renderer: false });
const require = createRequire(import.meta.url);
const { run } = require(join(ROOT, 'out/node/cli.cjs'));
process.exitCode = await run(
  process.argv.slice(2),
  (s) => process.stdout.write(s),
  (s) => process.stderr.write(s),
);
