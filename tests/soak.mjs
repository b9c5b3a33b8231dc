// `npm run test:soak`: the fuzz and crash suites and the model-based editor sessions, long. The same test files run
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
  MODEL_SESSIONS: '30',
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
if (result.status !== 0) process.exit(result.status ?? 1);
// The model-based editor sessions, in the real renderer (e2e project).
const model = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--project', 'e2e', 'tests/e2e/model.spec.ts', ...process.argv.slice(2)],
  { stdio: 'inherit', env },
);
process.exit(model.status ?? 1);
