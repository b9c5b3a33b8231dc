// The steps of the model-based editor sessions and what each does to the
// model, undo and redo included (kept the way slate-history batches them, so
// the model says which steps one Ctrl+Z takes back). Pure.
import {
  addInline,
  afterReopen,
  datelineFirst,
  caretRange,
  isBody,
  isInline,
  lineText,
  placeholders,
  placeholdersIn,
  textPoint,
  topIndex,
  withLine,
  type DocModel,
  type Inline,
  type LineRef,
} from './doc';
import { BYLINES, LISTS, PEOPLE } from './material';

/** One user step. Offsets are characters before the caret in the line (an inline element is one). */
export type Step =
  | { kind: 'type'; line: LineRef; offset: number; word: string }
  | { kind: 'enter'; body: number; offset: number }
  | { kind: 'backspace'; line: LineRef; offset: number }
  | { kind: 'paste'; line: LineRef; offset: number; lines: string[] }
  | { kind: 'kicker'; word: string }
  | { kind: 'subtitle'; word: string }
  /** 小标题 with the caret there. */
  | { kind: 'subheading'; line: LineRef; offset: number }
  /** 插入人名 with the caret there: PEOPLE[who]. */
  | { kind: 'person'; line: LineRef; offset: number; who: number }
  /** 插入名单 with the caret there: LISTS[which]. */
  | { kind: 'list'; line: LineRef; offset: number; which: number }
  /** 编辑署名 with the caret there: BYLINES[which]. */
  | { kind: 'byline'; line: LineRef; offset: number; which: number }
  /** The caret put there, then Tab to the next placeholder, and a word typed over it. */
  | { kind: 'tab'; line: LineRef; offset: number; word: string }
  /** A click inside the nth placeholder left in the article, and a word typed over it. */
  | { kind: 'click'; nth: number; word: string }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'save' }
  | { kind: 'reopen' };

/** A text operation as slate-history sees it: an insertion or a removal in one text node. */
interface TextEdit {
  op: 'insert' | 'remove';
  path: string;
  from: number;
  to: number;
}

/** One change a step makes, as one or more editor operations applied together. */
interface Change {
  doc: DocModel;
  /** The first and the last text operation of the change; null when it is not a text operation. */
  first: TextEdit | null;
  last: TextEdit | null;
}

/** An undo batch: the article before it (null for the title typed when the article was made) and its last operation. */
interface Batch {
  before: DocModel | null;
  last: TextEdit | null;
}

/** The model: the article, and the undo and redo stacks. */
export interface Session {
  doc: DocModel;
  undos: Batch[];
  redos: Array<{ after: DocModel; last: TextEdit | null }>;
}

/** A session on `doc`; `typedTitle`: its title was just typed into a new article (a batch that is never undone here). */
export function startSession(doc: DocModel, typedTitle: boolean): Session {
  const titled: Batch = {
    before: null,
    last: { op: 'insert', path: '0.0', from: 0, to: doc.title.length },
  };
  return { doc, undos: typedTitle ? [titled] : [], redos: [] };
}

/** True when Ctrl+Z has something to take back that the session made. */
export function canUndo(session: Session): boolean {
  return (session.undos.at(-1)?.before ?? null) !== null;
}

/** slate-history's rule: typing on where the last typing ended, or deleting on back, joins its batch. */
function joins(op: TextEdit | null, prev: TextEdit | null): boolean {
  if (!op || !prev || op.op !== prev.op || op.path !== prev.path) return false;
  return op.op === 'insert' ? op.from === prev.to : op.to === prev.from;
}

function edit(doc: DocModel, op: TextEdit['op'], line: LineRef, from: number, to: number): TextEdit {
  const start = textPoint(doc, line, from);
  return { op, path: start.path, from: start.offset, to: start.offset + (to - from) };
}

/** Replaces [from, to) of a line with `text`: the removal and insertion the editor makes of it. */
function replace(doc: DocModel, line: LineRef, from: number, to: number, text: string): Change {
  const old = lineText(doc, line)!;
  const removed = from < to ? edit(doc, 'remove', line, from, to) : null;
  const next = withLine(doc, line, old.slice(0, from) + text + old.slice(to));
  const inserted = text !== '' ? edit(next, 'insert', line, from, from + text.length) : null;
  return { doc: next, first: removed ?? inserted, last: inserted ?? removed };
}

/** Splits body block `body` at `offset` (Enter): the end of a 小标题 starts a paragraph. */
function split(doc: DocModel, body: number, offset: number): DocModel {
  const block = doc.body[body]!;
  const kind = block.kind === 'subheading' && offset === block.text.length ? 'paragraph' : block.kind;
  const blocks = [...doc.body];
  blocks.splice(body, 1, { ...block, text: block.text.slice(0, offset) }, { kind, text: block.text.slice(offset) });
  return { ...doc, body: blocks };
}

/** Backspace with the caret at `offset` (no selection). */
function backspace(doc: DocModel, line: LineRef, offset: number): Change[] {
  const text = lineText(doc, line)!;
  if (offset === 0) {
    if (!isBody(line) || line.body === 0) return [];
    const i = line.body;
    const body = [...doc.body];
    body.splice(i - 1, 2, { ...body[i - 1]!, text: body[i - 1]!.text + body[i]!.text });
    return [{ doc: { ...doc, body }, first: null, last: null }];
  }
  // An inline element goes whole; so does a placeholder the caret stands right after.
  if (isInline(text[offset - 1]!)) {
    const next = withLine(doc, line, text.slice(0, offset - 1) + text.slice(offset));
    return [{ doc: next, first: null, last: null }];
  }
  const field = placeholdersIn(text, doc.labels).find((p) => p.end === offset);
  return [replace(doc, line, field ? field.start : offset - 1, offset, '')];
}

