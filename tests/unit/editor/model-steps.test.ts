import { describe, expect, it } from 'vitest';
import { afterReopen, display, fromShown, lineText } from '../../e2e/model/doc';
import { advance, canUndo, startSession, type Session, type Step } from '../../e2e/model/steps';
import { BYLINES, PEOPLE, WORDS } from '../../e2e/model/material';
import { blankStart, randomSession } from '../../e2e/model/generate';

const body = (...texts: string[]) => texts.map((text) => ({ kind: 'paragraph' as const, text }));
const run = (session: Session, ...steps: Step[]) => steps.reduce(advance, session);
const blank = () => startSession(blankStart('模型稿件'), true);
/** The 会议报道 template as the page shows it at the start. */
const template = () =>
  startSession(
    fromShown(
      {
        kicker: null,
        title: '【单位】召开【会议名称】',
        subtitle: null,
        body: body('【主持人职务】【主持人】主持召开【会议名称】。【参会领导】参加会议。', '会议听取了【汇报内容】。'),
        byline: [],
      },
      ['【单位】', '【会议名称】', '【主持人职务】', '【主持人】', '【参会领导】', '【汇报内容】'],
    ),
    false,
  );

describe('the model of the model-based editor sessions', () => {
  it('applies typing, Enter, Backspace and paste as a user expects them', () => {
    let s = run(
      blank(),
      { kind: 'type', line: { body: 0 }, offset: 0, word: '春风' },
      { kind: 'enter', body: 0, offset: 1 },
    );
    expect(s.doc.body).toEqual(body('春', '风'));
    s = run(s, { kind: 'backspace', line: { body: 1 }, offset: 0 }, { kind: 'backspace', line: 'title', offset: 2 });
    expect([s.doc.title, s.doc.body]).toEqual(['模稿件', body('春风')]);
    expect(run(s, { kind: 'paste', line: { body: 0 }, offset: 1, lines: ['河堤', '城郊'] }).doc.body).toEqual(
      body('春河堤', '城郊风'),
    );
    expect(run(s, { kind: 'paste', line: 'title', offset: 1, lines: ['河堤', '城郊'] }).doc.title).toBe('模河堤稿件');
  });

  it('makes a 小标题 of a body block but not of the lead, and Enter at its end starts a paragraph', () => {
    let s = run(
      blank(),
      { kind: 'type', line: { body: 0 }, offset: 0, word: '春风' },
      { kind: 'enter', body: 0, offset: 2 },
    );
    expect(run(s, { kind: 'subheading', line: { body: 0 }, offset: 0 }).doc).toBe(s.doc);
    s = run(
      s,
      { kind: 'type', line: { body: 1 }, offset: 0, word: '田野' },
      { kind: 'subheading', line: { body: 1 }, offset: 1 },
    );
    expect(s.doc.body.map((b) => b.kind)).toEqual(['paragraph', 'subheading']);
    expect(run(s, { kind: 'enter', body: 1, offset: 2 }).doc.body.map((b) => b.kind)).toEqual([
      'paragraph',
      'subheading',
      'paragraph',
    ]);
    expect(run(s, { kind: 'enter', body: 1, offset: 1 }).doc.body.map((b) => b.kind)).toEqual([
      'paragraph',
      'subheading',
      'subheading',
    ]);
    // Reopened, a body that would start with a 小标题 gets an empty lead before it.
    const reopened = afterReopen({ ...s.doc, body: [{ kind: 'paragraph', text: '' }, s.doc.body[1]!] });
    expect(reopened.body).toEqual([{ kind: 'paragraph', text: '' }, s.doc.body[1]]);
  });

  it('prints a person with the title on the first mention only, and refuses people outside the body', () => {
    let s = run(blank(), { kind: 'type', line: { body: 0 }, offset: 0, word: '春风' });
    s = run(
      s,
      { kind: 'person', line: { body: 0 }, offset: 2, who: 0 },
      { kind: 'person', line: { body: 0 }, offset: 0, who: 0 },
    );
    expect(display(s.doc).body[0]!.text).toBe(`⟨${PEOPLE[0].titled}⟩春风⟨${PEOPLE[0].name}⟩`);
    // Backspace just after an element takes it whole; typing there goes after it.
    expect(display(run(s, { kind: 'backspace', line: { body: 0 }, offset: 1 }).doc).body[0]!.text).toBe(
      `春风⟨${PEOPLE[0].titled}⟩`,
    );
    expect(run(s, { kind: 'person', line: 'title', offset: 1, who: 1 }).doc).toBe(s.doc);
    const signed = run(s, { kind: 'byline', line: 'title', offset: 0, which: 1 });
    expect(signed.doc.byline).toEqual(BYLINES[1].printed);
  });

  it('keeps placeholders whole: a caret inside takes it, Backspace after it removes it, Tab goes to the next', () => {
    const s = template();
    expect(run(s, { kind: 'type', line: 'title', offset: 2, word: '春风' }).doc.title).toBe('春风召开【会议名称】');
    expect(run(s, { kind: 'backspace', line: 'title', offset: 4 }).doc.title).toBe('召开【会议名称】');
    // From the start of the title Tab takes 【单位】; from inside 【单位】 (which the caret took) the next one.
    expect(run(s, { kind: 'tab', line: 'title', offset: 0, word: '田野' }).doc.title).toBe('田野召开【会议名称】');
    expect(run(s, { kind: 'tab', line: 'title', offset: 1, word: '田野' }).doc.title).toBe('【单位】召开田野');
    // From after the last placeholder Tab wraps round to the first.
    expect(run(s, { kind: 'tab', line: { body: 1 }, offset: 12, word: '田野' }).doc.title).toBe('田野召开【会议名称】');
    const listed = run(s, { kind: 'list', line: { body: 0 }, offset: 26, which: 0 });
    expect(display(listed.doc).body[0]!.text).toBe(
      '【主持人职务】【主持人】主持召开【会议名称】。⟨区领导杜建强⟩参加会议。',
    );
    expect(run(s, { kind: 'click', nth: 2, word: '河堤' }).doc.body[0]!.text.startsWith('河堤【主持人】')).toBe(true);
    // A lead split right after its dateline chip is read back with the chip at the start of the next text.
    const dated = startSession(
      fromShown({ ...s.doc, body: body('⟨本报讯 12月1日，⟩【主持人】主持') }, s.doc.labels),
      false,
    );
    const split = run(dated, { kind: 'enter', body: 0, offset: 1 });
    expect(display(split.doc).body.map((b) => b.text)).toEqual(['⟨本报讯 12月1日，⟩', '【主持人】主持']);
    expect(display(run(split, { kind: 'reopen' }).doc).body.map((b) => b.text)).toEqual([
      '⟨本报讯 12月1日，⟩【主持人】主持',
    ]);
  });

  it('undoes as slate-history batches: typing on where the last typing ended is one step', () => {
    let s = run(blank(), { kind: 'type', line: { body: 0 }, offset: 0, word: '春风' });
    s = run(
      s,
      { kind: 'type', line: { body: 0 }, offset: 2, word: '田野' },
      { kind: 'type', line: { body: 0 }, offset: 0, word: '河堤' },
    );
    expect(run(s, { kind: 'undo' }).doc.body).toEqual(body('春风田野'));
    expect(run(s, { kind: 'undo' }, { kind: 'undo' }).doc.body).toEqual(body(''));
    // The title typed when the article was made is not the session's to take back.
    expect(canUndo(run(s, { kind: 'undo' }, { kind: 'undo' }))).toBe(false);
    expect(run(s, { kind: 'undo' }, { kind: 'undo' }, { kind: 'redo' }).doc.body).toEqual(body('春风田野'));
    // 加引题 and what is typed in it are two steps back.
    const k = run(s, { kind: 'kicker', word: '城郊' }, { kind: 'undo' });
    expect([k.doc.kicker, run(k, { kind: 'undo' }).doc.kicker]).toEqual(['', null]);
    // Reopening starts a new history.
    expect(canUndo(run(s, { kind: 'reopen' }))).toBe(false);
  });

  it('makes the same session from the same seed, each step possible where it is taken', () => {
    expect(randomSession(7, blank(), 30)).toEqual(randomSession(7, blank(), 30));
    expect(randomSession(7, blank(), 30)).not.toEqual(randomSession(8, blank(), 30));
    const kinds = new Set<string>();
    for (let seed = 1; seed <= 60; seed++) {
      let s: Session = seed % 2 === 0 ? template() : blank();
      const steps = randomSession(seed, s, 25);
      expect(steps).toHaveLength(25);
      for (const step of steps) {
        kinds.add(step.kind);
        if ('line' in step) expect(step.offset).toBeLessThanOrEqual(lineText(s.doc, step.line)!.length);
        if (step.kind === 'undo') expect(canUndo(s)).toBe(true);
        s = advance(s, step);
        expect(s.doc.title.length).toBeGreaterThan(0);
      }
    }
    expect([...kinds].sort()).toEqual(
      [
        'backspace',
        'byline',
        'click',
        'enter',
        'kicker',
        'list',
        'paste',
        'person',
        'redo',
        'reopen',
        'save',
        'subheading',
        'subtitle',
        'tab',
        'type',
        'undo',
      ].sort(),
    );
  });

  it('types words that never double a character, so no sequence of them is a proofreading slip', () => {
    const chars = WORDS.join('');
    expect(new Set(chars).size).toBe(chars.length);
  });
});
