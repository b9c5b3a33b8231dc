// The article as the model-based editor sessions (model.spec.ts) see it:
// its lines, the inline people elements standing in them as one character
// each, the template's placeholders, and what the page should show. Pure:
// no page, no Playwright.

/** A body block: a paragraph or a 小标题. */
export type BlockKind = 'paragraph' | 'subheading';

/** A block of the body, its inline elements written as one private-use character each (see `inlines`). */
export interface BodyBlock {
  kind: BlockKind;
  text: string;
}

/**
 * What an inline element's character stands for: a person from the directory
 * (printed with the title on the first mention in the article, by name after),
 * an attendee list, or the dateline chip (本报讯 12月1日，) of a template's
 * article, read from the page at the start and printed as it was then.
 */
export type Inline =
  | { kind: 'person'; name: string; titled: string }
  | { kind: 'list'; printed: string }
  | { kind: 'dateline'; printed: string };

/** What the article holds, as the user should see it. */
export interface DocModel {
  kicker: string | null;
  title: string;
  subtitle: string | null;
  body: BodyBlock[];
  /** The byline as printed, a part per role (`记者 张改华`). */
  byline: string[];
  /** The inline elements, by the character that stands for each in `body`. */
  inlines: Record<string, Inline>;
  /** The template's placeholder labels (【主持人】…); none in a blank article. */
  labels: string[];
}

/** A line of the article: a headline line, or body block `n`. */
export type LineRef = 'title' | 'kicker' | 'subtitle' | { body: number };

/** What the page shows: inline elements as `⟨printed text⟩`, the byline a part per role. */
export interface Shown {
  kicker: string | null;
  title: string;
  subtitle: string | null;
  body: BodyBlock[];
  byline: string[];
}

const FIRST_INLINE = 0xe000;

/** True for a character that stands for an inline element. */
export function isInline(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= FIRST_INLINE && code < FIRST_INLINE + 0x1000;
}

/** The model with a new inline element, and the character that stands for it. */
export function addInline(doc: DocModel, inline: Inline): [DocModel, string] {
  const char = String.fromCharCode(FIRST_INLINE + Object.keys(doc.inlines).length);
  return [{ ...doc, inlines: { ...doc.inlines, [char]: inline } }, char];
}

/** The text of a line in the model; undefined when the line is not there. */
export function lineText(doc: DocModel, line: LineRef): string | undefined {
  if (line === 'title') return doc.title;
  if (line === 'kicker') return doc.kicker ?? undefined;
  if (line === 'subtitle') return doc.subtitle ?? undefined;
  return doc.body[line.body]?.text;
}

/** The model with a line's text replaced. */
export function withLine(doc: DocModel, line: LineRef, text: string): DocModel {
  if (line === 'title') return { ...doc, title: text };
  if (line === 'kicker') return { ...doc, kicker: text };
  if (line === 'subtitle') return { ...doc, subtitle: text };
  return { ...doc, body: doc.body.map((b, i) => (i === line.body ? { ...b, text } : b)) };
}

/** Every line of the article, in document order. */
export function linesOf(doc: DocModel): LineRef[] {
  return [
    ...(doc.kicker !== null ? (['kicker'] as const) : []),
    'title',
    ...(doc.subtitle !== null ? (['subtitle'] as const) : []),
    ...doc.body.map((_, body) => ({ body })),
  ];
}

/** True for a body block. */
export function isBody(line: LineRef): line is { body: number } {
  return typeof line === 'object';
}

/** Where a line stands among the document's top-level blocks. */
export function topIndex(doc: DocModel, line: LineRef): number {
  const kicker = doc.kicker !== null ? 1 : 0;
  if (line === 'kicker') return 0;
  if (line === 'title') return kicker;
  if (line === 'subtitle') return kicker + 1;
  return kicker + 1 + (doc.subtitle !== null ? 1 : 0) + line.body;
}

/**
 * The editor's text node and the offset in it for a place in a line: a
 * block's texts and inline elements alternate (text, element, text…), so the
 * text after the k-th element is child 2k.
 */
export function textPoint(doc: DocModel, line: LineRef, offset: number): { path: string; offset: number } {
  const before = lineText(doc, line)!.slice(0, offset);
  let elements = 0;
  let start = 0;
  for (let i = 0; i < before.length; i++)
    if (isInline(before[i]!)) {
      elements++;
      start = i + 1;
    }
  return { path: `${topIndex(doc, line)}.${2 * elements}`, offset: offset - start };
}

