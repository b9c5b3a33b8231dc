import type { Byline } from '../model/article';

/** The people named by a byline, by role (the layout is decided by where the byline stands). */
export type BylineNames = Omit<Byline, 'layout'>;

/** Byline role words, longest first, and the roles each one credits. */
const ROLES: ReadonlyArray<[string, ReadonlyArray<keyof BylineNames>]> = [
  ['本报记者', ['reporters']],
  ['本网记者', ['reporters']],
  ['见习记者', ['reporters']],
  ['特约记者', ['reporters']],
  ['记者', ['reporters']],
  ['通讯员', ['correspondents']],
  ['实习生', ['interns']],
  ['摄影', ['photographers']],
  ['文/图', ['reporters', 'photographers']],
  ['图/文', ['reporters', 'photographers']],
  ['文／图', ['reporters', 'photographers']],
  ['图／文', ['reporters', 'photographers']],
  ['文', ['reporters']],
  ['图', ['photographers']],
];

const HAN_NAME = /^\p{Script=Han}{1,4}(?:[·•]\p{Script=Han}{1,6})?$/u;

/** An empty set of byline names. */
export function emptyBylineNames(): BylineNames {
  return { reporters: [], correspondents: [], photographers: [], interns: [] };
}

/** Adds names to a byline without repeating anyone. */
export function mergeBylineNames(into: BylineNames, from: BylineNames): BylineNames {
  const out: BylineNames = {
    reporters: [...into.reporters],
    correspondents: [...into.correspondents],
    photographers: [...into.photographers],
    interns: [...into.interns],
  };
  for (const key of ['reporters', 'correspondents', 'photographers', 'interns'] as const)
    out[key] = [...out[key], ...from[key].filter((n) => !out[key].includes(n))];
  return out;
}

/** True when a byline names nobody. */
export function isEmptyByline(names: BylineNames): boolean {
  return Object.values(names).every((list) => list.length === 0);
}

/**
 * Reads a byline as printed: role words followed by names, several roles in a
 * row (`记者 张改华 通讯员 木坤坤 郝欢欢`), in brackets (`（记者 张改华）`,
 * `(本网记者:刘招)`), role and name run together (`记者张改华`), and names
 * padded with a space (`刘 招` is one name: single characters in a row are
 * joined). Null when the text is anything else, so a sentence is never taken
 * for a byline.
 */
export function parseBylineText(text: string): BylineNames | null {
  let s = text.trim();
  const bracketed = /^[（(](.*)[）)]$/u.exec(s);
  if (bracketed) s = bracketed[1]!.trim();
  if (s === '' || s.length > 80) return null;
  const tokens = s.split(/[\s\u3000、，,:：;；]+/u).filter(Boolean);
  const names = emptyBylineNames();
  let roles: ReadonlyArray<keyof BylineNames> | null = null;
  let pending: string[] = [];
  let named = false;
  const flush = () => {
    if (!roles || pending.length === 0) return;
    // Runs of single characters are one padded name (刘 招); longer tokens are names of their own.
    const joined: string[] = [];
    let run = '';
    for (const token of pending) {
      if (token.length === 1) run += token;
      else {
        if (run) joined.push(run);
        run = '';
        joined.push(token);
      }
    }
    if (run) joined.push(run);
    if (joined.some((n) => n.length < 2)) throw new Error('name');
    for (const role of roles) names[role].push(...joined.filter((n) => !names[role].includes(n)));
    pending = [];
    named = true;
  };
  try {
    for (const token of tokens) {
      const role = ROLES.find(([word]) => token === word);
      if (role) {
        if (roles && pending.length === 0) return null; // a role without names
        flush();
        roles = role[1];
        continue;
      }
      const glued = ROLES.find(([word]) => token.startsWith(word) && HAN_NAME.test(token.slice(word.length)));
      if (glued && glued[0].length >= 2) {
        if (roles && pending.length === 0) return null;
        flush();
        roles = glued[1];
        pending.push(token.slice(glued[0].length));
        continue;
      }
      if (!roles || !HAN_NAME.test(token)) return null;
      pending.push(token);
    }
    if (!roles || pending.length === 0) return null;
    flush();
  } catch {
    return null;
  }
  return named ? names : null;
}
