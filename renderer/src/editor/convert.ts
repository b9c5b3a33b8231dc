import type { ArticleContent, BodyBlock } from '../../../shared/model/article';
import { EMPTY_BYLINE } from '../../../shared/model/article';
import type { DatelineElement, ParagraphElement, TextLeaf, TopElement } from './types';

function leaves(children: readonly { text: string; bold?: boolean }[]): TextLeaf[] {
  const out = children.map((c) => (c.bold ? { text: c.text, bold: true } : { text: c.text }));
  return out.length > 0 ? out : [{ text: '' }];
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
  const body: TopElement[] = content.body.map((block) => ({ type: block.type, children: leaves(block.children) }));
  if (body.length === 0 || body[0]!.type !== 'paragraph') body.unshift({ type: 'paragraph', children: [{ text: '' }] });
  if (content.dateline) {
    const lead = body[0] as ParagraphElement;
    const chip: DatelineElement = { type: 'dateline', dateline: content.dateline, children: [{ text: '' }] };
    body[0] = { type: 'paragraph', children: [{ text: '' }, chip, ...(lead.children as TextLeaf[])] };
  }
  value.push(...body);
  value.push({ type: 'byline', byline: content.byline, children: [{ text: '' }] });
  return value;
}

/** Merges neighbouring leaves with the same marks and drops empty ones. */
function compact(children: TextLeaf[]): BodyBlock['children'] {
  const out: TextLeaf[] = [];
  for (const leaf of children) {
    const last = out.at(-1);
    if (leaf.text === '') continue;
    if (last && Boolean(last.bold) === Boolean(leaf.bold)) last.text += leaf.text;
    else out.push(leaf.bold ? { text: leaf.text, bold: true } : { text: leaf.text });
  }
  return out.length > 0 ? out : [{ text: '' }];
}

/**
 * The article content of an editor document; `kind` and `page` are not in the
 * document and come from `base`. Empty kicker and subtitle are stored as null,
 * empty body paragraphs are dropped.
 */
export function valueToContent(
  value: readonly TopElement[],
  base: Pick<ArticleContent, 'kind' | 'page'>,
): ArticleContent {
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
      case 'paragraph':
      case 'subheading': {
        const texts: TextLeaf[] = [];
        for (const child of node.children) {
          if ('type' in child) dateline = child.dateline;
          else texts.push(child);
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
  return { kicker, title, subtitle, dateline, body, byline, kind: base.kind, page: base.page };
}
