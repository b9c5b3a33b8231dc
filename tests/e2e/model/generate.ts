// Seeded random sessions for the model-based editor tests, and steps written
// out for failure messages. Pure.
import { isBody, lineText, linesOf, placeholders, type DocModel, type LineRef } from './doc';
import { advance, canUndo, type Session, type Step } from './steps';
import { BYLINES, LISTS, PEOPLE, WORDS } from './material';

/** A small seeded random generator (mulberry32), so a failing session can be replayed from its seed. */
export function random(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** How often each kind of step is tried, out of the sum. */
const WEIGHTS: ReadonlyArray<[Step['kind'], number]> = [
  ['type', 26],
  ['enter', 9],
  ['backspace', 10],
  ['paste', 5],
  ['kicker', 3],
  ['subtitle', 3],
  ['subheading', 5],
  ['person', 6],
  ['list', 4],
  ['byline', 4],
  ['tab', 6],
  ['click', 5],
  ['undo', 7],
  ['redo', 3],
  ['save', 4],
  ['reopen', 3],
];
const TOTAL = WEIGHTS.reduce((sum, [, w]) => sum + w, 0);

/**
 * A random session of `length` steps from `start`, each possible in the
 * article as it stands then and each changing what the session expects it
 * to (a step the article refuses, like 插入人名 in the title, is still taken
 * when it is the point: the model says nothing changes). The title is never
 * emptied: it names the article in the library.
 */
export function randomSession(seed: number, start: Session, length: number): Step[] {
  const pick = random(seed);
  const words = [...WORDS];
  const word = () => words.splice(pick(words.length), 1)[0]!;
  const steps: Step[] = [];
  let session = start;
  for (let tries = 0; steps.length < length && tries < length * 50; tries++) {
    const doc = session.doc;
    const lines = linesOf(doc);
    const anyLine = (): [LineRef, number] => {
      const line = lines[pick(lines.length)]!;
      return [line, pick(lineText(doc, line)!.length + 1)];
    };
    let roll = pick(TOTAL);
    const kind = WEIGHTS.find(([, w]) => (roll -= w) < 0)![0];
    const left = placeholders(doc).length;
    const step = ((): Step | null => {
      switch (kind) {
        case 'type':
        case 'tab': {
          if (words.length === 0 || (kind === 'tab' && left === 0)) return null;
          const [line, offset] = anyLine();
          return { kind, line, offset, word: word() };
        }
        case 'enter': {
          const body = pick(doc.body.length);
          return { kind, body, offset: pick(doc.body[body]!.text.length + 1) };
        }
        case 'backspace':
        case 'subheading': {
          const [line, offset] = anyLine();
          return { kind, line, offset };
        }
        case 'paste': {
          if (words.length < 2) return null;
          const [line, offset] = anyLine();
          return { kind, line, offset, lines: Array.from({ length: 1 + pick(2) }, () => word()) };
        }
        case 'kicker':
        case 'subtitle':
          return words.length > 0 && doc[kind] === null ? { kind, word: word() } : null;
        case 'person': {
          const [line, offset] = anyLine();
          return { kind, line, offset, who: pick(PEOPLE.length) };
        }
        case 'list': {
          const [line, offset] = anyLine();
          return { kind, line, offset, which: pick(LISTS.length) };
        }
        case 'byline': {
          const [line, offset] = anyLine();
          return { kind, line, offset, which: pick(BYLINES.length) };
        }
        case 'click':
          return words.length > 0 && left > 0 ? { kind, nth: pick(left), word: word() } : null;
        case 'undo':
          return canUndo(session) ? { kind } : null;
        case 'redo':
          return session.redos.length > 0 ? { kind } : null;
        default:
          return { kind } as Step;
      }
    })();
    if (!step) continue;
    const next = advance(session, step);
    if (next.doc.title === '') continue;
    // A step that changes nothing is kept only where refusing is the point (people outside the body).
    const refused = (step.kind === 'person' || step.kind === 'list') && !isBody(step.line);
    if (next.doc === session.doc && !refused && step.kind !== 'save' && step.kind !== 'reopen') continue;
    steps.push(step);
    session = next;
  }
  return steps;
}

/** A step as a short line of text, for failure messages and the seeds' fixture. */
export function describeStep(step: Step): string {
  const line = (l: LineRef) => (typeof l === 'object' ? `第${l.body + 1}段` : l);
  const at = (s: { line: LineRef; offset: number }) => `在${line(s.line)}第${s.offset}字后`;
  switch (step.kind) {
    case 'type':
      return `${at(step)}输入“${step.word}”`;
    case 'enter':
      return `在第${step.body + 1}段第${step.offset}字后回车`;
    case 'backspace':
      return `${at(step)}退格`;
    case 'paste':
      return `${at(step)}粘贴“${step.lines.join(' / ')}”`;
    case 'kicker':
      return `加引题并立即输入“${step.word}”`;
    case 'subtitle':
      return `加副题并立即输入“${step.word}”`;
    case 'subheading':
      return `${at(step)}点小标题`;
    case 'person':
      return `${at(step)}插入人名“${PEOPLE[step.who]!.name}”`;
    case 'list':
      return `${at(step)}插入名单“${LISTS[step.which]!.printed}”`;
    case 'byline':
      return `${at(step)}编辑署名为“${BYLINES[step.which]!.printed.join(' ')}”`;
    case 'tab':
      return `${at(step)}按 Tab 到下一个占位符并输入“${step.word}”`;
    case 'click':
      return `点击第${step.nth + 1}个占位符并输入“${step.word}”`;
    case 'undo':
      return '撤销（Ctrl+Z）';
    case 'redo':
      return '重做（Ctrl+Y）';
    case 'save':
      return '保存';
    case 'reopen':
      return '返回稿件库后重新打开';
  }
}

/** The model's start for a new 空白稿件 whose title was just typed. */
export function blankStart(title: string): DocModel {
  return {
    kicker: null,
    title,
    subtitle: null,
    body: [{ kind: 'paragraph', text: '' }],
    byline: [],
    inlines: {},
    labels: [],
  };
}
