// npm run bench:proof — the proofreader's quality on the labelled sets
// (tests/fixtures/proof/labelled.json, and real-copy-labelled.json made from the
// real-copy corpus: precision and recall per rule, per rule family and overall)
// and its speed: a full check of a 20,000-character article, and the check after
// a keystroke (one paragraph changed). Baseline in the same run: one pass of a
// regular expression for half-width commas over the same article. Last line: BENCH {json}.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProofreader, RULES } from '../../shared/proof/engine';
import { textBlocks, type ProofBlock } from '../../shared/proof/blocks';
import {
  evaluate,
  LABELLED,
  LABELLED_CONTEXT,
  overall,
  perFamily,
  REAL_COPY_LABELLED,
  scores,
} from '../helpers/proof-eval';

const f = (n: number, d = 3) => n.toFixed(d);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]!;

// Quality, on each labelled set: per rule and per rule family.
const row = (name: string, c: { tp: number; fp: number; fn: number }) => {
  const s = scores(c);
  console.log(
    `${name.padEnd(22)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}   ${f(s.precision).padStart(7)}  ${f(s.recall).padStart(6)}`,
  );
};
function quality(name: string, items: typeof LABELLED) {
  const { perRule, misses } = evaluate(items);
  console.log(`${name}: ${items.length} items`);
  console.log('rule                   tp   fp   fn   precision  recall');
  for (const rule of RULES)
    if (perRule[rule]!.tp + perRule[rule]!.fp + perRule[rule]!.fn > 0) row(rule, perRule[rule]!);
  const families = perFamily(perRule);
  for (const [family, c] of Object.entries(families)) if (c.tp + c.fp + c.fn > 0) row(`family ${family}`, c);
  row('overall', overall(perRule));
  for (const m of misses.slice(0, 10)) console.log(`  ${m.kind} ${m.rule} “${m.found}” in ${m.text.slice(0, 40)}`);
  console.log('');
  return { perRule, families, all: scores(overall(perRule)) };
}
const reference = quality('labelled set (reference page)', LABELLED);
const real = quality('real-copy labelled set', REAL_COPY_LABELLED);
const { perRule } = reference;
const overallScores = reference.all;

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
    precision: +f(overallScores.precision),
    recall: +f(overallScores.recall),
    real_copy_items: REAL_COPY_LABELLED.length,
    real_copy_precision: +f(real.all.precision),
    real_copy_recall: +f(real.all.recall),
    real_copy_families: Object.fromEntries(
      Object.entries(real.families)
        .filter(([, c]) => c.tp + c.fp + c.fn > 0)
        .map(([family, c]) => [family, { precision: +f(scores(c).precision), recall: +f(scores(c).recall) }]),
    ),
    min_rule_precision: +f(Math.min(...RULES.map((r) => scores(perRule[r]!).precision))),
    full_check_ms_20k: +f(median(full), 2),
    incremental_ms: +f(median(incremental), 3),
    incremental_p95_ms: +f(p95(incremental), 3),
    baseline_regex_ms_20k: +f(median(baseline), 3),
    full_over_baseline: +f(median(full) / median(baseline), 1),
    rules: perRuleScores,
  })}`,
);
