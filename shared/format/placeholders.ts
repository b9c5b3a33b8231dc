import type { ArticleContent } from '../model/article';
import { blockText } from '../model/article-content';

/**
 * The shape of a template placeholder label: a short label in 【】, such as
 * 【主持人】 or 【会议名称】 (up to 12 characters, no punctuation inside).
 * Only a template's labels are placeholders: an article records the ones its
 * template inserted (`ArticleContent.placeholders`), so text typed or
 * imported in 【】 (web furniture such as 【打印】, a real 【编者按】) is text.
 */
export const PLACEHOLDER_PATTERN = /【[^【】\p{P}\s]{1,12}】/gu;

type Headlines = Pick<ArticleContent, 'kicker' | 'title' | 'subtitle' | 'body'>;

/** The texts of an article's headline and body, in order. */
const partsOf = (content: Headlines) => [
  content.kicker ?? '',
  content.title,
  content.subtitle ?? '',
  ...content.body.map(blockText),
];

/**
 * The placeholder labels a template carries: every label-shaped 【…】 in it,
 * once each, in order. Used when a template is offered (its labels become the
 * new article's) and by the migration that gave stored articles their list.
 */
export function templateLabels(content: Headlines): string[] {
  return [...new Set(partsOf(content).flatMap((part) => [...part.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[0])))];
}

/** Where the given placeholder labels stand in a text: start and end offsets (UTF-16) and the label. */
export function findPlaceholders(
  text: string,
  labels: readonly string[],
): Array<{ start: number; end: number; text: string }> {
  if (labels.length === 0 || !text.includes('【')) return [];
  return [...text.matchAll(PLACEHOLDER_PATTERN)]
    .filter((m) => labels.includes(m[0]))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/**
 * Placeholders with text put inside them: a 【…】 span (no other bracket in
 * it) that is a label with something inserted between two of its characters.
 * Where a label could be split in more than one way, the longest head is
 * taken; `inside` is the inserted text.
 */
export function splitPlaceholders(
  text: string,
  labels: readonly string[],
): Array<{ start: number; end: number; label: string; inside: string }> {
  const out: Array<{ start: number; end: number; label: string; inside: string }> = [];
  if (labels.length === 0) return out;
  for (let open = text.indexOf('【'); open >= 0; open = text.indexOf('【', open + 1)) {
    const close = text.indexOf('】', open);
    if (close < 0) break;
    const nextOpen = text.indexOf('【', open + 1);
    if (nextOpen >= 0 && nextOpen < close) continue;
    const span = text.slice(open, close + 1);
    if (labels.includes(span)) continue;
    let best: { label: string; head: number } | null = null;
    for (const label of labels) {
      if (span.length <= label.length) continue;
      for (let head = label.length - 1; head >= 1; head--) {
        if (span.startsWith(label.slice(0, head)) && span.endsWith(label.slice(head))) {
          if (!best || head > best.head) best = { label, head };
          break;
        }
      }
    }
    if (best) {
      const tail = best.label.length - best.head;
      out.push({
        start: open,
        end: close + 1,
        label: best.label,
        inside: span.slice(best.head, span.length - tail),
      });
    }
  }
  return out;
}

/**
 * Every placeholder of its template left in a text, in order: whole ones
 * (`inside` undefined) and ones split by text put inside them (`inside` the
 * inserted text). What the proofreader flags and what export refuses.
 */
export function leftPlaceholders(
  text: string,
  labels: readonly string[],
): Array<{ start: number; end: number; label: string; inside?: string }> {
  return [
    ...findPlaceholders(text, labels).map((p) => ({ start: p.start, end: p.end, label: p.text })),
    ...splitPlaceholders(text, labels),
  ].sort((a, b) => a.start - b.start);
}

/** Every placeholder of its template left anywhere in an article's headline and body, in order (leftPlaceholders). */
export function contentPlaceholders(content: Headlines & Pick<ArticleContent, 'placeholders'>): string[] {
  return partsOf(content).flatMap((part) => leftPlaceholders(part, content.placeholders).map((p) => p.label));
}

/** The Chinese message shown when placeholders are left, or null when there are none. */
export function placeholderProblem(content: Headlines & Pick<ArticleContent, 'placeholders'>): string | null {
  const left = contentPlaceholders(content);
  if (left.length === 0) return null;
  const sample = [...new Set(left)].slice(0, 4).join('、');
  return `稿件中还有 ${left.length} 处模板占位符未填写（${sample}${left.length > 4 ? '等' : ''}），请填写后再导出。`;
}
