// `npm run host -- [--data DIR] [--port N]`: builds what is stale, then runs the test host.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, ensureBuilt } from './build.mjs';

await ensureBuilt({ node: ['host'], renderer: true });
const child = spawn(process.execPath, [join(ROOT, 'out/node/host.cjs'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));
