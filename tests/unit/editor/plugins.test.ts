import { describe, expect, it } from 'vitest';
import { Editor, Transforms } from 'slate';
import { itRunsEditorFixtures, type EditorFixture } from '../../helpers/editor-fixtures';
import { createHeadlessEditor } from '../../../renderer/src/editor/core/create-editor';
import { caretPosition } from '../../../renderer/src/editor/core/find';
import { setDateline } from '../../../renderer/src/editor/core/plugins/with-dateline';
import { contentToValue, valueToContent } from '../../../renderer/src/editor/core/convert';
import { EMPTY_BYLINE, type Dateline } from '../../../shared/model/article';
import { emptyContent, plainTextToBody } from '../../../shared/model/article-content';
import type { BylineElement, DatelineElement, TopElement } from '../../../renderer/src/editor/core/types';
import { indexDirectory } from '../../../shared/people/directory';

const NO_PEOPLE = { directory: indexDirectory([]), fallbackDate: '2020-01-01' };

const byline: BylineElement = { type: 'byline', byline: { ...EMPTY_BYLINE }, children: [{ text: '' }] };
const title = (text: string) => ({ type: 'title' as const, children: [{ text }] });
const kicker = (text: string) => ({ type: 'kicker' as const, children: [{ text }] });
const subtitle = (text: string) => ({ type: 'subtitle' as const, children: [{ text }] });
const p = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });
const sub = (text: string) => ({ type: 'subheading' as const, children: [{ text }] });
const DATELINE: Dateline = { source: '本报讯', date: '2020-03-18', timeOfDay: '上午' };
const chip: DatelineElement = { type: 'dateline', dateline: DATELINE, children: [{ text: '' }] };
const lead = (text: string) => ({ type: 'paragraph' as const, children: [{ text: '' }, chip, { text }] });

type Fixture = EditorFixture;

/** input → operation → expected output, through every article plugin. */
const FIXTURES: Fixture[] = [
  {
    name: 'an empty document gets a title, a paragraph and a byline',
    input: [],
    operation: (e) => Editor.normalize(e, { force: true }),
    output: [title(''), p(''), byline],
  },
  {
    name: 'a second title becomes a paragraph',
    input: [title('主题'), title('又一个主题'), p('正文'), byline],
    operation: (e) => Editor.normalize(e, { force: true }),
    output: [title('主题'), p('又一个主题'), p('正文'), byline],
  },
  {
    name: 'a kicker below the title becomes a paragraph',
    input: [title('主题'), p('正文'), kicker('引题'), byline],
    operation: (e) => Editor.normalize(e, { force: true }),
    output: [title('主题'), p('正文'), p('引题'), byline],
  },
  {
    name: 'a subtitle away from the title becomes a paragraph',
    input: [kicker('引题'), title('主题'), p('正文'), subtitle('副题'), byline],
    operation: (e) => Editor.normalize(e, { force: true }),
    output: [kicker('引题'), title('主题'), p('正文'), p('副题'), byline],
  },
  {
    name: 'deleting the title line inserts an empty title under the kicker',
    input: [kicker('引题'), title('主题'), p('正文'), byline],
    operation: (e) => Transforms.removeNodes(e, { at: [1] }),
    output: [kicker('引题'), title(''), p('正文'), byline],
  },
  {
    name: 'a body that starts with a 小标题 gets a lead paragraph first',
    input: [title('主题'), sub('一、小标题'), p('正文'), byline],
    operation: (e) => Editor.normalize(e, { force: true }),
    output: [title('主题'), p(''), sub('一、小标题'), p('正文'), byline],
  },
  {
    name: 'a byline in the middle moves to the end; a second one is dropped',
    input: [title('主题'), byline, p('正文'), { ...byline, byline: { ...EMPTY_BYLINE, reporters: ['张改华'] } }],
    operation: (e) => Editor.normalize(e, { force: true }),
    output: [title('主题'), p('正文'), { ...byline, byline: { ...EMPTY_BYLINE, reporters: ['张改华'] } }],
  },
  {
    name: 'a dateline chip outside the lead goes back to the start of the lead (never dropped with its date)',
    input: [
      title('主题'),
      p('导语'),
      { type: 'paragraph', children: [{ text: '第二段' }, chip, { text: '' }] },
      byline,
    ],
    operation: (e) => Editor.normalize(e, { force: true }),
    output: [title('主题'), lead('导语'), p('第二段'), byline],
  },
  {
    name: 'text typed before the chip in the lead: the chip goes back to the start',
    input: [title('主题'), { type: 'paragraph', children: [{ text: '银行' }, chip, { text: '导语' }] }, byline],
    operation: (e) => Editor.normalize(e, { force: true }),
    output: [title('主题'), lead('银行导语'), byline],
  },
  {
    name: 'a second dateline chip in the lead is removed',
    input: [
      title('主题'),
      { type: 'paragraph', children: [{ text: '' }, chip, { text: '导语' }, chip, { text: '' }] },
      byline,
    ],
    operation: (e) => Editor.normalize(e, { force: true }),
    output: [title('主题'), lead('导语'), byline],
  },
  {
    name: 'Enter in the title moves to the start of the lead instead of splitting the title',
    input: [title('主题'), lead('导语'), byline],
    selection: { path: [0, 0], offset: 1 },
    operation: (e) => e.insertBreak(),
    output: [title('主题'), lead('导语'), byline],
    cursor: { path: [1, 0], offset: 0 },
  },
  {
    name: 'Enter in the kicker moves to the title',
    input: [kicker('引题'), title('主题'), p('导语'), byline],
    selection: { path: [0, 0], offset: 2 },
    operation: (e) => e.insertBreak(),
    output: [kicker('引题'), title('主题'), p('导语'), byline],
    cursor: { path: [1, 0], offset: 0 },
  },
  {
    name: 'Enter in a body paragraph splits it',
    input: [title('主题'), p('第一句。第二句。'), byline],
    selection: { path: [1, 0], offset: 4 },
    operation: (e) => e.insertBreak(),
    output: [title('主题'), p('第一句。'), p('第二句。'), byline],
  },
  {
    name: 'Backspace right after the dateline chip neither deletes it nor merges the lead into the title',
    input: [title('主题'), lead('导语'), byline],
    selection: { path: [1, 2], offset: 0 },
    operation: (e) => e.deleteBackward('character'),
    output: [title('主题'), lead('导语'), byline],
  },
  {
    name: 'Backspace inside the lead text still deletes characters',
    input: [title('主题'), lead('导语'), byline],
    selection: { path: [1, 2], offset: 2 },
    operation: (e) => e.deleteBackward('character'),
    output: [title('主题'), lead('导'), byline],
  },
  {
    name: 'bold is removed from headline lines',
    input: [{ type: 'title', children: [{ text: '主题', bold: true }] }, p('正文'), byline],
    operation: (e) => Editor.normalize(e, { force: true }),
    output: [title('主题'), p('正文'), byline],
  },
  {
    name: 'setDateline puts the chip at the start of the lead',
    input: [title('主题'), p('导语'), byline],
    operation: (e) => setDateline(e, DATELINE),
    output: [title('主题'), lead('导语'), byline],
  },
  {
    name: 'setDateline(null) removes the chip',
    input: [title('主题'), lead('导语'), byline],
    operation: (e) => setDateline(e, null),
    output: [title('主题'), p('导语'), byline],
  },
];

