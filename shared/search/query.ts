import { foldText } from './fold';

/** Longest query accepted, in characters (a long headline is about 40). */
export const MAX_QUERY_CHARS = 200;

/** Most terms one query may have. */
export const MAX_QUERY_TERMS = 12;

/** One term of a query, folded: text to find, or (`exclude`) text the article must not contain. */
export interface SearchTerm {
  text: string;
  exclude: boolean;
}

/** A parsed query: its terms and what was read differently from how it was typed (in Chinese). */
export type ParsedQuery = { ok: true; terms: SearchTerm[]; notes: string[] } | { ok: false; message: string };

const QUOTES: Record<string, string> = { '"': '"', '“': '”', '”': '”' };

/**
 * Reads what was typed into the search field. Terms are separated by spaces
 * and must all be found; `"…"` (or `“…”`) is one term that may hold spaces;
 * `-词` leaves out articles containing 词. Control characters count as
 * spaces; an unpaired quote runs to the end of the query. Terms come back
 * folded (`shared/search/fold.ts`). An empty query gives no terms.
 */
export function parseQuery(input: string): ParsedQuery {
  if (input.length > MAX_QUERY_CHARS)
    return { ok: false, message: `检索内容太长（${input.length} 个字），最多 ${MAX_QUERY_CHARS} 个字。` };
  // eslint-disable-next-line no-control-regex
  const text = foldText(input).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  const terms: SearchTerm[] = [];
  const notes: string[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    let exclude = false;
    if (char === '-' && i + 1 < text.length && !/\s/.test(text[i + 1]!)) {
      exclude = true;
      i++;
    }
    const close = QUOTES[text[i]!];
    let term: string;
    if (close) {
      const end = text.indexOf(close, i + 1);
      if (end < 0) {
        notes.push('引号不成对，已把引号后的全部文字当作一个词组查找。');
        term = text.slice(i + 1);
        i = text.length;
      } else {
        term = text.slice(i + 1, end);
        i = end + 1;
      }
      term = term.replace(/\s+/g, ' ').trim();
    } else {
      const start = i;
      while (i < text.length && !/\s/.test(text[i]!)) i++;
      term = text.slice(start, i);
    }
    if (term.length === 0) continue;
    if (!terms.some((t) => t.text === term && t.exclude === exclude)) terms.push({ text: term, exclude });
  }
  if (terms.length > MAX_QUERY_TERMS)
    return { ok: false, message: `检索词太多（${terms.length} 个），最多 ${MAX_QUERY_TERMS} 个。` };
  return { ok: true, terms, notes };
}
