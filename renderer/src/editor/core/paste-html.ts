import type { TextLeaf } from './types';

/** Blocks made from pasted content: paragraphs and 小标题 with bold runs, nothing else. */
export interface PastedBlock {
  type: 'paragraph' | 'subheading';
  children: TextLeaf[];
}

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'TR',
  'BLOCKQUOTE',
  'SECTION',
  'ARTICLE',
  'TD',
  'PRE',
  'ADDRESS',
  'DD',
  'DT',
]);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const DROPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'IMG',
  'SVG',
  'OBJECT',
  'IFRAME',
  'VIDEO',
  'AUDIO',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'NOSCRIPT',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
]);

const BOLD_STYLE = /font-weight\s*:\s*(bold|bolder|[6-9]00)\b/i;

/** <b>, <strong>, or an element whose style made it bold (see parseHtml). */
function isBoldElement(el: Element): boolean {
  return el.tagName === 'B' || el.tagName === 'STRONG' || el.hasAttribute('data-bold');
}

/** Word marks its headings with classes such as MsoHeading1 / MsoTitle, or with heading styles. */
function isHeadingElement(el: Element): boolean {
  if (HEADING_TAGS.has(el.tagName)) return true;
  return /\bMso(Heading\d|Title|Subtitle)\b/.test(el.getAttribute('class') ?? '');
}

/**
 * Turns pasted HTML (Word, WPS, web pages) into paragraphs, 小标题 and bold
 * runs. Scripts, styles, images, links (their text is kept), tables' layout and
 * every other formatting are dropped. White space is collapsed as a browser
 * would, and empty paragraphs are left out.
 */
export function htmlToBlocks(root: DocumentFragment): PastedBlock[] {
  const blocks: PastedBlock[] = [];
  let leaves: TextLeaf[] = [];
  let heading = false;

  const flush = () => {
    const merged: TextLeaf[] = [];
    for (const leaf of leaves) {
      const last = merged.at(-1);
      if (last && Boolean(last.bold) === Boolean(leaf.bold)) last.text += leaf.text;
      else merged.push({ ...leaf });
    }
    // Trim the block's ends, then drop runs left empty.
    if (merged.length > 0) {
      merged[0]!.text = merged[0]!.text.replace(/^[\s\u3000]+/, '');
      merged[merged.length - 1]!.text = merged[merged.length - 1]!.text.replace(/[\s\u3000]+$/, '');
    }
    const children = merged.filter((l) => l.text.length > 0);
    if (children.length > 0) {
      blocks.push(
        heading
          ? { type: 'subheading', children: children.map((c) => ({ text: c.text })) }
          : { type: 'paragraph', children },
      );
    }
    leaves = [];
    heading = false;
  };

  const walk = (node: Node, bold: boolean) => {
    if (node.nodeType === 3) {
      const text = (node.textContent ?? '').replace(/[\r\n\t ]+/g, ' ');
      if (text) leaves.push(bold ? { text, bold: true } : { text });
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (DROPPED_TAGS.has(el.tagName)) return;
    if (el.tagName === 'BR') {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(el.tagName) || isHeadingElement(el);
    if (block) flush();
    if (isHeadingElement(el)) heading = true;
    const childBold = bold || isBoldElement(el);
    for (const child of Array.from(el.childNodes)) walk(child, childBold);
    if (block) flush();
  };

  for (const child of Array.from(root.childNodes)) walk(child, false);
  flush();
  return blocks;
}

/** Plain text split into paragraphs, one per non-empty line, trimmed (also of full-width spaces). */
export function textToBlocks(text: string): PastedBlock[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((line) => line.length > 0)
    .map((line) => ({ type: 'paragraph' as const, children: [{ text: line }] }));
}

/**
 * Parses pasted HTML into an inert fragment (a <template>: nothing loads or
 * runs). Style sheets and comments (Word puts large conditional comments in its
 * clipboard HTML) are cut out first, and style attributes are replaced by a
 * `data-bold` mark where they made text bold: under the app's CSP every inline
 * style attribute the parser meets is a reported violation, which made a 1 MB
 * Word paste take seconds instead of a tenth of one.
 */
export function parseHtml(html: string): DocumentFragment {
  const cleaned = html
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi, (_m, a?: string, b?: string, c?: string) =>
      BOLD_STYLE.test(a ?? b ?? c ?? '') ? ' data-bold' : '',
    );
  const template = document.createElement('template');
  template.innerHTML = cleaned;
  return template.content;
}
