import type { Byline } from '../model/article';
import { hasCommonSurname } from '../people/surnames';
import { structureFold } from './structure-fold';

/** The people named by a byline, by role (the layout is decided by where the byline stands). */
export type BylineNames = Omit<Byline, 'layout'>;

type Role = keyof BylineNames;

/** Byline role words written as they are (after folding), and the roles each one credits. */
const FIXED_ROLES: ReadonlyMap<string, readonly Role[]> = new Map<string, readonly Role[]>([
  ['实习生', ['interns']],
  ['摄影', ['photographers']],
  ['摄', ['photographers']],
  ['图', ['photographers']],
  ['图片', ['photographers']],
  ['文', ['reporters']],
  ['文字', ['reporters']],
  ['文/图', ['reporters', 'photographers']],
  ['图/文', ['reporters', 'photographers']],
  ['文图', ['reporters', 'photographers']],
  ['图文', ['reporters', 'photographers']],
  ['文·图', ['reporters', 'photographers']],
  ['文/摄', ['reporters', 'photographers']],
  ['摄/文', ['reporters', 'photographers']],
  ['图·文', ['reporters', 'photographers']],
]);

/**
 * Role words with a qualifier before them: 记者 and 本报记者, 见习记者,
 * 全媒体记者, 周口报业全媒体记者, 新华社记者; 通讯员 and 本报通讯员,
 * 特约通讯员, with the common slips 通迅员 and 通信员. A 摄影记者 is
 * credited as reporter and photographer.
 */
/**
 * What every byline holds, in simplified or traditional form: a role word
 * (记者, 通讯员 and its slips, 实习生), a credit's 摄, 图 or 文, or a bracket
 * (a bare name is read only in one, or before 摄).
 */
