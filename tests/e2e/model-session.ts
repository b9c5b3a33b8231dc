// The model of the model-based editor sessions (model.spec.ts): what the
// article should hold after each user step, the steps a session is made of,
// and a seeded generator of random sessions. Pure: no page, no Playwright.

/** What the article holds, line by line, as the user should see it. */
export interface DocModel {
  kicker: string | null;
  title: string;
  subtitle: string | null;
  body: string[];
}

/** A line of the article: a headline line, or body paragraph `n`. */
export type LineRef = 'title' | 'kicker' | 'subtitle' | { body: number };

/** One user step. Offsets are characters before the caret in the line. */
export type Step =
  | { kind: 'type'; line: LineRef; offset: number; word: string }
  | { kind: 'enter'; body: number; offset: number }
  | { kind: 'backspace'; line: LineRef; offset: number }
  | { kind: 'paste'; line: LineRef; offset: number; lines: string[] }
  | { kind: 'kicker'; word: string }
  | { kind: 'subtitle'; word: string }
  | { kind: 'save' }
  | { kind: 'reopen' };

/**
 * Words typed through the input method: no character appears twice in the
 * whole list, so no sequence of steps makes a doubled character or phrase
 * the proofreader would underline (an underline splits a line's text in the
 * page, which the steps do not care about but keeps the checks simple).
 */
export const WORDS = [
  '春风',
  '田野',
  '河堤',
  '城郊',
  '乡镇',
  '工厂',
  '学校',
  '医院',
  '道路',
  '桥梁',
  '森林',
  '湖泊',
  '港口',
  '车站',
  '街巷',
  '广场',
  '社区',
  '菜园',
  '果树',
  '麦苗',
  '雨季',
  '晴空',
  '灯塔',
  '码头',
  '邮局',
  '戏台',
  '书店',
  '茶馆',
  '药铺',
  '银行',
] as const;

/** The text of a line in the model; undefined when the line is not there. */
export function lineText(doc: DocModel, line: LineRef): string | undefined {
  if (line === 'title') return doc.title;
  if (line === 'kicker') return doc.kicker ?? undefined;
  if (line === 'subtitle') return doc.subtitle ?? undefined;
  return doc.body[line.body];
}

function withLine(doc: DocModel, line: LineRef, text: string): DocModel {
  if (line === 'title') return { ...doc, title: text };
  if (line === 'kicker') return { ...doc, kicker: text };
  if (line === 'subtitle') return { ...doc, subtitle: text };
  return { ...doc, body: doc.body.map((p, i) => (i === line.body ? text : p)) };
}

/** The article after a step, as the user expects it. */
export function applyStep(doc: DocModel, step: Step): DocModel {
  switch (step.kind) {
    case 'type': {
      const text = lineText(doc, step.line)!;
      return withLine(doc, step.line, text.slice(0, step.offset) + step.word + text.slice(step.offset));
    }
    case 'enter': {
      const text = doc.body[step.body]!;
      const body = [...doc.body];
      body.splice(step.body, 1, text.slice(0, step.offset), text.slice(step.offset));
      return { ...doc, body };
    }
    case 'backspace': {
      if (typeof step.line === 'object' && step.offset === 0) {
        const i = step.line.body;
        const body = [...doc.body];
        body.splice(i - 1, 2, body[i - 1]! + body[i]!);
        return { ...doc, body };
      }
      const text = lineText(doc, step.line)!;
      return withLine(doc, step.line, text.slice(0, step.offset - 1) + text.slice(step.offset));
    }
    case 'paste': {
      // Into a headline line only the first pasted line goes; in the body each line is a paragraph,
      // the first run on from the text before the caret, the last followed by the text after it.
      const text = lineText(doc, step.line)!;
      const [before, after] = [text.slice(0, step.offset), text.slice(step.offset)];
      if (typeof step.line !== 'object' || step.lines.length === 1)
        return withLine(doc, step.line, before + step.lines[0]! + after);
      const pasted = step.lines.map((l, i) => (i === 0 ? before + l : i === step.lines.length - 1 ? l + after : l));
      const body = [...doc.body];
      body.splice(step.line.body, 1, ...pasted);
      return { ...doc, body };
    }
    case 'kicker':
      return { ...doc, kicker: step.word };
    case 'subtitle':
      return { ...doc, subtitle: step.word };
    default:
      return doc;
  }
}

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

