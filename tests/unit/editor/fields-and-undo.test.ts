import { describe, expect, it } from 'vitest';
import { Editor, Node, Transforms } from 'slate';
import type { HistoryEditor } from 'slate-history';
import { createHeadlessEditor } from '../../../renderer/src/editor/core/create-editor';
import { setPlaceholderLabels } from '../../../renderer/src/editor/core/placeholders';
import { compositionStarts } from '../../../renderer/src/editor/core/plugins/with-typing-over';
import { EMPTY_BYLINE } from '../../../shared/model/article';
import type { TopElement } from '../../../renderer/src/editor/core/types';

const doc = (...body: TopElement[]): TopElement[] => [
  { type: 'title', children: [{ text: '会议' }] },
  ...body,
  { type: 'byline', byline: { ...EMPTY_BYLINE }, children: [{ text: '' }] },
];
const p = (text: string): TopElement => ({ type: 'paragraph', children: [{ text }] });
const sub = (text: string): TopElement => ({ type: 'subheading', children: [{ text }] });
const kinds = (editor: Editor) => editor.children.map((c) => ('type' in c ? c.type : '?'));

function editorWith(children: TopElement[], labels: string[] = []): Editor & HistoryEditor {
  const editor = createHeadlessEditor() as Editor & HistoryEditor;
  editor.children = children;
  setPlaceholderLabels(editor, labels);
  return editor;
}

describe('withSubheadings: Enter in a 小标题', () => {
  it('at its end starts a paragraph', () => {
    const editor = editorWith(doc(p('导语'), sub('小标题')));
    Transforms.select(editor, Editor.end(editor, [2]));
    editor.insertBreak();
    expect(kinds(editor)).toEqual(['title', 'paragraph', 'subheading', 'paragraph', 'byline']);
    expect(editor.selection!.anchor.path[0]).toBe(3);
  });

  it('anywhere else splits it into two 小标题', () => {
    const editor = editorWith(doc(p('导语'), sub('小标题')));
    Transforms.select(editor, { path: [2, 0], offset: 1 });
    editor.insertBreak();
    expect(kinds(editor)).toEqual(['title', 'paragraph', 'subheading', 'subheading', 'byline']);
    expect([Node.string(editor.children[2]!), Node.string(editor.children[3]!)]).toEqual(['小', '标题']);
  });
});

describe('withPlaceholders: Backspace and Delete at a placeholder’s edge', () => {
  const LABELS = ['【主持人】', '【会议名称】'];

  it('Backspace just after a placeholder removes it whole; elsewhere one character', () => {
    const editor = editorWith(doc(p('【主持人】主持召开【会议名称】。')), LABELS);
    Transforms.select(editor, { path: [1, 0], offset: 5 });
    editor.deleteBackward('character');
    expect(Node.string(editor.children[1]!)).toBe('主持召开【会议名称】。');
    Transforms.select(editor, { path: [1, 0], offset: 4 });
    editor.deleteBackward('character');
    expect(Node.string(editor.children[1]!)).toBe('主持召【会议名称】。');
  });

  it('Delete just before a placeholder removes it whole', () => {
    const editor = editorWith(doc(p('主持召开【会议名称】。')), LABELS);
    Transforms.select(editor, { path: [1, 0], offset: 4 });
    editor.deleteForward('character');
    expect(Node.string(editor.children[1]!)).toBe('主持召开。');
  });
});

describe('withTypingOver: typing over a selection through an input method is one undo step', () => {
  // slate-history joins whatever is applied in one tick; a composition's start and end are events apart.
  const nextTick = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('undoes the committed text and the placeholder it replaced together', async () => {
    const editor = editorWith(doc(p('【主持人】主持')), ['【主持人】']);
    Transforms.select(editor, { path: [1, 0], offset: 2 });
    // What slate-react does: the selection deleted when the composition starts, the text inserted when it ends.
    compositionStarts(editor);
    Editor.deleteFragment(editor);
    await nextTick();
    editor.insertText('乔耸');
    expect(Node.string(editor.children[1]!)).toBe('乔耸主持');
    editor.undo();
    expect(Node.string(editor.children[1]!)).toBe('【主持人】主持');
    editor.redo();
    expect(Node.string(editor.children[1]!)).toBe('乔耸主持');
  });

  it('leaves other typing in batches of its own', async () => {
    const editor = editorWith(doc(p('主持')));
    Transforms.select(editor, { anchor: { path: [1, 0], offset: 0 }, focus: { path: [1, 0], offset: 1 } });
    editor.deleteFragment();
    await nextTick();
    // A composition that starts with nothing selected does not join the deletion before it.
    compositionStarts(editor);
    editor.insertText('召');
    expect(Node.string(editor.children[1]!)).toBe('召持');
    editor.undo();
    expect(Node.string(editor.children[1]!)).toBe('持');
  });
});