/** The template placeholders left whole in a text, in order. */
export function placeholdersIn(text: string, labels: readonly string[]): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < text.length;) {
    const label = labels.find((l) => text.startsWith(l, i));
    if (label) {
      found.push({ start: i, end: i + label.length });
      i += label.length;
    } else i++;
  }
  return found;
}

/** Every placeholder left in the article, in document order. */
export function placeholders(doc: DocModel): Array<{ line: LineRef; start: number; end: number }> {
  return linesOf(doc).flatMap((line) => placeholdersIn(lineText(doc, line)!, doc.labels).map((p) => ({ line, ...p })));
}

/** The selection a caret put at `offset` becomes: a placeholder it stands strictly inside is taken whole. */
export function caretRange(doc: DocModel, line: LineRef, offset: number): [number, number] {
  const around = placeholdersIn(lineText(doc, line)!, doc.labels).find((p) => p.start < offset && offset < p.end);
  return around ? [around.start, around.end] : [offset, offset];
}

/** What the page should show for the model. */
export function display(doc: DocModel): Shown {
  const mentioned = new Set<string>();
  const printed = (text: string) =>
    Array.from(text, (char) => {
      const inline = isInline(char) ? doc.inlines[char] : undefined;
      if (!inline) return char;
      if (inline.kind !== 'person') return `⟨${inline.printed}⟩`;
      const first = !mentioned.has(inline.name);
      mentioned.add(inline.name);
      return `⟨${first ? inline.titled : inline.name}⟩`;
    }).join('');
  return {
    kicker: doc.kicker,
    title: doc.title,
    subtitle: doc.subtitle,
    body: doc.body.map((b) => ({ kind: b.kind, text: printed(b.text) })),
    byline: doc.byline,
  };
}

/**
 * The model of what the page shows at the start (a template's article):
 * its one `⟨…⟩`, the dateline chip, becomes an inline element that prints as
 * it does now.
 */
export function fromShown(shown: Shown, labels: string[]): DocModel {
  let doc: DocModel = { ...shown, body: [], inlines: {}, labels };
  const body: BodyBlock[] = [];
  for (const block of shown.body) {
    let text = '';
    for (const part of block.text.split(/(⟨[^⟩]*⟩)/)) {
      if (!part.startsWith('⟨')) text += part;
      else {
        const [next, char] = addInline(doc, { kind: 'dateline', printed: part.slice(1, -1) });
        doc = next;
        text += char;
      }
    }
    body.push({ kind: block.kind, text });
  }
  return { ...doc, body };
}

/** The body with the dateline chip taken out of its blocks, and the chip's character (empty when there is none). */
function withoutDateline(doc: DocModel): { body: BodyBlock[]; chip: string } {
  const isDateline = (char: string) => doc.inlines[char]?.kind === 'dateline';
  const chip = doc.body.flatMap((b) => Array.from(b.text).filter(isDateline)).join('');
  const body = doc.body.map((b) => ({
    ...b,
    text: Array.from(b.text)
      .filter((c) => !isDateline(c))
      .join(''),
  }));
  return { body, chip };
}

/**
 * The dateline chip stands at the start of the lead: an edit that leaves text
 * or a name before it (typed with the caret before the chip, or Enter there)
 * puts it back there, never drops it.
 */
export function datelineFirst(doc: DocModel): DocModel {
  const { body, chip } = withoutDateline(doc);
  if (doc.body[0]!.text.startsWith(chip)) return doc;
  body[0] = { ...body[0]!, text: chip + body[0]!.text };
  return { ...doc, body };
}

/**
 * The article as it reads after saving and reopening: empty blocks and an
 * emptied 引题 or 副题 are not kept (house format has no blank lines), and a
 * block holding only the dateline chip is empty, the chip going back to the
 * start of the lead; the lead is a paragraph, so a body that would start with
 * a 小标题 gets an empty one before it, as does a body left empty.
 */
export function afterReopen(doc: DocModel): DocModel {
  const { body: blocks, chip } = withoutDateline(doc);
  const body = blocks.filter((b) => b.text !== '');
  if (body.length === 0 || body[0]!.kind === 'subheading') body.unshift({ kind: 'paragraph', text: '' });
  body[0] = { ...body[0]!, text: chip + body[0]!.text };
  return { ...doc, kicker: doc.kicker || null, subtitle: doc.subtitle || null, body };
}