/** Inserts an inline element at the caret (in place of a placeholder the caret took); nothing outside the body. */
function insertInline(doc: DocModel, line: LineRef, offset: number, inline: Inline): Change[] {
  if (!isBody(line)) return [];
  const [from, to] = caretRange(doc, line, offset);
  // Removing the placeholder and inserting the element are applied together: one change.
  const cleared = replace(doc, line, from, to, '');
  const [next, char] = addInline(cleared.doc, inline);
  const text = lineText(next, line)!;
  return [
    { doc: withLine(next, line, text.slice(0, from) + char + text.slice(from)), first: cleared.first, last: null },
  ];
}

/** The changes a step makes, in order; none when the article does not let it act. */
export function changesOf(doc: DocModel, step: Step): Change[] {
  switch (step.kind) {
    case 'type': {
      const [from, to] = caretRange(doc, step.line, step.offset);
      return [replace(doc, step.line, from, to, step.word)];
    }
    case 'enter': {
      const line = { body: step.body };
      const [from, to] = caretRange(doc, line, step.offset);
      const cleared = replace(doc, line, from, to, '');
      return [{ doc: split(cleared.doc, step.body, from), first: cleared.first, last: null }];
    }
    case 'backspace': {
      const [from, to] = caretRange(doc, step.line, step.offset);
      return from < to ? [replace(doc, step.line, from, to, '')] : backspace(doc, step.line, step.offset);
    }
    case 'paste': {
      const [from, to] = caretRange(doc, step.line, step.offset);
      if (!isBody(step.line) || step.lines.length === 1) return [replace(doc, step.line, from, to, step.lines[0]!)];
      // In the body each line is a block, the first run on from the text before the caret, the last followed by the rest.
      const cleared = replace(doc, step.line, from, to, '');
      const block = cleared.doc.body[step.line.body]!;
      const [before, after] = [block.text.slice(0, from), block.text.slice(from)];
      const pasted = step.lines.map((l, i) => ({
        kind: i === 0 ? block.kind : ('paragraph' as const),
        text: i === 0 ? before + l : i === step.lines.length - 1 ? l + after : l,
      }));
      const body = [...cleared.doc.body];
      body.splice(step.line.body, 1, ...pasted);
      return [{ doc: { ...cleared.doc, body }, first: cleared.first, last: null }];
    }
    case 'kicker':
    case 'subtitle': {
      // The empty line is added, then the word typed into it: two changes.
      const added = { ...doc, [step.kind]: '' };
      return [{ doc: added, first: null, last: null }, replace(added, step.kind, 0, 0, step.word)];
    }
    case 'subheading': {
      if (!isBody(step.line) || step.line.body === 0) return [];
      const i = step.line.body;
      const body = doc.body.map((b, j) =>
        j === i ? { ...b, kind: b.kind === 'subheading' ? ('paragraph' as const) : ('subheading' as const) } : b,
      );
      return [{ doc: { ...doc, body }, first: null, last: null }];
    }
    case 'person': {
      const { name, titled } = PEOPLE[step.who]!;
      return insertInline(doc, step.line, step.offset, { kind: 'person', name, titled });
    }
    case 'list':
      return insertInline(doc, step.line, step.offset, { kind: 'list', printed: LISTS[step.which]!.printed });
    case 'byline': {
      const printed = [...BYLINES[step.which]!.printed];
      if (JSON.stringify(printed) === JSON.stringify(doc.byline)) return [];
      return [{ doc: { ...doc, byline: printed }, first: null, last: null }];
    }
    case 'tab': {
      // Tab selects the first placeholder starting at or after the selection's end (not the selection itself), wrapping round.
      const [from, to] = caretRange(doc, step.line, step.offset);
      const here = topIndex(doc, step.line);
      const all = placeholders(doc);
      const target =
        all.find((p) => {
          const line = topIndex(doc, p.line);
          const selected = line === here && p.start === from && p.end === to;
          return !selected && (line > here || (line === here && p.start >= to));
        }) ?? all[0];
      return target ? [replace(doc, target.line, target.start, target.end, step.word)] : [];
    }
    case 'click': {
      const target = placeholders(doc)[step.nth];
      return target ? [replace(doc, target.line, target.start, target.end, step.word)] : [];
    }
    default:
      return [];
  }
}

/** The session after a step. */
export function advance(session: Session, step: Step): Session {
  if (step.kind === 'undo') {
    const top = session.undos.at(-1);
    if (!top || top.before === null) return session;
    return {
      doc: top.before,
      undos: session.undos.slice(0, -1),
      redos: [...session.redos, { after: session.doc, last: top.last }],
    };
  }
  if (step.kind === 'reopen') return { doc: afterReopen(session.doc), undos: [], redos: [] };
  if (step.kind === 'redo') {
    const top = session.redos.at(-1);
    if (!top) return session;
    return {
      doc: top.after,
      undos: [...session.undos, { before: session.doc, last: top.last }],
      redos: session.redos.slice(0, -1),
    };
  }
  let { doc, undos, redos } = session;
  for (const change of changesOf(doc, step)) {
    const top = undos.at(-1);
    if (top && joins(change.first, top.last)) undos = [...undos.slice(0, -1), { ...top, last: change.last }];
    else undos = [...undos, { before: doc, last: change.last }];
    doc = datelineFirst(change.doc);
    redos = [];
  }
  return { doc, undos, redos };
}
