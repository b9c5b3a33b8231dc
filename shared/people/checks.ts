import { pinyin } from 'pinyin-pro';
import type { Finding } from '../proof/finding';
import type { DirectoryIndex } from './directory';
import { rankOn, sortByProtocol, titleOn } from './directory';
import type { Person } from './model';
import { followsBylineRole, isBylineName } from '../format/byline-text';

/** What the people checks read: the text, the day it is dated, and the directory. */
export interface PeopleCheckInput {
  text: string;
  /** The article's date (YYYY-MM-DD): titles and ranks are those valid on it. */
  date: string;
  directory: DirectoryIndex;
  /** Where the body starts in `text`: names before it (headlines) are not first mentions. */
  bodyStart?: number;
}

/** Characters a title never runs across: the title before a name ends at the last of them. */
const BOUNDARY = /[，。；：！？,.;:!?\s“”"‘’'（）()《》〈〉【】—…]/u;

/**
 * Words after which a name's preceding text is no longer its title (会议由区委书记乔耸主持:
 * the title is 区委书记). A title that contains one of them (城乡建设和交通局局长) is only
 * read shorter, and a shorter form of the right title is accepted.
 */
const NOT_TITLE =
  /(?:以及|陪同|主持|会见|看望|慰问|听取|带领|邀请|由|在|和|与|及|同|对|向|为|是|请|率|到|将|把|被|让|经|从|据)/gu;

/** The last words of official titles (a judgement; titles from the directory are added to these). */
const TITLE_WORDS = [
  '书记',
  '区长',
  '市长',
  '省长',
  '县长',
  '镇长',
  '乡长',
  '主任',
  '部长',
  '局长',
  '厅长',
  '处长',
  '科长',
  '主席',
  '常委',
  '委员',
  '秘书长',
  '院长',
  '检察长',
  '庭长',
  '会长',
  '社长',
  '校长',
  '所长',
  '站长',
  '队长',
  '组长',
  '经理',
  '董事长',
  '政委',
  '司令员',
  '巡视员',
  '调研员',
  '专员',
  '总编辑',
  '主编',
  '馆长',
  '行长',
  '理事长',
  '总监',
  '干事',
];

/** Words after a name that show it is a name (乔耸表示, 乔耸主持). */
const AFTER_NAME = /^(?:表示|说|指出|强调|要求|主持|参加|出席|讲话|介绍|同志|一行|陪同|调研|就|先后|代表)/u;

/** Text that opens an attendee list before its first name: 区领导, 市领导, 中原区领导. */
const LIST_OPENER = /(?:领导|同志|嘉宾)$/u;

interface Occurrence {
  start: number;
  end: number;
  person: Person;
  /** The title-like text right before the name ('' when none). */
  title: string;
  /** The text back to the last boundary before the name. */
  before: string;
  /** Index of the attendee list chain it is part of, or -1. */
  list: number;
}

const pinyinCache = new Map<string, string>();

/** The toneless pinyin of one character (its most common reading), cached. */
function charPinyin(c: string): string {
  let value = pinyinCache.get(c);
  if (value === undefined) {
    value = pinyin(c, { toneType: 'none', v: true });
    pinyinCache.set(c, value);
  }
  return value;
}

/** Toneless pinyin key of a word, character by character (the same reading for names and text). */
function pinyinKey(word: string): string {
  return [...word].map(charPinyin).join(' ');
}

const isHan = (c: string | undefined) => c !== undefined && /\p{Script=Han}/u.test(c);

interface Lookup {
  byFirstChar: Map<string, string[]>;
  lengths: number[];
  oneAway: Map<string, Person[]>;
  samePinyin: Map<string, Person[]>;
  titleWords: string[];
}

const lookups = new WeakMap<DirectoryIndex, Lookup>();

/** Indexes built once per directory: names by first character, one-character-off and same-pinyin keys, title words. */
function lookupOf(directory: DirectoryIndex): Lookup {
  const cached = lookups.get(directory);
  if (cached) return cached;
  const byFirstChar = new Map<string, string[]>();
  const oneAway = new Map<string, Person[]>();
  const samePinyin = new Map<string, Person[]>();
  const lengths = new Set<number>();
  const titles = new Set(TITLE_WORDS);
  const add = <K>(map: Map<K, Person[]>, key: K, person: Person) => map.set(key, [...(map.get(key) ?? []), person]);
  for (const [name, people] of directory.byName) {
    const first = name[0]!;
    byFirstChar.set(
      first,
      [...(byFirstChar.get(first) ?? []), name].sort((a, b) => b.length - a.length),
    );
    lengths.add(name.length);
    for (const person of people) {
      for (let i = 0; i < name.length; i++) add(oneAway, `${name.slice(0, i)}*${name.slice(i + 1)}`, person);
      add(samePinyin, pinyinKey(name), person);
      for (const period of person.periods) {
        for (const part of period.title.split(/[、，,]/)) if (part.length >= 2) titles.add(part);
      }
    }
  }
  const lookup: Lookup = {
    byFirstChar,
    lengths: [...lengths].sort((a, b) => b - a),
    oneAway,
    samePinyin,
    titleWords: [...titles].sort((a, b) => b.length - a.length),
  };
  lookups.set(directory, lookup);
  return lookup;
}

/** The text back from `at` to the last boundary (at most 40 characters). */
function textBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < 40 && !BOUNDARY.test(text[i - 1]!)) i--;
  return text.slice(i, at);
}