describe('article editor plugins (input → operation → output)', () => {
  itRunsEditorFixtures(FIXTURES);
});

describe('dateline chip and the cursor', () => {
  it('a cursor placed inside the chip moves to just after it', async () => {
    const editor = createHeadlessEditor();
    editor.children = [title('主题'), lead('导语'), byline];
    Transforms.select(editor, { path: [1, 1, 0], offset: 0 });
    await new Promise((r) => setTimeout(r, 0)); // onChange runs after the operations flush
    expect(editor.selection?.anchor).toEqual({ path: [1, 2], offset: 0 });
  });
});

describe('article ↔ editor document', () => {
  it('round-trips an article with every part', () => {
    const content = {
      ...emptyContent(),
      kicker: '想企业所想、急企业所急',
      title: '中原区领导深入开展“三送一强”活动',
      subtitle: null,
      dateline: DATELINE,
      body: [
        {
          type: 'paragraph' as const,
          children: [{ text: '中原区委常委' }, { text: '成小波', bold: true }, { text: '深入企业。' }],
        },
        { type: 'subheading' as const, children: [{ text: '一、小标题' }] },
        ...plainTextToBody('正文。'),
      ],
      byline: { ...EMPTY_BYLINE, reporters: ['张改华'], correspondents: ['张莉', '崔捷'], layout: 'inline' as const },
      kind: '调研报道' as const,
      page: '中原新闻',
    };
    const editor = createHeadlessEditor();
    editor.children = contentToValue(content);
    Editor.normalize(editor, { force: true });
    expect(valueToContent(editor.children as TopElement[], content, NO_PEOPLE)).toEqual(content);
  });

  it('stores empty kicker and subtitle as null and drops empty paragraphs', () => {
    const value: TopElement[] = [kicker(' '), title('主题'), subtitle(''), p(''), p('正文'), p('  '), byline];
    expect(
      valueToContent(value, { kind: null, page: null, proofIgnores: [], notes: [], placeholders: [] }, NO_PEOPLE),
    ).toMatchObject({
      kicker: null,
      subtitle: null,
      body: plainTextToBody('正文'),
    });
  });
});

