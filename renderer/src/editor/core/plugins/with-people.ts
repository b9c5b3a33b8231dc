import { Editor, Element, Range, Transforms, type Path } from 'slate';
import { isBodyBlock } from '../nodes';
import type { AttendeesElement, PersonElement } from '../types';
import type { MentionForm } from '../../../../../shared/people/model';

/**
 * Person mentions and attendee lists are inline voids that live in body
 * blocks only. One that ends up anywhere else (a paragraph turned into a
 * headline line, a fragment pasted into the title) becomes plain text: the
 * person's name, or nothing for a list, since headlines carry no titles.
 */
export function withPeople<E extends Editor>(editor: E): E {
  const { isInline, isVoid, normalizeNode } = editor;
  const isPeople = (element: Element) => element.type === 'person' || element.type === 'attendees';
  editor.isInline = (element) => isPeople(element) || isInline(element);
  editor.isVoid = (element) => isPeople(element) || isVoid(element);

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (Element.isElement(node) && isPeople(node) && path.length > 0) {
      const parent = Editor.parent(editor, path)[0];
      if (path.length !== 2 || !isBodyBlock(parent)) {
        Editor.withoutNormalizing(editor, () => {
          Transforms.removeNodes(editor, { at: path });
          if (node.type === 'person') Transforms.insertNodes(editor, { text: node.name }, { at: path });
        });
        return;
      }
    }
    normalizeNode(entry, options);
  };
  return editor;
}

/** True when the cursor is in a body block, where people can be inserted. */
export function canInsertPeople(editor: Editor): boolean {
  const { selection } = editor;
  if (!selection) return false;
  return Boolean(Editor.above(editor, { at: selection, match: (n) => isBodyBlock(n) }));
}

/** Inserts an inline void at the cursor and puts the cursor after it. */
function insertInline(editor: Editor, node: PersonElement | AttendeesElement): boolean {
  if (!canInsertPeople(editor)) return false;
  if (editor.selection && Range.isExpanded(editor.selection)) Transforms.delete(editor);
  Transforms.insertNodes(editor, node);
  Transforms.move(editor);
  return true;
}

/** Inserts a mention of a person at the cursor; false when the cursor is not in the body. */
export function insertPerson(
  editor: Editor,
  person: { id: string; name: string },
  form: MentionForm = 'auto',
): boolean {
  return insertInline(editor, {
    type: 'person',
    personId: person.id,
    name: person.name,
    form,
    children: [{ text: '' }],
  });
}

/** What an attendee list holds, without its Slate children. */
export type AttendeesData = Omit<AttendeesElement, 'type' | 'children'>;

/** Inserts an attendee list at the cursor; false when the cursor is not in the body. */
export function insertAttendees(editor: Editor, data: AttendeesData): boolean {
  return insertInline(editor, { type: 'attendees', ...data, children: [{ text: '' }] });
}

/** Changes a mention's form or an attendee list's content at a path. */
export function updatePeopleElement(
  editor: Editor,
  at: Path,
  props: Partial<Pick<PersonElement, 'form'>> | Partial<AttendeesData>,
): void {
  Transforms.setNodes(editor, props, { at });
}
