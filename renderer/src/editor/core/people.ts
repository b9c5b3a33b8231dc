import { Element, Text, type Descendant } from 'slate';
import type { DirectoryIndex } from '../../../../shared/people/directory';
import { peopleRef, renderPeopleRefs, type PeopleRef } from '../../../../shared/people/render';
import type { AttendeesElement, PersonElement } from './types';

/** A person mention or attendee list in the document. */
export type PeopleElement = PersonElement | AttendeesElement;

/** True for person mentions and attendee lists. */
export function isPeopleElement(node: unknown): node is PeopleElement {
  return Element.isElement(node) && (node.type === 'person' || node.type === 'attendees');
}

/** The people references of a document in order, with the element each comes from. */
export function documentPeopleRefs(children: readonly Descendant[]): { refs: PeopleRef[]; elements: PeopleElement[] } {
  const refs: PeopleRef[] = [];
  const elements: PeopleElement[] = [];
  children.forEach((block, index) => {
    if (!Element.isElement(block)) return;
    for (const child of block.children) {
      if (!isPeopleElement(child)) continue;
      elements.push(child);
      refs.push(peopleRef(child, index));
    }
  });
  return { refs, elements };
}

/** The article date people are printed as of: the dateline chip's date, else `fallback`. */
export function documentDate(children: readonly Descendant[], fallback: string): string {
  for (const block of children) {
    if (!Element.isElement(block) || block.type !== 'paragraph') continue;
    for (const child of block.children)
      if (Element.isElement(child) && child.type === 'dateline') return child.dateline.date;
  }
  return fallback;
}

/** What people are printed from: the directory and the date to use when the article has no dateline. */
export interface PeopleSource {
  directory: DirectoryIndex;
  fallbackDate: string;
}

const cache = new WeakMap<readonly Descendant[], { source: PeopleSource; texts: Map<PeopleElement, string> }>();

/**
 * The printed text of every mention and attendee list in a document, keyed by
 * element. Worked out once per document value (Slate makes a new children
 * array on every change) and source, so each mention's renderer can ask for
 * its own text without walking the document again.
 */
export function peopleTexts(children: readonly Descendant[], source: PeopleSource): Map<PeopleElement, string> {
  const hit = cache.get(children);
  if (hit && hit.source === source) return hit.texts;
  const { refs, elements } = documentPeopleRefs(children);
  const printed = renderPeopleRefs(refs, source.directory, documentDate(children, source.fallbackDate));
  const texts = new Map(elements.map((element, i) => [element, printed[i]!]));
  cache.set(children, { source, texts });
  return texts;
}

/**
 * The chair for an attendee list at `path` (or about to be inserted there, the
 * caret `offset` into its text): the person of the last mention before it in
 * the same block, or, without one, the last person of the directory named
 * there as plain text (`区委书记乔耸主持…`), so the list leaves them out.
 */
export function chairBefore(
  children: readonly Descendant[],
  path: readonly number[],
  directory?: DirectoryIndex,
  offset?: number,
): string | null {
  const block = children[path[0]!];
  if (!block || !Element.isElement(block)) return null;
  const at = Math.min(path[1] ?? 0, block.children.length);
  for (let i = at - 1; i >= 0; i--) {
    const child = block.children[i];
    if (Element.isElement(child) && child.type === 'person') return child.personId;
  }
  if (!directory) return null;
  let before = '';
  for (let i = 0; i < at; i++) {
    const child = block.children[i]!;
    if (Text.isText(child)) before += child.text;
  }
  const current = block.children[at];
  if (current && Text.isText(current) && offset !== undefined) before += current.text.slice(0, offset);
  let best: { at: number; id: string } | null = null;
  for (const [name, people] of directory.byName) {
    const found = before.lastIndexOf(name);
    if (found >= 0 && (!best || found > best.at)) best = { at: found, id: people[0]!.id };
  }
  return best?.id ?? null;
}
