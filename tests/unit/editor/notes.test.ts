import { describe, expect, it } from 'vitest';
import { Editor, Transforms } from 'slate';
import { createHeadlessEditor } from '../../../renderer/src/editor/core/create-editor';
import { markNote, noteTarget, selectNote, unmarkNote } from '../../../renderer/src/editor/core/notes';
import { contentToValue, valueToContent } from '../../../renderer/src/editor/core/convert';
import { EMPTY_BYLINE } from '../../../shared/model/article';
import { emptyContent } from '../../../shared/model/article-content';
import { indexDirectory } from '../../../shared/people/directory';
import type { ArticleEditor, TopElement } from '../../../renderer/src/editor/core/types';

const NO_PEOPLE = { directory: indexDirectory([]), fallbackDate: '2020-01-01' };

function editorWith(body: string): ArticleEditor {
  const editor = createHeadlessEditor() as ArticleEditor;
  editor.children = contentToValue({
    ...emptyContent(),
    title: '题',
    body: [{ type: 'paragraph', children: [{ text: body }] }],
    byline: { ...EMPTY_BYLINE },
  });
  Editor.normalize(editor, { force: true });
  return editor;
}

const bodyOf = (editor: ArticleEditor) =>
  valueToContent(
    editor.children as TopElement[],
    { kind: null, page: null, proofIgnores: [], notes: [], placeholders: [] },
    NO_PEOPLE,
  ).body;

describe('批注 marks in the editor (input → operation → output)', () => {
  it('marks the selected text, keeps notes already on it when another overlaps, and stores the marks', () => {
    const editor = editorWith('活动共栽种树木三百余棵。');
    Transforms.select(editor, { anchor: { path: [1, 0], offset: 7 }, focus: { path: [1, 0], offset: 11 } });
    expect(noteTarget(editor)).toEqual({ ok: true, quote: '三百余棵' });
    markNote(editor, 'na1');
    Transforms.select(editor, { anchor: { path: [1, 0], offset: 5 }, focus: { path: [1, 2], offset: 0 } });
    markNote(editor, 'nb2');
    expect(bodyOf(editor)).toEqual([
      {
        type: 'paragraph',
        children: [
          { text: '活动共栽种' },
          { text: '树木', notes: ['nb2'] },
          { text: '三百余棵', notes: ['na1', 'nb2'] },
          { text: '。' },
        ],
      },
    ]);
    // Stored marks come back into the editor as they were.
    const again = editorWith('');
    again.children = contentToValue({
      ...emptyContent(),
      title: '题',
      body: bodyOf(editor),
      byline: { ...EMPTY_BYLINE },
    });
    expect(bodyOf(again)).toEqual(bodyOf(editor));
  });

  it('selects a note’s text, and takes the marks off when it is resolved (runs merge again)', () => {
    const editor = editorWith('活动共栽种树木三百余棵。');
    Transforms.select(editor, { anchor: { path: [1, 0], offset: 7 }, focus: { path: [1, 0], offset: 11 } });
    markNote(editor, 'na1');
    Transforms.deselect(editor);
    expect(selectNote(editor, 'na1')).toBe(true);
    expect(Editor.string(editor, editor.selection!)).toBe('三百余棵');
    unmarkNote(editor, 'na1');
    expect(bodyOf(editor)).toEqual([{ type: 'paragraph', children: [{ text: '活动共栽种树木三百余棵。' }] }]);
    expect(selectNote(editor, 'na1')).toBe(false);
  });

  it('refuses an empty selection and the headline', () => {
    const editor = editorWith('正文。');
    Transforms.select(editor, { path: [1, 0], offset: 1 });
    expect(noteTarget(editor)).toEqual({ ok: false, message: '请先在正文中选中要批注的文字。' });
    Transforms.select(editor, { anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 1 } });
    expect(noteTarget(editor)).toEqual({ ok: false, message: '批注只能加在正文中。' });
  });
});
