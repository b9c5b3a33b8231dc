/** A headline's kicker, title and subtitle; the title is null when the copy has none. */
export interface Headline {
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
}

/**
 * The characters of a headline line, normalised only for whitespace: runs of
 * spaces become one, and a letter-spaced headline (`区 委 召 开 全 会`, every
 * character set apart, as page dumps print large type) is closed up.
 */
export function squash(text: string): string {
  const spaced = text.replace(/[\s\u3000]+/gu, ' ').trim();
  const parts = spaced.split(' ');
  if (parts.length >= 4 && parts.filter((p) => [...p].length === 1).length >= parts.length - 1) return parts.join('');
  return spaced;
}

/** Splits a title line into title and subtitle at the first space after a real title (six characters or more). */
export function splitTitleLine(line: string): { title: string; subtitle: string | null } {
  const text = squash(line);
  let from = 0;
  for (;;) {
    const space = text.indexOf(' ', from);
    if (space < 0) return { title: text, subtitle: null };
    if (space >= 6) return { title: text.slice(0, space), subtitle: text.slice(space + 1) };
    from = space + 1;
  }
}

/** A headline line that cannot end there: it ends with a joining word (…会议暨, …和), or the next opens with one. */
const BROKEN_END = /[暨和与及的、]$/u;
const BROKEN_START = /^[暨和与及]/u;

/** Headline lines with a title broken over two lines joined again. */
function joinBroken(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    if (last !== undefined && (BROKEN_END.test(last.trim()) || BROKEN_START.test(line.trim())))
      out[out.length - 1] = squash(last) + squash(line);
    else out.push(line);
  }
  return out;
}

/** True for a line that opens with a dash: a subtitle (——努力把…). */
const isDashed = (line: string) => /^[—\-–]/u.test(line.trim());

/**
 * Kicker, title and subtitle from the headline lines above a lead (none to
 * three): one line is the title (a subtitle may follow it after a space); two
 * are kicker and title, or title and subtitle when the second opens with a
 * dash; three are kicker, title and subtitle. No lines: no title.
 */
export function headlineOf(input: readonly string[]): Headline {
  const lines = joinBroken(input);
  const roles = headlineRoles(lines);
  if (lines.length === 0) return { kicker: null, title: null, subtitle: null };
  if (lines.length === 1) return { kicker: null, ...splitTitleLine(lines[0]!) };
  if (lines.length === 2) {
    if (roles[0] === 'title') return { kicker: null, title: squash(lines[0]!), subtitle: squash(lines[1]!) };
    return { kicker: squash(lines[0]!), ...splitTitleLine(lines[1]!) };
  }
  return { kicker: squash(lines[0]!), title: squash(lines[1]!), subtitle: squash(lines[2]!) };
}

/** What each of a report's headline lines is (none to three, as headlineOf reads them). */
export function headlineRoles(lines: readonly string[]): Array<'kicker' | 'title' | 'subtitle'> {
  if (lines.length === 0) return [];
  if (lines.length === 1) return ['title'];
  if (lines.length === 2) return isDashed(lines[1]!) ? ['title', 'subtitle'] : ['kicker', 'title'];
  return ['kicker', 'title', 'subtitle'];
}

/**
 * True when `line` is a web page's title bar repeating the headline below it
 * with the site's name (`县委召开常委会_XX县人民政府`, `标题 - XX网`), or the
 * same line twice.
 */
export function repeatsHeadline(line: string, headline: string): boolean {
  const a = squash(line);
  const b = squash(headline);
  if (b.length < 4) return false;
  return a === b || (a.startsWith(b) && /^\s*[_\-|｜—–]/u.test(a.slice(b.length)));
}