/** The title-like end of the text before a name: after the last NOT_TITLE word, if it ends with a title word. */
function titleIn(before: string, titleWords: readonly string[]): string {
  if (before === '' || before.endsWith('、') || LIST_OPENER.test(before)) return '';
  let cut = 0;
  for (const m of before.matchAll(NOT_TITLE)) cut = m.index + m[0].length;
  const tail = before.slice(cut);
  return titleWords.some((w) => tail.endsWith(w)) ? tail : '';
}

/** True when a title as written fits the directory's: the same, or a shorter form of it (区委书记 for 中原区委书记). */
function titleFits(written: string, expected: string): boolean {
  return written.endsWith(expected) || (written.length >= 2 && expected.endsWith(written));
}

/** Every directory name in the text, longest first where names overlap, with the person meant. */
function findOccurrences(text: string, input: PeopleCheckInput, lookup: Lookup): Occurrence[] {
  const found: Occurrence[] = [];
  for (let i = 0; i < text.length; i++) {
    const names = lookup.byFirstChar.get(text[i]!);
    if (!names) continue;
    const name = names.find((n) => text.startsWith(n, i));
    if (!name) continue;
    // A byline or photo credit names the writer: not a mention in the story.
    if (isBylineName(text, i, i + name.length)) {
      i += name.length - 1;
      continue;
    }
    const before = textBefore(text, i);
    const title = titleIn(before, lookup.titleWords);
    const candidates = input.directory.byName.get(name)!;
    // Namesakes: the one whose title is written before the name, else the one holding a post that day.
    const person =
      candidates.find(
        (p) => title !== '' && titleOn(p, input.date) !== '' && titleFits(title, titleOn(p, input.date)),
      ) ??
      candidates.find((p) => titleOn(p, input.date) !== '') ??
      candidates[0]!;
    found.push({ start: i, end: i + name.length, person, title, before, list: -1 });
    i += name.length - 1;
  }
  return found;
}

/** Groups names separated by nothing but 、 into attendee lists (two names or more). */
function chainLists(text: string, occurrences: Occurrence[]): Occurrence[][] {
  const lists: Occurrence[][] = [];
  let current: Occurrence[] = [];
  for (const occurrence of occurrences) {
    const last = current.at(-1);
    if (last && text.slice(last.end, occurrence.start) === '、') current.push(occurrence);
    else {
      if (current.length > 1) lists.push(current);
      current = [occurrence];
    }
  }
  if (current.length > 1) lists.push(current);
  lists.forEach((list, index) => list.forEach((o) => (o.list = index)));
  return lists;
}

function periodLabel(person: Person, title: string): string | null {
  const period = person.periods.find((p) => p.title === title);
  if (!period) return null;
  return `${period.from ?? '……'}至${period.to ?? '今'}`;
}

