import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProofreader, RULES, type ProofContext } from '../../shared/proof/engine';
import { textBlocks, type BlockKind } from '../../shared/proof/blocks';
import { parseGlossaryCsv } from '../../shared/proof/glossary';
import { sampleDirectory } from './sample-directory';
import { ROOT } from './root';

/** One item of the labelled set: a sentence (or, with `document`, a whole report) and the slips in it. */
export interface LabelledItem {
  text: string;
  /** The report's text before the sentence (from its lead on), checked with it; findings there are not counted. */
  before?: string;
  kind?: BlockKind;
  document?: boolean;
  /** The placeholder labels of the article's template, when the item stands in one. */
  placeholders?: string[];
  expect: Array<{ rule: string; text: string }>;
  note: string;
}

/** The labelled set (tests/fixtures/proof/labelled.json, made by build-labelled.mjs). */
export const LABELLED = JSON.parse(
  readFileSync(join(ROOT, 'tests/fixtures/proof/labelled.json'), 'utf8'),
) as LabelledItem[];

/**
 * The labelled set made from the real-copy corpus (real-copy-labelled.json,
 * made by build-real-copy-labelled.ts): text the rules were not written against.
 */
export const REAL_COPY_LABELLED = JSON.parse(
  readFileSync(join(ROOT, 'tests/fixtures/proof/real-copy-labelled.json'), 'utf8'),
) as LabelledItem[];

const glossary = parseGlossaryCsv(readFileSync(join(ROOT, 'assets/glossary/default.csv'), 'utf8'));
if (!glossary.ok) throw new Error('default glossary');

/** The context the labelled set is checked in: the sample directory, the default word list, 2020-03-18. */
export const LABELLED_CONTEXT: ProofContext = {
  date: '2020-03-18',
  directory: sampleDirectory(),
  glossary: glossary.entries,
};

/** Per-rule counts of true positives, false positives and false negatives, and the misses for debugging. */
export interface Evaluation {
  perRule: Record<string, { tp: number; fp: number; fn: number }>;
  misses: Array<{ text: string; kind: 'fp' | 'fn'; rule: string; found: string }>;
}

/** Checks every labelled item and counts findings against labels (same rule and same text). */
export function evaluate(items: readonly LabelledItem[] = LABELLED): Evaluation {
  const perRule: Evaluation['perRule'] = Object.fromEntries(RULES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  const misses: Evaluation['misses'] = [];
  for (const item of items) {
    const offset = item.before?.length ?? 0;
    const blocks = item.document
      ? textBlocks(item.text)
      : item.before
        ? textBlocks(item.before + item.text)
        : [{ kind: item.kind ?? ('paragraph' as const), text: item.text, start: 0 }];
    // A sentence stands in an article whose dateline and byline are elsewhere.
    const base = item.placeholders ? { ...LABELLED_CONTEXT, placeholders: item.placeholders } : LABELLED_CONTEXT;
    const context = item.document ? base : { ...base, hasDatelineChip: true, hasBylineBlock: true };
    const findings = createProofreader()
      .check(blocks, context)
      .filter((f) => f.start >= offset)
      .map((f) => ({ ...f, start: f.start - offset, end: f.end - offset }));
    const expected = [...item.expect];
    for (const f of findings) {
      const at = expected.findIndex((e) => e.rule === f.rule && e.text === f.text);
      if (at >= 0) {
        perRule[f.rule]!.tp++;
        expected.splice(at, 1);
      } else {
        perRule[f.rule]!.fp++;
        misses.push({ text: item.text, kind: 'fp', rule: f.rule, found: f.text });
      }
    }
    for (const e of expected) {
      perRule[e.rule]!.fn++;
      misses.push({ text: item.text, kind: 'fn', rule: e.rule, found: e.text });
    }
  }
  return { perRule, misses };
}

/** Precision and recall from counts (1 when there is nothing to count). */
export function scores(c: { tp: number; fp: number; fn: number }): { precision: number; recall: number } {
  return {
    precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp),
    recall: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn),
  };
}

/** A rule's family: the part of its id before the dot (punct, repeat, number, person, format, glossary). */
export const familyOf = (rule: string) => rule.split('.')[0]!;

/** Counts summed per rule family. */
export function perFamily(perRule: Evaluation['perRule']): Record<string, { tp: number; fp: number; fn: number }> {
  const out: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const [rule, c] of Object.entries(perRule)) {
    const f = (out[familyOf(rule)] ??= { tp: 0, fp: 0, fn: 0 });
    f.tp += c.tp;
    f.fp += c.fp;
    f.fn += c.fn;
  }
  return out;
}

/** Counts summed over every rule. */
export function overall(perRule: Evaluation['perRule']): { tp: number; fp: number; fn: number } {
  return Object.values(perRule).reduce((sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
}
