import type { DirectoryIndex } from './directory';
import { sortByProtocol, titleOn } from './directory';
import type { MentionForm, Person } from './model';

/** A person mention in an article, as the editor and the stored content hold it. */
export interface PersonRef {
  kind: 'person';
  /** Index of the body block it stands in (mentions of the chair are found per block). */
  block: number;
  personId: string;
  /** The name when it was inserted: printed if the person is no longer in the directory. */
  name: string;
  form: MentionForm;
}

/** An attendee list (区领导杜建强、薛晓军……，以及…) in an article. */
export interface AttendeesRef {
  kind: 'attendees';
  block: number;
  /** Words before the names, e.g. 区领导 or 中原区领导; may be empty. */
  prefix: string;
  personIds: readonly string[];
  /** Groups printed after the names, after 以及: `“一办七部”负责同志`, `14个街道党政正职`. */
  groups: readonly string[];
  /** Names when inserted, by id, for people no longer in the directory. */
  names: Readonly<Record<string, string>>;
}

/** A reference to people inside an article. */
export type PeopleRef = PersonRef | AttendeesRef;

/** A person mention or attendee list as stored or in the editor (its printed text and children aside). */
export type PeopleNode =
  | { type: 'person'; personId: string; name: string; form: MentionForm }
  | {
      type: 'attendees';
      prefix: string;
      personIds: readonly string[];
      groups: readonly string[];
      names: Readonly<Record<string, string>>;
    };

/** The reference for a people node standing in body block `block`. */
export function peopleRef(node: PeopleNode, block: number): PeopleRef {
  return node.type === 'person'
    ? { kind: 'person', block, personId: node.personId, name: node.name, form: node.form }
    : {
        kind: 'attendees',
        block,
        prefix: node.prefix,
        personIds: node.personIds,
        groups: node.groups,
        names: node.names,
      };
}

/** A person printed with the title held on `date`: `中原区委书记乔耸`; the name alone when there is no title. */
export function titledName(person: Pick<Person, 'name' | 'periods'>, date: string): string {
  return `${titleOn(person, date)}${person.name}`;
}

/**
 * The chair of the meeting an attendee list belongs to: the person of the last
 * mention before the list in the same block (`中原区委书记乔耸主持召开…。区领导…`).
 * The chair is not listed among the attendees.
 */
export function chairOf(refs: readonly PeopleRef[], index: number): string | null {
  const list = refs[index];
  if (!list) return null;
  for (let i = index - 1; i >= 0; i--) {
    const ref = refs[i]!;
    if (ref.block !== list.block) break;
    if (ref.kind === 'person') return ref.personId;
  }
  return null;
}

/** The people of an attendee list as printed: the chair left out, each once, in protocol order on `date`. */
export function attendeesInOrder(
  list: Pick<AttendeesRef, 'personIds' | 'names'>,
  directory: DirectoryIndex,
  date: string,
  chairId: string | null,
): Array<Pick<Person, 'id' | 'name' | 'periods'>> {
  const seen = new Set<string>();
  const people: Array<Pick<Person, 'id' | 'name' | 'periods'>> = [];
  for (const id of list.personIds) {
    if (id === chairId || seen.has(id)) continue;
    seen.add(id);
    people.push(directory.byId.get(id) ?? { id, name: list.names[id] ?? '', periods: [] });
  }
  return sortByProtocol(
    people.filter((p) => p.name !== ''),
    date,
  );
}

/** The text of an attendee list: prefix, names joined with 、, then `，以及` and the groups. */
export function attendeesText(prefix: string, names: readonly string[], groups: readonly string[]): string {
  const named = names.length > 0 ? `${prefix}${names.join('、')}` : '';
  const rest = groups.join('、');
  if (named && rest) return `${named}，以及${rest}`;
  return named || rest;
}

/**
 * The printed text of every people reference in an article, in document order,
 * as of `date` (the article's date): a mention carries the person's title on
 * its first mention (form `auto`; names in attendee lists do not count as
 * mentions), always (`full`) or never (`name`); an attendee list is printed in
 * protocol order without its chair. People removed from the directory print
 * under the name they had when inserted.
 */
export function renderPeopleRefs(refs: readonly PeopleRef[], directory: DirectoryIndex, date: string): string[] {
  const mentioned = new Set<string>();
  return refs.map((ref, index) => {
    if (ref.kind === 'person') {
      const person = directory.byId.get(ref.personId);
      const first = !mentioned.has(ref.personId);
      mentioned.add(ref.personId);
      if (!person) return ref.name;
      const titled = ref.form === 'full' || (ref.form === 'auto' && first);
      return titled ? titledName(person, date) : person.name;
    }
    const people = attendeesInOrder(ref, directory, date, chairOf(refs, index));
    return attendeesText(
      ref.prefix,
      people.map((p) => p.name),
      ref.groups,
    );
  });
}
