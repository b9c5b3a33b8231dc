import { describe, expect, it } from 'vitest';
import { Editor } from 'slate';
import { itRunsEditorFixtures, type EditorFixture } from '../../helpers/editor-fixtures';
import { createHeadlessEditor } from '../../../renderer/src/editor/core/create-editor';
import { contentToValue, valueToContent } from '../../../renderer/src/editor/core/convert';
import { insertPhoto, removePhoto, setPhotoCredit } from '../../../renderer/src/editor/core/photos';
import { EMPTY_BYLINE } from '../../../shared/model/article';
import { emptyContent } from '../../../shared/model/article-content';
import { photoBlock } from '../../../shared/model/photo';
import type { BylineElement, PhotoElement } from '../../../renderer/src/editor/core/types';
import { indexDirectory } from '../../../shared/people/directory';

const NO_PEOPLE = { directory: indexDirectory([]), fallbackDate: '2020-01-01' };
const byline: BylineElement = { type: 'byline', byline: { ...EMPTY_BYLINE }, children: [{ text: '' }] };
const title = (text: string) => ({ type: 'title' as const, children: [{ text }] });
const p = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });
const INFO = { hash: 'cd'.repeat(32), format: 'jpeg' as const, width: 3000, height: 2000 };
const photo = (caption: string, credit = '本报记者 张三 摄'): PhotoElement => ({
  type: 'photo',
  ...INFO,
  credit,
  children: [{ text: caption }],
});

type Fixture = EditorFixture;

/** input → operation → expected output, through every article plugin. */
const FIXTURES: Fixture[] = [
  {
    name: 'Enter in a caption starts a paragraph after the photo, the photo stays whole',
    input: [title('主题'), p('导语'), photo('会议现场'), byline],
    selection: { path: [2, 0], offset: 2 },
    operation: (e) => e.insertBreak(),
    output: [title('主题'), p('导语'), photo('会议现场'), p(''), byline],
    cursor: { path: [3, 0], offset: 0 },
  },
  {
    name: 'Backspace at the start of a caption moves to the paragraph before, merging nothing',
    input: [title('主题'), p('导语'), photo('会议现场'), byline],
    selection: { path: [2, 0], offset: 0 },
    operation: (e) => e.deleteBackward('character'),
    output: [title('主题'), p('导语'), photo('会议现场'), byline],
    cursor: { path: [1, 0], offset: 2 },
  },
  {
    name: 'Backspace at the start of a paragraph after a photo does not pull it into the caption',
    input: [title('主题'), p('导语'), photo('会议现场'), p('正文'), byline],
    selection: { path: [3, 0], offset: 0 },
    operation: (e) => e.deleteBackward('character'),
    output: [title('主题'), p('导语'), photo('会议现场'), p('正文'), byline],
    cursor: { path: [2, 0], offset: 4 },
  },
  {
    name: 'Backspace in an empty paragraph after a photo removes the paragraph',
    input: [title('主题'), p('导语'), photo('会议现场'), p(''), p('正文'), byline],
    selection: { path: [3, 0], offset: 0 },
    operation: (e) => e.deleteBackward('character'),
    output: [title('主题'), p('导语'), photo('会议现场'), p('正文'), byline],
    cursor: { path: [2, 0], offset: 4 },
  },
  {
    name: 'Delete at the end of a caption moves on, merging nothing',
    input: [title('主题'), p('导语'), photo('会议现场'), p('正文'), byline],
    selection: { path: [2, 0], offset: 4 },
    operation: (e) => e.deleteForward('character'),
    output: [title('主题'), p('导语'), photo('会议现场'), p('正文'), byline],
    cursor: { path: [3, 0], offset: 0 },
  },
  {
    name: 'Delete at the end of the paragraph before a photo does not pull the caption in',
    input: [title('主题'), p('导语'), photo('会议现场'), byline],
    selection: { path: [1, 0], offset: 2 },
    operation: (e) => e.deleteForward('character'),
    output: [title('主题'), p('导语'), photo('会议现场'), byline],
    cursor: { path: [2, 0], offset: 0 },
  },
  {
    name: 'typing in a caption edits the caption',
    input: [title('主题'), p('导语'), photo('会议现场'), byline],
    selection: { path: [2, 0], offset: 4 },
    operation: (e) => e.insertText('一角'),
    output: [title('主题'), p('导语'), photo('会议现场一角'), byline],
  },
  {
    name: 'a photo nested in a paragraph is unwrapped into text',
    input: [title('主题'), { type: 'paragraph', children: [photo('说明') as never] }, byline],
    operation: (e) => Editor.normalize(e, { force: true }),
    output: [title('主题'), p('说明'), byline],
  },
  {
    name: 'a photo inserted with the caret in the lead goes after the lead, caret in its caption',
    input: [title('主题'), p('导语'), p('正文'), byline],
    selection: { path: [1, 0], offset: 1 },
    operation: (e) => insertPhoto(e, INFO, '会议现场', '本报记者 张三 摄'),
    output: [title('主题'), p('导语'), photo('会议现场'), p('正文'), byline],
    cursor: { path: [2, 0], offset: 4 },
  },
  {
    name: 'a photo inserted with the caret in the title goes to the end of the body',
    input: [title('主题'), p('导语'), p('正文'), byline],
    selection: { path: [0, 0], offset: 1 },
    operation: (e) => insertPhoto(e, INFO, '', ''),
    output: [title('主题'), p('导语'), p('正文'), photo('', ''), byline],
  },
  {
    name: 'the credit is set and the photo removed by path',
    input: [title('主题'), p('导语'), photo('会议现场', ''), photo('第二张')],
    operation: (e) => {
      setPhotoCredit(e, [2], ' 通讯员 李四 摄 ');
      removePhoto(e, [3]);
    },
    output: [title('主题'), p('导语'), photo('会议现场', '通讯员 李四 摄'), byline],
  },
];

describe('photos in the editor', () => {
  itRunsEditorFixtures(FIXTURES);

  it('undo brings a removed photo back', () => {
    const editor = createHeadlessEditor();
    editor.children = [title('主题'), p('导语'), photo('会议现场'), byline];
    Editor.normalize(editor, { force: true });
    removePhoto(editor, [2]);
    editor.undo();
    expect(editor.children[2]).toEqual(photo('会议现场'));
  });

  it('round-trips photos through the stored content, an empty caption kept', () => {
    const content = {
      ...emptyContent(),
      title: '主题',
      dateline: { source: '本报讯', date: '2026-03-18', timeOfDay: null },
      body: [
        { type: 'paragraph' as const, children: [{ text: '导语' }] },
        photoBlock(INFO, '', '本报记者 张三 摄'),
        photoBlock(INFO, '第二张', ''),
      ],
    };
    const value = contentToValue(content);
    expect(valueToContent(value, content, NO_PEOPLE)).toEqual(content);
  });

  it('a 图片新闻 (a photo first) keeps its dateline in an empty lead above the photo', () => {
    const content = {
      ...emptyContent(),
      title: '口袋公园开园',
      kind: '图片新闻' as const,
      dateline: { source: '本报讯', date: '2026-03-18', timeOfDay: null },
      body: [photoBlock(INFO, '市民在公园里晨练。', '王五 摄')],
    };
    const value = contentToValue(content);
    expect(value[1]).toMatchObject({ type: 'paragraph', children: [{ text: '' }, { type: 'dateline' }, { text: '' }] });
    expect(value[2]).toMatchObject({ type: 'photo' });
    expect(valueToContent(value, content, NO_PEOPLE)).toEqual(content);
  });
});
