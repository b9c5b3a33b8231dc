import { describe, expect, it } from 'vitest';
import { afterReopen, applyStep, lineText, randomSession, WORDS, type DocModel } from '../../e2e/model-session';

const START: DocModel = { kicker: null, title: '模型稿件', subtitle: null, body: [''] };

describe('the model of the model-based editor sessions', () => {
  it('applies steps as a user expects them', () => {
    let doc = applyStep(START, { kind: 'type', line: { body: 0 }, offset: 0, word: '春风' });
    doc = applyStep(doc, { kind: 'enter', body: 0, offset: 1 });
    expect(doc.body).toEqual(['春', '风']);
    doc = applyStep(doc, { kind: 'backspace', line: { body: 1 }, offset: 0 });
    expect(doc.body).toEqual(['春风']);
    doc = applyStep(doc, { kind: 'backspace', line: 'title', offset: 2 });
    expect(doc.title).toBe('模稿件');
    // A paste of two lines splits the paragraph around them; into a headline only the first line goes.
    const pasted = applyStep(doc, { kind: 'paste', line: { body: 0 }, offset: 1, lines: ['河堤', '城郊'] });
    expect(pasted.body).toEqual(['春河堤', '城郊风']);
    expect(applyStep(doc, { kind: 'paste', line: 'title', offset: 1, lines: ['河堤', '城郊'] }).title).toBe(
      '模河堤稿件',
    );
    expect(applyStep(doc, { kind: 'paste', line: { body: 0 }, offset: 2, lines: ['河堤'] }).body).toEqual(['春风河堤']);
    doc = applyStep(doc, { kind: 'kicker', word: '田野' });
    expect(afterReopen({ ...doc, kicker: '', body: ['', '春风', ''] })).toEqual({
      kicker: null,
      title: '模稿件',
      subtitle: null,
      body: ['春风'],
    });
  });

  it('makes the same session from the same seed, each step possible where it is taken', () => {
    expect(randomSession(7, START, 30)).toEqual(randomSession(7, START, 30));
    expect(randomSession(7, START, 30)).not.toEqual(randomSession(8, START, 30));
    for (let seed = 1; seed <= 50; seed++) {
      let doc = START;
      for (const step of randomSession(seed, START, 25)) {
        if (step.kind === 'type' || step.kind === 'backspace' || step.kind === 'paste') {
          const text = lineText(doc, step.line);
          expect(text).toBeDefined();
          expect(step.offset).toBeLessThanOrEqual(text!.length);
        }
        if (step.kind === 'backspace' && step.line === 'title') expect(doc.title.length).toBeGreaterThan(1);
        doc = step.kind === 'reopen' ? afterReopen(applyStep(doc, step)) : applyStep(doc, step);
      }
      expect(doc.title.length).toBeGreaterThan(0);
    }
  });

  it('types words that never double a character, so no sequence of them is a proofreading slip', () => {
    const chars = WORDS.join('');
    expect(new Set(chars).size).toBe(chars.length);
  });
});
