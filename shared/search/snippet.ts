import { foldText } from './fold';

/** A highlighted stretch of a snippet: `start` .. `end` (exclusive) in the snippet's text. */
export interface Highlight {
  start: number;
  end: number;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0x3000;
}

/** How many characters a snippet shows around its first hit. */
export const SNIPPET_CHARS = 80;

/** Every stretch of `folded` from `from` to `to` where one of `terms` stands, sorted and merged. */
export function findHits(folded: string, terms: readonly string[], from = 0, to = folded.length): Highlight[] {
  const hits: Highlight[] = [];
  for (const term of terms) {
    if (term.length === 0) continue;
    for (
      let at = folded.indexOf(term, Math.max(0, from - term.length + 1));
      at >= 0 && at < to;
      at = folded.indexOf(term, at + 1)
    )
      hits.push({ start: at, end: at + term.length });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Highlight[] = [];
  for (const hit of hits) {
    const last = merged.at(-1);
    if (last && hit.start <= last.end) last.end = Math.max(last.end, hit.end);
    else merged.push({ ...hit });
  }
  return merged;
}

/**
 * A one-line snippet of `text` around the first hit of `terms` (folded
 * search terms), with every hit inside it highlighted; the text's start when
 * nothing is found (a search by filters only). A run of line breaks shows as
 * one space; `…` marks a cut. Only the window is worked on, so a snippet
 * costs the same in a long article as in a short one.
 */
export function makeSnippet(text: string, terms: readonly string[]): { text: string; highlights: Highlight[] } {
  const folded = foldText(text);
  let first = -1;
  for (const term of terms) {
    const at = term.length > 0 ? folded.indexOf(term) : -1;
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  let from = first > 0 ? Math.max(0, first - Math.floor(SNIPPET_CHARS / 3)) : 0;
  while (from < text.length && isSpace(text.charCodeAt(from))) from++;
  const to = Math.min(text.length, from + SNIPPET_CHARS);
  const hits = findHits(folded, terms, from, to);
  // Copy the window, a run of spacing with a line break in it as one space; map offsets as it goes.
  const lead = from > 0 ? '…' : '';
  const parts: string[] = [lead];
  let length = lead.length;
  const at = new Array<number>(to - from + 1);
  let lastSpace = false;
  for (let i = from; i < to; i++) {
    at[i - from] = length;
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d || (code === 0x20 && lastSpace)) {
      if (!lastSpace) {
        parts.push(' ');
        length++;
        lastSpace = true;
      }
      continue;
    }
    lastSpace = code === 0x20;
    parts.push(text[i]!);
    length++;
  }
  at[to - from] = length;
  let out = parts.join('');
  const highlights = hits.map((h) => ({
    start: at[Math.max(h.start, from) - from]!,
    end: at[Math.min(h.end, to) - from]!,
  }));
  out = out.trimEnd();
  const clamped = highlights.map((h) => ({ start: h.start, end: Math.min(h.end, out.length) }));
  return { text: out + (to < text.length ? '…' : ''), highlights: clamped.filter((h) => h.end > h.start) };
}
