import type { BodyBlock } from '../model/article';
import { emptyBylineNames, mergeBylineNames } from './byline-text';
import type { ParsedReport } from './parse-reports';

const paragraph = (text: string): BodyBlock => ({ type: 'paragraph', children: [{ text }] });

/** The text of a body block. */
const textOf = (block: BodyBlock) => block.children.map((c) => c.text).join('');

/**
 * One report from two the parser split apart: the second one's headline
 * lines and its lead (with its dateline as written) become paragraphs of the
 * first; the bylines are put together.
 */
export function mergeReports(first: ParsedReport, second: ParsedReport): ParsedReport {
  const heading = [second.kicker, second.title, second.subtitle].filter((t): t is string => Boolean(t)).map(paragraph);
  const [lead, ...rest] = second.paragraphs;
  const prefix = second.dateline?.prefix ?? '';
  const leadBlock: BodyBlock[] = lead
    ? [{ ...lead, children: [{ text: prefix }, ...lead.children].filter((c, i) => i > 0 || c.text !== '') }]
    : prefix
      ? [paragraph(prefix.trim())]
      : [];
  const names = mergeBylineNames(mergeBylineNames(emptyBylineNames(), first.byline), second.byline);
  const { layout } = second.byline.layout !== 'auto' ? second.byline : first.byline;
  return {
    ...first,
    paragraphs: [...first.paragraphs, ...heading, ...leadBlock, ...rest],
    byline: { ...names, layout },
    lines: { start: Math.min(first.lines.start, second.lines.start), end: Math.max(first.lines.end, second.lines.end) },
  };
}

/**
 * Two reports from one, split before paragraph `at` (1 or more). A short
 * paragraph without closing punctuation there is taken as the new report's
 * title; the byline goes with the second report, as it stood at the end.
 */
export function splitReport(report: ParsedReport, at: number): [ParsedReport, ParsedReport] {
  if (at < 1 || at >= report.paragraphs.length) throw new RangeError('split point outside the body');
  const head = report.paragraphs.slice(0, at);
  const tail = report.paragraphs.slice(at);
  const candidate = textOf(tail[0]!);
  const isTitle = tail.length > 1 && candidate.length <= 64 && !/[。！？!?，,；;：:]$/u.test(candidate);
  return [
    { ...report, paragraphs: head, byline: { ...emptyBylineNames(), layout: 'auto' } },
    {
      kicker: null,
      title: isTitle ? candidate : null,
      subtitle: null,
      dateline: null,
      paragraphs: isTitle ? tail.slice(1) : tail,
      byline: report.byline,
      lines: report.lines,
    },
  ];
}