/** Findings for attendee lists: the same person twice, and names out of protocol order. */
function checkLists(text: string, lists: Occurrence[][], date: string): Finding[] {
  const findings: Finding[] = [];
  for (const list of lists) {
    const seen = new Set<string>();
    const unique: Occurrence[] = [];
    for (const o of list) {
      if (seen.has(o.person.id)) {
        findings.push({
          rule: 'person.duplicate',
          severity: 'error',
          start: o.start - 1,
          end: o.end,
          text: text.slice(o.start - 1, o.end),
          message: `名单中“${o.person.name}”出现了两次`,
          suggestion: '',
        });
      } else {
        seen.add(o.person.id);
        unique.push(o);
      }
    }
    const ranked = unique.filter((o) => rankOn(o.person, date) !== null);
    const outOfOrder = ranked.findIndex(
      (o, i) => i > 0 && rankOn(o.person, date)! < rankOn(ranked[i - 1]!.person, date)!,
    );
    if (outOfOrder > 0) {
      const first = list[0]!;
      const last = list.at(-1)!;
      const order = sortByProtocol(
        unique.map((o) => o.person),
        date,
      ).map((p) => p.name);
      findings.push({
        rule: 'person.order',
        severity: 'error',
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        message: `名单未按排序：“${ranked[outOfOrder]!.person.name}”应排在“${ranked[outOfOrder - 1]!.person.name}”之前（按 ${date} 的排序）`,
        suggestion: order.length === list.length ? order.join('、') : undefined,
      });
    }
  }
  return findings;
}

/** A name in the text, in order: who, and the first-mention finding it would give if it is their first. */
export interface PeopleMention {
  personId: string;
  start: number;
  /** Set when the name stands without a title outside a list, and the person has a title that day. */
  untitled: Finding | null;
}

/** Findings for titles written before names that are not the directory's; and each name as a mention. */
function checkTitles(
  text: string,
  occurrences: Occurrence[],
  input: PeopleCheckInput,
): { findings: Finding[]; mentions: PeopleMention[] } {
  const findings: Finding[] = [];
  const mentions: PeopleMention[] = [];
  for (const o of occurrences) {
    const expected = titleOn(o.person, input.date);
    const mention: PeopleMention = { personId: o.person.id, start: o.start, untitled: null };
    mentions.push(mention);
    if (expected === '') continue;
    if (o.title !== '') {
      if (titleFits(o.title, expected)) continue;
      const old = periodLabel(o.person, o.title);
      findings.push({
        rule: 'person.title',
        severity: 'error',
        start: o.start - o.title.length,
        end: o.start,
        text: o.title,
        message: `“${o.person.name}”的职务与人员库不符：${input.date} 应为“${expected}”${old ? `（“${o.title}”是其 ${old} 的职务）` : ''}`,
        suggestion: expected,
      });
      continue;
    }
    const inList = o.list >= 0 || o.before.endsWith('、') || LIST_OPENER.test(o.before);
    if (!inList)
      mention.untitled = {
        rule: 'person.first-mention',
        severity: 'warning',
        start: o.start,
        end: o.end,
        text: text.slice(o.start, o.end),
        message: `“${o.person.name}”在文中第一次出现，应写明职务：${expected}${o.person.name}`,
        suggestion: `${expected}${o.person.name}`,
      };
  }
  return { findings, mentions };
}

/**
 * The first-mention findings over mentions in text order: a titled person
 * whose first mention (from `bodyStart` on) stands without the title.
 */
export function firstMentionFindings(mentions: readonly PeopleMention[], bodyStart = 0): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const m of mentions) {
    if (m.start < bodyStart || seen.has(m.personId)) continue;
    seen.add(m.personId);
    if (m.untitled) findings.push(m.untitled);
  }
  return findings;
}

