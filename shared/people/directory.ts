import { pinyin } from 'pinyin-pro';
import type { Person, TitlePeriod } from './model';

/**
 * The toneless pinyin of a name, a syllable per character separated by
 * spaces, read as a surname first (单 is shan, 曾 is zeng): `qiao song`.
 */
export function namePinyin(name: string): string {
  return pinyin(name.replace(/[·•]/g, ''), { toneType: 'none', type: 'array', surname: 'head', v: true })
    .map((s) => s.toLowerCase())
    .join(' ');
}

/** The period of a person's post valid on a day (YYYY-MM-DD), or null when none is. */
export function periodOn(person: Pick<Person, 'periods'>, date: string): TitlePeriod | null {
  return person.periods.find((p) => (p.from === null || p.from <= date) && (p.to === null || date <= p.to)) ?? null;
}

/** The title a person held on a day, or '' when the directory has none for that day. */
export function titleOn(person: Pick<Person, 'periods'>, date: string): string {
  return periodOn(person, date)?.title ?? '';
}

/** A person's protocol rank on a day (smaller ranks higher), or null when not ranked that day. */
export function rankOn(person: Pick<Person, 'periods'>, date: string): number | null {
  return periodOn(person, date)?.rank ?? null;
}

/** The people in protocol order on a day: higher rank first, unranked last, otherwise in the order given. */
export function sortByProtocol<P extends Pick<Person, 'periods'>>(people: readonly P[], date: string): P[] {
  return people
    .map((person, index) => ({ person, index, rank: rankOn(person, date) ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((e) => e.person);
}

/** True when the query (pinyin, lowercase, no spaces) can be split into prefixes of consecutive syllables from `from`. */
function matchesSyllables(syllables: readonly string[], query: string, from: number): boolean {
  if (query === '') return true;
  if (from >= syllables.length) return false;
  const syllable = syllables[from]!;
  for (let n = Math.min(syllable.length, query.length); n >= 1; n--) {
    if (syllable.startsWith(query.slice(0, n)) && matchesSyllables(syllables, query.slice(n), from + 1)) return true;
  }
  return false;
}

/**
 * True when a person matches what was typed in a search box: part of the name
 * (乔耸), or pinyin from any syllable of the name, whole or by the start of
 * each syllable (`qiaosong`, `qs`, `qiaos`, `song`).
 */
export function matchesPersonQuery(person: Pick<Person, 'name' | 'pinyin'>, query: string): boolean {
  const q = query.trim().toLowerCase().replace(/\s+/g, '');
  if (q === '') return true;
  if (person.name.includes(q)) return true;
  if (!/^[a-z]+$/.test(q)) return false;
  const syllables = person.pinyin.split(' ').filter(Boolean);
  return syllables.some((_, i) => matchesSyllables(syllables, q, i));
}

const collator = new Intl.Collator('zh-CN');

/** People matching a query: exact names first, then by pinyin order. */
export function searchPeople<P extends Pick<Person, 'name' | 'pinyin'>>(people: readonly P[], query: string): P[] {
  const q = query.trim();
  return people
    .filter((p) => matchesPersonQuery(p, q))
    .sort((a, b) => Number(b.name === q) - Number(a.name === q) || collator.compare(a.pinyin, b.pinyin));
}

/** The directory, looked up by id and by name. */
export interface DirectoryIndex {
  readonly people: readonly Person[];
  readonly byId: ReadonlyMap<string, Person>;
  readonly byName: ReadonlyMap<string, readonly Person[]>;
}

/** Indexes a directory for lookups by id and name. */
export function indexDirectory(people: readonly Person[]): DirectoryIndex {
  const byId = new Map<string, Person>();
  const byName = new Map<string, Person[]>();
  for (const person of people) {
    byId.set(person.id, person);
    byName.set(person.name, [...(byName.get(person.name) ?? []), person]);
  }
  return { people, byId, byName };
}

/** The day before a date (YYYY-MM-DD): the last day of a period that a promotion ends. */
export function dayBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d - 1));
  return t.toISOString().slice(0, 10);
}
