// `npm run test:soak`: the fuzz and crash suites, long. The same test files run
// bounded in `npm test`; here each gets far more rounds (override any of them
// from the environment, e.g. SOAK_ROUNDS=1000 npm run test:soak).
import { spawnSync } from 'node:child_process';

const long = {
  SOAK_ROUNDS: '300',
  CRASH_ROUNDS: '200',
  FUZZ_ROUNDS: '300',
  FUZZ_FILES: '3000',
  LOCK_TRIALS: '40',
  SEARCH_CRASH_ROUNDS: '100',
};
const env = { ...process.env };
for (const [key, value] of Object.entries(long)) env[key] ??= value;
console.log(
  `[soak] ${Object.keys(long)
    .map((k) => `${k}=${env[k]}`)
    .join(' ')}`,
);
const result = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--project',
    'node',
    'tests/unit/soak',
    'tests/unit/fuzz',
    'tests/unit/store/crash.test.ts',
    'tests/unit/store/lock.test.ts',
    'tests/unit/search/search-crash.test.ts',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env },
);
process.exit(result.status ?? 1);
