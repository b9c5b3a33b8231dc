// Runs electronegativity over the Electron shell and the built renderer page,
// with the Electron version from package.json, and fails on any HIGH finding.
// (electronegativity itself always exits 0, so its CSV report is parsed here.)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const page = join(ROOT, 'out/renderer/index.html');
if (!existsSync(page)) {
  console.error('electronegativity: 找不到 out/renderer/index.html，请先运行 npm run build。');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'copydesk-en-'));
try {
  const input = join(work, 'app');
  mkdirSync(input);
  cpSync(join(ROOT, 'electron/shell'), join(input, 'shell'), { recursive: true });
  cpSync(page, join(input, 'index.html'));
  const report = join(work, 'report.csv');
  const bin = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist/index.js');
  const run = spawnSync(
    process.execPath,
    [bin, '-i', input, '-e', electronVersion, '-o', report, '-r', '-v', 'false'],
    {
      encoding: 'utf8',
      timeout: 300_000,
    },
  );
  if (!existsSync(report)) {
    console.error(`electronegativity did not write a report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    process.exit(1);
  }
  const [header, ...rows] = readFileSync(report, 'utf8').trim().split('\n');
  if (!header?.startsWith('issue')) throw new Error(`unexpected report header: ${header}`);
  const findings = rows.map((line) => {
    const cells = [...line.matchAll(/("([^"]*(?:""[^"]*)*)"|[^,]*)(,|$)/g)].map((m) =>
      (m[2] ?? m[1]).replaceAll('""', '"'),
    );
    return {
      issue: cells[0],
      severity: cells[1],
      confidence: cells[2],
      file: cells[3],
      location: cells[4],
      description: cells[6],
    };
  });
  console.log(`electronegativity ${electronVersion}: ${findings.length} finding(s)`);
  for (const f of findings)
    console.log(
      `  ${f.severity.padEnd(11)} ${f.confidence.padEnd(10)} ${f.issue} ${f.file}:${f.location} — ${f.description}`,
    );
  const high = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'CRITICAL');
  if (high.length > 0) {
    console.error(`electronegativity: ${high.length} HIGH finding(s) — failing.`);
    process.exit(1);
  }
  console.log('electronegativity: no HIGH findings.');
} finally {
  rmSync(work, { recursive: true, force: true });
}