const MAY_BE_BYLINE = /[记記]者|通[讯訊迅信][员員]|[实實][习習]生|[摄攝图圖文]|[(（【[]/u;

/** Role words that may follow the names they credit (`徐松 文/图`). */
const SUFFIX_ROLES = new Set(['文/图', '图/文', '文图', '图文', '文·图', '文/摄', '摄/文', '摄影', '摄']);

const QUALIFIED_ROLE = /^\p{Script=Han}{0,10}?(?:记者|记者站|通讯员|通迅员|通信员)$/u;

function roleOf(folded: string): readonly Role[] | null {
  const fixed = FIXED_ROLES.get(folded);
  if (fixed) return fixed;
  if (!QUALIFIED_ROLE.test(folded)) return null;
  if (folded.endsWith('记者') || folded.endsWith('记者站'))
    return folded.includes('摄影') ? ['reporters', 'photographers'] : ['reporters'];
  return ['correspondents'];
}

/** Role and name run together (`记者张改华`, `通讯员梁云霞杨军祥`, `图/刘招`), split; null when the token is not so. */
function gluedRole(folded: string, token: string): { roles: readonly Role[]; name: string } | null {
  const slash = /^(文|图|摄影|摄|文字|图片)\/(.+)$/u.exec(folded);
  if (slash) return { roles: roleOf(slash[1]!)!, name: token.slice(slash[1]!.length + 1) };
  const m = /^(\p{Script=Han}{0,10}?(?:记者|通讯员|通迅员|通信员))(.+)$/u.exec(folded);
  if (m) {
    const name = token.slice(m[1]!.length);
    // With a qualifier before the role (青河县召开记者节…), the rest must read as names.
    if (!/^(?:记者|通讯员|通迅员|通信员)$/u.test(m[1]!) && !(namesIn(name)?.every(hasCommonSurname) ?? false))
      return null;
    return { roles: roleOf(m[1]!)!, name };
  }
  for (const word of ['实习生', '摄影'])
    if (folded.startsWith(word)) return { roles: roleOf(word)!, name: token.slice(word.length) };
  return null;
}

const HAN_NAME = /^\p{Script=Han}{1,4}(?:[·•]\p{Script=Han}{1,6})?$/u;

/**
 * The names in a token of Han characters: one name, or names written together
 * without a space (`梁云霞杨军祥`, `王刚李明`), split where each part opens
 * with a common surname. Null when the token is not names.
 */
function namesIn(token: string): string[] | null {
  if (/[·•]/u.test(token)) return HAN_NAME.test(token) ? [token] : null;
  if (!/^\p{Script=Han}+$/u.test(token)) return null;
  const n = token.length;
  if (n <= 3) return [token];
  const split = (at: number) =>
    hasCommonSurname(token.slice(0, at)) && hasCommonSurname(token.slice(at))
      ? [token.slice(0, at), token.slice(at)]
      : null;
  if (n === 4) return split(2) ?? (hasCommonSurname(token) ? [token] : null);
  if (n === 5) return split(2) ?? split(3);
  if (n === 6) return split(3);
  return null;
}

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

/** Options for reading a byline. */
export interface BylineOptions {
  /**
   * Names standing alone in brackets (`（谢达成）`, `(王刚 李明)`) are read as
   * correspondents' when each opens with a common surname: how county copy
   * credits its contributors. Off where a bracket may hold anything else.
   */
  bareInBrackets?: boolean;
}

/**
 * Reads a byline as printed: role words followed by names, several roles in a
 * row (`记者 张改华 通讯员 木坤坤 郝欢欢`), in brackets (`（记者 张改华）`,
 * `(本网记者:刘招)`), role and name run together (`记者张改华`), names
 * padded with a space (`刘 招` is one name: single characters in a row are
 * joined) or run together (`梁云霞杨军祥`), traditional forms (`記者`,
 * `通訊員`), the slip 通迅员, and photo credits (`记者 张三 通讯员 李四 摄`,
 * `刘新吾摄`, `(樊俊 摄)`, `刘招/图`, `图/刘招`, `文/图 刘招`): a credit's names
 * are photographers', and reporters' or correspondents' too when the credit
 * names the role. Null when the text is anything else, so a sentence is never
 * taken for a byline.
 */
export function parseBylineText(text: string, options: BylineOptions = {}): BylineNames | null {
  // Every byline holds a role word, a credit's 摄/图/文 or a bracket: most lines hold none and are not read further.
  if (!MAY_BE_BYLINE.test(text)) return null;
  // A box or bullet some papers set before a byline (□晚报记者 X).
  let s = text.trim().replace(/^[□■◆◇●○]\s*/u, '');
  let folded = structureFold(s);
  const bracketed = /^[(【[]\s*(.*?)\s*[)】\]]$/u.exec(folded);
  if (bracketed) {
    const from = folded.indexOf(bracketed[1]!);
    s = s.slice(from, from + bracketed[1]!.length);
    folded = bracketed[1]!;
  }
  // 报道 after a byline line (□记者 李红欢 张良 报道) only closes it.
  const reported = /[\s\u3000]*报道\s*:?$/u.exec(folded);
  if (reported && reported.index > 0) {
    s = s.slice(0, reported.index);
    folded = folded.slice(0, reported.index);
  }
  // A photo credit ends with 摄 (or 摄影), written apart or run into the last name.
  const credit = /(?:^|[\s\u3000]|(?<=\p{Script=Han}))摄影?$/u.exec(folded);
  if (credit && credit.index > 0) {
    s = s.slice(0, credit.index).trimEnd();
    folded = folded.slice(0, credit.index).trimEnd();
  }
  if (s === '' || s.length > 80) return null;
  const tokens: Array<{ token: string; folded: string }> = [];
  for (const m of folded.matchAll(/[^\s,:;、，：；]+/gu))
    tokens.push({ token: s.slice(m.index, m.index + m[0].length), folded: m[0] });
  const names = emptyBylineNames();
  let roles: readonly Role[] | null = null;
  let pending: string[] = [];
  let named = false;
  let bad = false;
  let bareMode = false;
  // Names without a role word: a photo credit's (张三 摄), or a bracket's when allowed.
  const bareRole: Role | null = credit
    ? 'photographers'
    : bracketed && options.bareInBrackets
      ? 'correspondents'
      : null;
  const looseCredit = credit !== null && /^[\s\u3000]/u.test(credit[0]);
  const give = (who: readonly string[], to: readonly Role[]) => {
    const all: Role[] = credit ? [...new Set<Role>([...to, 'photographers'])] : [...to];
    for (const role of all) names[role].push(...who.filter((n) => !names[role].includes(n)));
    named = true;
  };
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
    const split = joined.map(namesIn);
    if (split.some((n) => n === null || n.some((x) => x.length < 2))) bad = true;
    else give(split.flat() as string[], roles);
    pending = [];
  };
  for (const [k, { token, folded: f }] of tokens.entries()) {
    const role = roleOf(f);
    // 文/图 after names, before the next role or at the end, credits those names (记者 徐松 文/图 通讯员 X).
    const next = tokens[k + 1];
    if (role && roles && pending.length > 0 && SUFFIX_ROLES.has(f) && (!next || roleOf(next.folded))) {
      roles = [...new Set([...roles, ...role])];
      flush();
      roles = null;
      continue;
    }
    if (role) {
      // Two role words in a row credit the names after both (文/图 本报记者 林雪).
      if (roles && pending.length === 0 && !bareMode) {
        roles = [...new Set([...roles, ...role])];
        continue;
      }
      flush();
      roles = role;
      bareMode = false;
      continue;
    }
    const suffix = /^(.+)\/(图|文|摄)$/u.exec(f);
    if (suffix) {
      flush();
      const who = namesIn(token.slice(0, suffix[1]!.length));
      if (!who) return null;
      give(who, roleOf(suffix[2]!)!);
      roles = null;
      continue;
    }
    const glued = gluedRole(f, token);
    if (glued && glued.name !== '') {
      if (roles && pending.length === 0) return null;
      flush();
      roles = glued.roles;
      pending.push(glued.name);
      continue;
    }
    if (!/^\p{Script=Han}+$/u.test(token) && !HAN_NAME.test(token)) return null;
    if (!roles || bareMode) {
      if (!bareRole) return null;
      // A bare name must look like one, unless a credit's 摄 stands apart from it (陈宁 摄).
      if (!looseCredit && !(namesIn(token)?.every(hasCommonSurname) ?? false)) return null;
      roles = [bareRole];
      bareMode = true;
    }
    pending.push(token);
  }
  if (roles && pending.length === 0) return null; // a role without names at the end
  flush();
  if (bad) return null;
  return named ? names : null;
}

/** Text before a name (folded: ／ is /) that makes it a byline's or a credit's: the role words, and the names after them so far. */
const ROLE_BEFORE =
  /(?:\p{Script=Han}{0,10}?(?:记者|通讯员|通迅员|通信员)|摄影|实习生|文\/图|图\/文|(?:^|[\s(（【/])(?:文|图))[\s:：]*(?:\p{Script=Han}{2,4}[\s、]+)*$/u;

/** True when a byline's role word (and any names after it) stands right before `start`: `记者 `, `本报见习记者`. */
export function followsBylineRole(text: string, start: number): boolean {
  return ROLE_BEFORE.test(structureFold(text.slice(Math.max(0, start - 40), start)));
}

/**
 * True when the name at `start`–`end` of a text stands in a byline or a photo
 * credit (`记者 张改华`, `（记者 张改华 通讯员 李刚帅）`, `张改华 摄`,
 * `刘招/图`, a bare `（谢达成）` closing a paragraph), where it credits the
 * writer and is not a mention in the story. A name running on into the
 * sentence (`通讯员张力介绍了…`) is a mention.
 */
export function isBylineName(text: string, start: number, end: number): boolean {
  const after = structureFold(text.slice(end, end + 40));
  if (followsBylineRole(text, start) && !/^\p{Script=Han}/u.test(after.replace(/^摄/u, ' '))) return true;
  const before = structureFold(text.slice(Math.max(0, start - 40), start));
  if (/^(?:[\s\u3000]*(?:摄影?(?![\p{Script=Han}])|摄$)|\/[图摄文])/u.test(after)) return true;
  return /(?:^|[。！？!?”])\s*[(]\s*$/u.test(before) && /^(?:[\s、]+\p{Script=Han}{2,4})*\s*[)]\s*$/u.test(after);
}

/**
 * A byline or photo credit run into the end of a paragraph (`…防范应对。记者
 * 张改华`, `…正在锄草。人民日报记者 刘新吾摄`, `…过程。（谢达成）`): where it
 * starts and who it names.
 */
export function gluedByline(text: string): { at: number; names: BylineNames } | null {
  if (!/[\p{Script=Han})）\]】]$/u.test(text)) return null;
  for (let i = text.length - 2; i >= 0 && text.length - i <= 80; i--) {
    if (!/[。！？!?…”）)]/u.test(text[i]!)) continue;
    const names = parseBylineText(text.slice(i + 1), { bareInBrackets: true });
    if (names) return { at: i + 1, names };
  }
  return null;
}