describe('template placeholders in the editor', () => {
  it('Tab selects the next placeholder, wrapping round; Shift+Tab the one before', async () => {
    const { selectNextPlaceholder, setPlaceholderLabels } =
      await import('../../../renderer/src/editor/core/placeholders');
    const editor = createHeadlessEditor();
    editor.children = [title('【单位】召开会议'), p('【主持人】主持召开【会议名称】。【编者按】'), byline];
    setPlaceholderLabels(editor, ['【单位】', '【主持人】', '【会议名称】']);
    Transforms.select(editor, { path: [0, 0], offset: 0 });
    const selected = () => Editor.string(editor, editor.selection!);
    expect(selectNextPlaceholder(editor)).toBe(true);
    expect(selected()).toBe('【单位】');
    selectNextPlaceholder(editor);
    expect(selected()).toBe('【主持人】');
    selectNextPlaceholder(editor);
    expect(selected()).toBe('【会议名称】');
    selectNextPlaceholder(editor);
    expect(selected()).toBe('【单位】');
    selectNextPlaceholder(editor, true);
    expect(selected()).toBe('【会议名称】');
  });

  it('without placeholders Tab is left alone, and text in 【】 no template put there is not one', async () => {
    const { selectNextPlaceholder } = await import('../../../renderer/src/editor/core/placeholders');
    const editor = createHeadlessEditor();
    editor.children = [title('主题'), p('正文'), byline];
    expect(selectNextPlaceholder(editor)).toBe(false);
    editor.children = [title('主题'), p('【编者按】正文【打印】'), byline];
    expect(selectNextPlaceholder(editor)).toBe(false);
  });
});

describe('caretPosition', () => {
  it('says the block (1-based, headline lines included) and the characters before the caret, chips counting as none', () => {
    const editor = createHeadlessEditor();
    editor.children = [title('主题'), lead('导语文字'), p('第二段正文'), byline];
    expect(caretPosition(editor)).toBeNull();
    Transforms.select(editor, { path: [2, 0], offset: 3 });
    expect(caretPosition(editor)).toEqual({ block: 3, offset: 3, point: '2.0:3' });
    Transforms.select(editor, { path: [1, 2], offset: 2 });
    expect(caretPosition(editor)).toEqual({ block: 2, offset: 2, point: '1.2:2' });
    // A selection: where its focus end is.
    Transforms.select(editor, { anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 2 } });
    expect(caretPosition(editor)).toEqual({ block: 1, offset: 2, point: '0.0:2' });
  });
});

describe('withPlaceholders: a placeholder is filled whole', () => {
  const LABELS = ['【主持人】', '【参会领导】'];
  const setUp = async () => {
    const { setPlaceholderLabels } = await import('../../../renderer/src/editor/core/placeholders');
    const editor = createHeadlessEditor();
    editor.children = [title('会议'), p('【主持人】主持，【参会领导】参加会议。'), byline];
    setPlaceholderLabels(editor, LABELS);
    return editor;
  };

  it('a caret put inside a placeholder takes it whole, so typing replaces it', async () => {
    const editor = await setUp();
    Transforms.select(editor, { path: [1, 0], offset: 3 });
    expect(Editor.string(editor, editor.selection!)).toBe('【主持人】');
    editor.insertText('乔耸');
    expect(Editor.string(editor, [1])).toBe('乔耸主持，【参会领导】参加会议。');
  });

  it('a caret at either edge of a placeholder stays where it is', async () => {
    const editor = await setUp();
    Transforms.select(editor, { path: [1, 0], offset: 5 });
    expect(editor.selection!.anchor).toEqual(editor.selection!.focus);
    Transforms.select(editor, { path: [1, 0], offset: 0 });
    expect(editor.selection!.anchor.offset).toBe(0);
    expect(editor.selection!.focus.offset).toBe(0);
  });

  it('an attendee list inserted with the caret clicked inside 【参会领导】 replaces it (issue 17)', async () => {
    const { insertAttendees } = await import('../../../renderer/src/editor/core/plugins/with-people');
    const editor = await setUp();
    Transforms.select(editor, { path: [1, 0], offset: 9 });
    insertAttendees(editor, { prefix: '', personIds: ['a'], names: { a: '甲' }, groups: [] });
    const block = editor.children[1] as { children: Array<{ text?: string; type?: string }> };
    expect(block.children.map((c) => c.text ?? `<${c.type}>`)).toEqual([
      '【主持人】主持，',
      '<attendees>',
      '参加会议。',
    ]);
  });

  it('a selection reaching into a placeholder is widened to take it whole, forwards or backwards', async () => {
    const editor = await setUp();
    Transforms.select(editor, { anchor: { path: [1, 0], offset: 2 }, focus: { path: [1, 0], offset: 7 } });
    expect(Editor.string(editor, editor.selection!)).toBe('【主持人】主持');
    Transforms.select(editor, { anchor: { path: [1, 0], offset: 12 }, focus: { path: [1, 0], offset: 6 } });
    expect(Editor.string(editor, editor.selection!)).toBe('持，【参会领导】');
    expect(editor.selection!.anchor.offset).toBe(14);
  });

  it('without the article’s labels, text in 【】 is text and the caret goes where it is put', async () => {
    const editor = createHeadlessEditor();
    editor.children = [title('会议'), p('【主持人】主持'), byline];
    Transforms.select(editor, { path: [1, 0], offset: 3 });
    expect(editor.selection!.anchor.offset).toBe(3);
    expect(editor.selection!.focus.offset).toBe(3);
  });
});
