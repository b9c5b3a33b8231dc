import type { Finding } from './finding';
import { isBodyKind, isHeadlineKind, textBlocks, type ProofBlock } from './blocks';
import {
  halfwidthPunctuation,
  nestedQuotes,
  pairedPunctuation,
  pairMarks,
  punctuationForms,
} from './rules/punctuation';
import { repeatedCharacters, repeatedPhrases } from './rules/repeats';
import { numberForms } from './rules/numbers';
import { brokenLines, bylineFormat, continuations, datelineFormat, placeholders } from './rules/format';
import { glossaryFindings, type GlossaryEntry } from './glossary';
import type { DirectoryIndex } from '../people/directory';
import { checkPeopleText, firstMentionFindings, type PeopleMention } from '../people/checks';

/** Every rule id the proofreader reports, in the order the panel lists them. */
export const RULES = [
  'punct.halfwidth',
  'punct.pair',
  'punct.nested',
  'punct.form',
  'repeat.char',
  'repeat.phrase',
  'number.form',
  'person.title',
  'person.order',
  'person.name',
  'person.first-mention',
  'person.duplicate',
  'format.dateline',
  'format.byline',
  'format.placeholder',
  'format.broken-line',
  'glossary',
] as const;

/** A rule id. */
export type RuleId = (typeof RULES)[number];

/** What the rules are called in the panel. */
export const RULE_LABELS: Record<RuleId, string> = {
  'punct.halfwidth': '半角标点',
  'punct.pair': '标点配对',
  'punct.nested': '引号嵌套',
  'punct.form': '标点形式',
  'repeat.char': '重复字',
  'repeat.phrase': '重复词语',
  'number.form': '数字用法',
  'person.title': '职务',
  'person.order': '名单排序',
  'person.name': '人名',
  'person.first-mention': '首次出现',
  'person.duplicate': '名单重复',
  'format.dateline': '电头',
  'format.byline': '署名',
  'format.placeholder': '占位符',
  'format.broken-line': '断行',
  glossary: '词表',
};

/** What the checks need besides the text. */
export interface ProofContext {
  /** The article's date (YYYY-MM-DD): titles and ranks valid that day. */
  date: string;
  directory?: DirectoryIndex;
  glossary?: readonly GlossaryEntry[];
  /** The editor's dateline chip and byline block stand outside the text blocks. */
  hasDatelineChip?: boolean;
  hasBylineBlock?: boolean;
  /** The placeholder labels the article's template inserted (only these are placeholders). */
  placeholders?: readonly string[];
}

interface BlockResult {
  findings: Finding[];
  mentions: PeopleMention[];
  marks: Array<[number, string]>;
}

/** The rules that read one block alone, with offsets from the block's own start (the block is given at 0). */
function checkBlock(block: ProofBlock, context: ProofContext): BlockResult {
  const findings = [
    ...halfwidthPunctuation(block),
    ...nestedQuotes(block),
    ...punctuationForms(block),
    ...repeatedCharacters(block),
    ...repeatedPhrases(block),
    ...numberForms(block),
    ...placeholders(block, context.placeholders),
    ...(context.glossary && !isHeadlineKind(block.kind) ? glossaryFindings(block, context.glossary) : []),
  ];
  const marks = pairMarks(block.text);
  if (!context.directory || isHeadlineKind(block.kind)) return { findings, mentions: [], marks };
  const people = checkPeopleText({ text: block.text, date: context.date, directory: context.directory });
  return { findings: [...findings, ...people.findings], mentions: people.mentions, marks };
}

const shift = (f: Finding, by: number): Finding => ({ ...f, start: f.start + by, end: f.end + by });

/**
 * A proofreader that keeps each block's findings, so that checking again
 * after a keystroke re-reads only the block that changed; the rules that
 * span blocks (pairs over paragraphs, broken lines, first mentions, dateline
 * and byline) then run over the blocks' summaries, which is cheap.
 */
export function createProofreader() {
  let cache = new Map<string, BlockResult>();
  let cachedContext: ProofContext | null = null;
  return {
    /** The findings for these blocks, in text order. */
    check(blocks: readonly ProofBlock[], context: ProofContext): Finding[] {
      if (
        !cachedContext ||
        cachedContext.date !== context.date ||
        cachedContext.directory !== context.directory ||
        cachedContext.glossary !== context.glossary ||
        cachedContext.placeholders !== context.placeholders
      )
        cache = new Map();
      cachedContext = context;
      const next = new Map<string, BlockResult>();
      const findings: Finding[] = [];
      const mentions: PeopleMention[] = [];
      const marks: Array<Array<[number, string]>> = [];
      for (const block of blocks) {
        const key = `${block.kind}\u0000${block.text}`;
        let result = next.get(key) ?? cache.get(key);
        if (!result) result = checkBlock({ ...block, start: 0 }, context);
        next.set(key, result);
        marks.push(result.marks);
        for (const f of result.findings) findings.push(shift(f, block.start));
        for (const m of result.mentions)
          mentions.push({ ...m, start: m.start + block.start, untitled: m.untitled && shift(m.untitled, block.start) });
      }
      cache = next;
      const continues = continuations(blocks);
      const bodyStart = blocks.find((b) => isBodyKind(b.kind))?.start ?? 0;
      findings.push(
        ...pairedPunctuation(blocks, continues, marks),
        ...brokenLines(blocks, continues),
        ...datelineFormat(blocks, context.hasDatelineChip),
        ...bylineFormat(blocks, context.hasBylineBlock),
        ...firstMentionFindings(mentions, bodyStart),
      );
      return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
    },
  };
}

/**
 * The findings of the rules that read one block alone, for these blocks
 * only: what the paragraphs on screen can show at once while the whole
 * article is still being read (the rules spanning blocks need all of them).
 */
export function blockFindings(blocks: readonly ProofBlock[], context: ProofContext): Finding[] {
  return blocks.flatMap((block) =>
    checkBlock({ ...block, start: 0 }, context).findings.map((f) => shift(f, block.start)),
  );
}

/** Proofreads house-format text (one report or a page), as `copydesk proof` does. */
export function proofreadText(text: string, context: ProofContext): Finding[] {
  return createProofreader().check(textBlocks(text), context);
}