/** Findings for names not in the directory but one character or the same pinyin away from one that is. */
function checkNearNames(text: string, occurrences: Occurrence[], lookup: Lookup, input: PeopleCheckInput): Finding[] {
  const findings: Finding[] = [];
  const taken = new Uint8Array(text.length);
  for (const o of occurrences) taken.fill(1, o.start, o.end);
  const startsAt = new Set(occurrences.map((o) => o.start));
  const endsAt = new Set(occurrences.map((o) => o.end));
  // Length of the run of Han characters starting at each position, and each character's pinyin.
  const hanRun = new Uint32Array(text.length + 1);
  for (let i = text.length - 1; i >= 0; i--) hanRun[i] = isHan(text[i]) && !taken[i] ? hanRun[i + 1]! + 1 : 0;
  const syllables: string[] = [];
  for (let i = 0; i < text.length; i++) syllables.push(hanRun[i] ? charPinyin(text[i]!) : '');
  for (let p = 0; p < text.length; p++) {
    if (hanRun[p]! < 2) continue;
    for (const length of lookup.lengths) {
      if (hanRun[p]! < length) continue;
      const word = text.slice(p, p + length);
      if (input.directory.byName.has(word)) continue;
      const near = new Set<Person>();
      for (let i = 0; i < length; i++)
        for (const q of lookup.oneAway.get(`${word.slice(0, i)}*${word.slice(i + 1)}`) ?? []) near.add(q);
      for (const q of lookup.samePinyin.get(syllables.slice(p, p + length).join(' ')) ?? []) near.add(q);
      if (near.size === 0) continue;
      const before = textBefore(text, p);
      // A name one character longer that ends where a list item or a clause does (李春旺、) is that name, not this one.
      if (isHan(text[p + length]) && /^[、，,。；;：:）)\s]/u.test(text[p + length + 1] ?? '')) continue;
      // In a byline the name is the whole token: 张旭 in 本报见习记者张旭晖 is not a name.
      if (followsBylineRole(text, p) && hanRun[p]! <= 4 && length < hanRun[p]!) continue;
      const named =
        titleIn(before, lookup.titleWords) !== '' ||
        LIST_OPENER.test(before) ||
        AFTER_NAME.test(text.slice(p + length, p + length + 4)) ||
        (text[p - 1] === '、' && endsAt.has(p - 1)) ||
        (text[p + length] === '、' && startsAt.has(p + length + 1)) ||
        (followsBylineRole(text, p) && !isHan(text[p + length]));
      if (!named) continue;
      const people = [...near];
      const names = [...new Set(people.map((q) => q.name))];
      const who = people
        .map((q) => `“${q.name}”${titleOn(q, input.date) ? `（${titleOn(q, input.date)}）` : ''}`)
        .join('或');
      findings.push({
        rule: 'person.name',
        severity: 'error',
        start: p,
        end: p + length,
        text: word,
        message: `人员库中没有“${word}”，是否为${who}？`,
        suggestion: names.length === 1 ? names[0] : undefined,
      });
      p += length - 1;
      break;
    }
  }
  return findings;
}

/**
 * The people checks, for the editor now and the proofreading engine later:
 * an attendee list out of protocol order (`person.order`) or naming someone
 * twice (`person.duplicate`); a title before a name that is not the one the
 * directory gives for the date (`person.title`); a titled person's first
 * mention without the title (`person.first-mention`); a name not in the
 * directory but one character or the same pinyin away from one that is
 * (`person.name`, e.g. 乔松 for 乔耸). Findings are in text order.
 */
export function checkPeople(input: PeopleCheckInput): Finding[] {
  const { findings, mentions } = checkPeopleText(input);
  return [...findings, ...firstMentionFindings(mentions, input.bodyStart)].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
}

/**
 * The people checks of one piece of text without the first-mention rule,
 * which needs the whole article: the findings, and the names as mentions for
 * `firstMentionFindings`. The proofreader runs this per block, so a keystroke
 * re-checks one paragraph.
 */
export function checkPeopleText(input: Omit<PeopleCheckInput, 'bodyStart'>): {
  findings: Finding[];
  mentions: PeopleMention[];
} {
  if (input.directory.people.length === 0 || input.text === '') return { findings: [], mentions: [] };
  const lookup = lookupOf(input.directory);
  const occurrences = findOccurrences(input.text, input, lookup);
  const lists = chainLists(input.text, occurrences);
  const titles = checkTitles(input.text, occurrences, input);
  return {
    findings: [
      ...checkLists(input.text, lists, input.date),
      ...titles.findings,
      ...checkNearNames(input.text, occurrences, lookup, input),
    ],
    mentions: titles.mentions,
  };
}
