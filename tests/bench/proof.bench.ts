// npm run bench:proof — the proofreader's quality on the labelled set
// (tests/fixtures/proof/labelled.json: precision and recall per rule and overall)
// and its speed: a full check of a 20,000-character article, and the check after
// a keystroke (one paragraph changed). Baseline in the same run: one pass of a
// regular expression for half-width commas over the same article. Last line: BENCH {json}.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProofreader, RULES } from '../../shared/proof/engine';
import { textBlocks, type ProofBlock } from '../../shared/proof/blocks';
import { evaluate, LABELLED, LABELLED_CONTEXT, scores } from '../helpers/proof-eval';

const f = (n: number, d = 3) => n.toFixed(d);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]!;

// Quality.
const { perRule, misses } = evaluate();
console.log(`labelled set: ${LABELLED.length} items`);
console.log('rule                   tp   fp   fn   precision  recall');
const total = { tp: 0, fp: 0, fn: 0 };
for (const rule of RULES) {
  const c = perRule[rule]!;
  total.tp += c.tp;
  total.fp += c.fp;
  total.fn += c.fn;
  const s = scores(c);
  console.log(
    `${rule.padEnd(22)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}   ${f(s.precision).padStart(7)}  ${f(s.recall).padStart(6)}`,
  );
}
const overall = scores(total);
console.log(
  `${'overall'.padEnd(22)} ${String(total.tp).padStart(4)} ${String(total.fp).padStart(4)} ${String(total.fn).padStart(4)}   ${f(overall.precision).padStart(7)}  ${f(overall.recall).padStart(6)}`,
);
for (const m of misses.slice(0, 10)) console.log(`  ${m.kind} ${m.rule} “${m.found}” in ${m.text.slice(0, 40)}`);

// Speed: an article of about 20,000 characters made of the reference page's reports, as the editor has it.
const page = readFileSync(join(process.cwd(), 'tests/fixtures/reference/house-format-page.txt'), 'utf8');
let text = '';
while (text.length < 20_000) text += `${page}\n`;
const blocks = textBlocks(text.slice(0, 20_000));
const chars = blocks.reduce((n, b) => n + b.text.length, 0);
const full: number[] = [];
for (let i = 0; i < 15; i++) {
  const started = performance.now();
  createProofreader().check(blocks, LABELLED_CONTEXT);
  full.push(performance.now() - started);
}
const proofreader = createProofreader();
proofreader.check(blocks, LABELLED_CONTEXT);
const incremental: number[] = [];
let current: ProofBlock[] = blocks;
const middle = Math.floor(blocks.length / 2);
for (let i = 0; i < 100; i++) {
  // One keystroke in a paragraph: its text grows by a character, the blocks after it move on by one.
  current = current.map((b, j) =>
    j === middle ? { ...b, text: `${b.text}字` } : j > middle ? { ...b, start: b.start + 1 } : b,
  );
  const started = performance.now();
  proofreader.check(current, LABELLED_CONTEXT);
  incremental.push(performance.now() - started);
}
const baseline: number[] = [];
for (let i = 0; i < 15; i++) {
  const started = performance.now();
  let count = 0;
  for (const b of blocks) count += (b.text.match(/(?<=\p{Script=Han}),/gu) ?? []).length;
  baseline.push(performance.now() - started + count * 0);
}
console.log('');
console.log(`article: ${chars} characters in ${blocks.length} blocks`);
console.log('check                     median ms   p95 ms');
console.log(`full (fresh)              ${f(median(full), 2).padStart(9)}  ${f(p95(full), 2).padStart(7)}`);
console.log(
  `after a keystroke         ${f(median(incremental), 2).padStart(9)}  ${f(p95(incremental), 2).padStart(7)}`,
);
console.log(`baseline: one regex pass  ${f(median(baseline), 2).padStart(9)}  ${f(p95(baseline), 2).padStart(7)}`);
const perRuleScores = Object.fromEntries(
  RULES.map((rule) => {
    const s = scores(perRule[rule]!);
    return [rule, { precision: +f(s.precision), recall: +f(s.recall) }];
  }),
);
console.log(
  `BENCH ${JSON.stringify({
    items: LABELLED.length,
    precision: +f(overall.precision),
    recall: +f(overall.recall),
    min_rule_precision: +f(Math.min(...RULES.map((r) => scores(perRule[r]!).precision))),
    full_check_ms_20k: +f(median(full), 2),
    incremental_ms: +f(median(incremental), 3),
    incremental_p95_ms: +f(p95(incremental), 3),
    baseline_regex_ms_20k: +f(median(baseline), 3),
    full_over_baseline: +f(median(full) / median(baseline), 1),
    rules: perRuleScores,
  })}`,
);
