import type { Editor } from 'slate';
import type { ArticleContent, BodyBlock, Inline, PhotoBlock } from '../../../../shared/model/article';
import { EMPTY_BYLINE } from '../../../../shared/model/article';
import type { BodyInline, DatelineElement, TopElement } from './types';
import { peopleTexts, type PeopleSource } from './people';

/**
 * Editor inlines for stored ones. Slate wants a text node before, between and
 * after inline elements, so empty ones are put there.
 */
function inlines(children: readonly (Inline | DatelineElement)[]): Array<BodyInline | DatelineElement> {
  const out: Array<BodyInline | DatelineElement> = [];
  for (const child of children) {
    if ('type' in child) {
      if (out.length === 0 || 'type' in out.at(-1)!) out.push({ text: '' });
      if (child.type === 'person')
        out.push({
          type: 'person',
          personId: child.personId,
          name: child.name,
          form: child.form,
          children: [{ text: '' }],
        });
      else if (child.type === 'attendees')
        out.push({
          type: 'attendees',
          prefix: child.prefix,
          personIds: [...child.personIds],
          names: { ...child.names },
          groups: [...child.groups],
          children: [{ text: '' }],
        });
      else out.push(child);
    } else out.push(leafOf(child));
  }
  if (out.length === 0 || 'type' in out.at(-1)!) out.push({ text: '' });
  return out;
}

/**
 * The editor document for an article: headline elements, the body (the lead
 * starting with the dateline chip) and the byline block at the end.
 */
export function contentToValue(content: ArticleContent): TopElement[] {
  const value: TopElement[] = [];
  if (content.kicker !== null) value.push({ type: 'kicker', children: [{ text: content.kicker }] });
  value.push({ type: 'title', children: [{ text: content.title }] });
  if (content.subtitle !== null) value.push({ type: 'subtitle', children: [{ text: content.subtitle }] });
  const blocks = [...content.body];
  if (blocks.length === 0 || blocks[0]!.type !== 'paragraph')
    blocks.unshift({ type: 'paragraph', children: [{ text: '' }] });
  const body: TopElement[] = blocks.map((block, index) => {
    if (block.type === 'photo')
      return {
        type: 'photo',
        hash: block.hash,
        format: block.format,
        width: block.width,
        height: block.height,
        credit: block.credit,
        children: block.children.map(leafOf),
      };
    const chip: DatelineElement[] =
      index === 0 && content.dateline
        ? [{ type: 'dateline', dateline: content.dateline, children: [{ text: '' }] }]
        : [];
    const children = inlines([...chip, ...block.children]);
    return block.type === 'paragraph'
      ? { type: 'paragraph', children }
      : { type: 'subheading', children: children as BodyInline[] };
  });
  value.push(...body);
  value.push({ type: 'byline', byline: content.byline, children: [{ text: '' }] });
  return value;
}

/** A stored text run: its text, bold and note marks only (decorations are never stored). */
function leafOf(child: { text: string; bold?: boolean; notes?: string[] }): {
  text: string;
  bold?: true;
  notes?: string[];
} {
  return {
    text: child.text,
    ...(child.bold ? { bold: true as const } : {}),
    ...(child.notes && child.notes.length > 0 ? { notes: [...child.notes] } : {}),
  };
}

const sameNotes = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  (a ?? []).join(',') === (b ?? []).join(',');

/** Merges neighbouring text runs with the same marks and drops empty ones; people inlines stay as they are. */
function compact(children: Inline[]): BodyBlock['children'] {
  const out: Inline[] = [];
  for (const child of children) {
    const last = out.at(-1);
    if ('type' in child) {
      out.push(child);
      continue;
    }
    if (child.text === '') continue;
    if (last && !('type' in last) && Boolean(last.bold) === Boolean(child.bold) && sameNotes(last.notes, child.notes))
      last.text += child.text;
    else out.push(leafOf(child));
  }
  return out.length > 0 ? out : [{ text: '' }];
}

/**
 * The article content the editor holds now: its document read with
 * `valueToContent` (the one place the editor's children are read back).
 */
export function readDocument(
  editor: Editor,
  base: Pick<ArticleContent, 'kind' | 'page' | 'proofIgnores' | 'notes' | 'placeholders'>,
  people: PeopleSource,
): ArticleContent {
  return valueToContent(editor.children as TopElement[], base, people);
}

/**
 * The article content of an editor document; `kind`, `page`, the ignored
 * proofreading findings and the template's placeholder labels are not in the document and come from `base`. Empty kicker and subtitle are stored as null,
 * empty body paragraphs are dropped. Mentions and attendee lists are stored
 * with the text they print as, from `people`.
 */
export function valueToContent(
  value: readonly TopElement[],
  base: Pick<ArticleContent, 'kind' | 'page' | 'proofIgnores' | 'notes' | 'placeholders'>,
  people: PeopleSource,
): ArticleContent {
  const printed = peopleTexts(value, people);
  let kicker: string | null = null;
  let title = '';
  let subtitle: string | null = null;
  let dateline: ArticleContent['dateline'] = null;
  let byline = { ...EMPTY_BYLINE };
  const body: BodyBlock[] = [];
  for (const node of value) {
    switch (node.type) {
      case 'kicker':
      case 'subtitle': {
        const text = node.children
          .map((c) => c.text)
          .join('')
          .trim();
        if (node.type === 'kicker') kicker = text || null;
        else subtitle = text || null;
        break;
      }
      case 'title':
        title = node.children
          .map((c) => c.text)
          .join('')
          .trim();
        break;
      case 'byline':
        byline = node.byline;
        break;
      case 'photo': {
        // A photo stays with an empty caption (the proofreader asks for one).
        const texts = compact(node.children.map(leafOf)) as PhotoBlock['children'];
        body.push({
          type: 'photo',
          hash: node.hash,
          format: node.format,
          width: node.width,
          height: node.height,
          credit: node.credit.trim(),
          children: texts,
        });
        break;
      }
      case 'paragraph':
      case 'subheading': {
        const texts: Inline[] = [];
        for (const child of node.children) {
          if (!('type' in child)) texts.push(child);
          else if (child.type === 'dateline') dateline = child.dateline;
          else if (child.type === 'person')
            texts.push({
              type: 'person',
              personId: child.personId,
              name: child.name,
              form: child.form,
              text: printed.get(child) ?? child.name,
            });
          else
            texts.push({
              type: 'attendees',
              prefix: child.prefix,
              personIds: child.personIds,
              names: child.names,
              groups: child.groups,
              text: printed.get(child) ?? '',
            });
        }
        const children = compact(texts);
        if (
          children
            .map((c) => c.text)
            .join('')
            .trim() === ''
        )
          break;
        body.push({ type: node.type, children });
        break;
      }
    }
  }
  return {
    kicker,
    title,
    subtitle,
    dateline,
    body,
    byline,
    kind: base.kind,
    page: base.page,
    proofIgnores: base.proofIgnores,
    notes: base.notes,
    placeholders: base.placeholders,
  };
}