/**
 * A random session of `length` steps from `start`, each possible in the
 * article as it stands then: typing anywhere in any line, Enter in the body,
 * Backspace (joining paragraphs at a paragraph's start; never emptying the
 * title, which names the article in the library), pasting one or two lines
 * of plain text anywhere, 加引题/加副题 with typing at once, save, and reopen.
 */
export function randomSession(seed: number, start: DocModel, length: number): Step[] {
  const pick = random(seed);
  const words = [...WORDS];
  const word = () => words.splice(pick(words.length), 1)[0]!;
  const steps: Step[] = [];
  let doc = start;
  while (steps.length < length) {
    const lines: LineRef[] = [
      'title',
      ...(doc.kicker !== null ? (['kicker'] as const) : []),
      ...(doc.subtitle !== null ? (['subtitle'] as const) : []),
      ...doc.body.map((_, body) => ({ body })),
    ];
    const roll = pick(100);
    let step: Step | null = null;
    if (roll < 40 && words.length > 0) {
      const line = lines[pick(lines.length)]!;
      step = { kind: 'type', line, offset: pick(lineText(doc, line)!.length + 1), word: word() };
    } else if (roll < 55) {
      const body = pick(doc.body.length);
      step = { kind: 'enter', body, offset: pick(doc.body[body]!.length + 1) };
    } else if (roll < 70) {
      const line = lines[pick(lines.length)]!;
      const text = lineText(doc, line)!;
      const offset = pick(text.length + 1);
      const joins = typeof line === 'object' && offset === 0 && line.body > 0;
      const deletes = offset > 0 && !(line === 'title' && text.length <= 1);
      if (joins || deletes) step = { kind: 'backspace', line, offset };
    } else if (roll < 76 && words.length > 1) {
      const line = lines[pick(lines.length)]!;
      const count = 1 + pick(2);
      const pasted = Array.from({ length: count }, () => word());
      step = { kind: 'paste', line, offset: pick(lineText(doc, line)!.length + 1), lines: pasted };
    } else if (roll < 80 && doc.kicker === null && words.length > 0) step = { kind: 'kicker', word: word() };
    else if (roll < 86 && doc.subtitle === null && words.length > 0) step = { kind: 'subtitle', word: word() };
    else if (roll < 93) step = { kind: 'save' };
    else step = { kind: 'reopen' };
    if (!step) continue;
    steps.push(step);
    doc = step.kind === 'reopen' ? afterReopen(applyStep(doc, step)) : applyStep(doc, step);
  }
  return steps;
}

/** A step as a short line of text, for failure messages and the seeds' fixture. */
export function describeStep(step: Step): string {
  const line = (l: LineRef) => (typeof l === 'object' ? `第${l.body + 1}段` : l);
  switch (step.kind) {
    case 'type':
      return `在${line(step.line)}第${step.offset}字后输入“${step.word}”`;
    case 'enter':
      return `在第${step.body + 1}段第${step.offset}字后回车`;
    case 'backspace':
      return `在${line(step.line)}第${step.offset}字后退格`;
    case 'paste':
      return `在${line(step.line)}第${step.offset}字后粘贴“${step.lines.join(' / ')}”`;
    case 'kicker':
      return `加引题并立即输入“${step.word}”`;
    case 'subtitle':
      return `加副题并立即输入“${step.word}”`;
    default:
      return step.kind === 'save' ? '保存' : '返回稿件库后重新打开';
  }
}

/**
 * The article as it reads after saving and reopening: empty paragraphs and
 * an emptied 引题 or 副题 are not kept (house format has no blank lines);
 * the editor gives an article with no body one empty paragraph to type in.
 */
export function afterReopen(doc: DocModel): DocModel {
  const body = doc.body.filter((p) => p !== '');
  return {
    kicker: doc.kicker || null,
    title: doc.title,
    subtitle: doc.subtitle || null,
    body: body.length > 0 ? body : [''],
  };
}
