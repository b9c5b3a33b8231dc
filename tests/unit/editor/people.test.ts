import { describe, expect, it } from 'vitest';
import { Editor, Transforms, type Descendant } from 'slate';
import { createHeadlessEditor } from '../../../renderer/src/editor/core/create-editor';
import { contentToValue, valueToContent } from '../../../renderer/src/editor/core/convert';
import { insertAttendees, insertPerson } from '../../../renderer/src/editor/core/plugins/with-people';
import { setDateline } from '../../../renderer/src/editor/core/plugins/with-dateline';
import { chairBefore, peopleTexts, type PeopleElement } from '../../../renderer/src/editor/core/people';
import { applyFix, documentCheckText, findingRange } from '../../../renderer/src/editor/core/check-text';
import { createProofreader } from '../../../shared/proof/engine';
import { documentDate } from '../../../renderer/src/editor/core/people';

/** The people findings of a document, as the editor's proofreader gives them. */
function checkDocumentPeople(children: Editor['children'], people: typeof source) {
  return createProofreader()
    .check(documentCheckText(children, people).blocks, {
      date: documentDate(children, people.fallbackDate),
      directory: people.directory,
    })
    .filter((f) => f.rule.startsWith('person.'));
}
import { EMPTY_BYLINE, type ArticleContent } from '../../../shared/model/article';
import type { TopElement } from '../../../renderer/src/editor/core/types';
import { idOf, sampleDirectory } from '../../helpers/sample-directory';

const directory = sampleDirectory();
const source = { directory, fallbackDate: '2020-03-18' };
const id = (name: string) => idOf(directory, name);
const person = (name: string) => ({ id: id(name), name });
const byline = { type: 'byline' as const, byline: { ...EMPTY_BYLINE }, children: [{ text: '' }] as [{ text: '' }] };
const title = (text: string) => ({ type: 'title' as const, children: [{ text }] });
const p = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });

function editorWith(value: Descendant[]): Editor {
  const editor = createHeadlessEditor();
  editor.children = value;
  Editor.normalize(editor, { force: true });
  return editor;
}

/** The printed texts of the document's people elements, in order. */
function printed(editor: Editor): string[] {
  const texts = peopleTexts(editor.children, source);
  const out: string[] = [];
  for (const [node] of Editor.nodes(editor, {
    at: [],
    match: (n) => (n as PeopleElement).type === 'person' || (n as PeopleElement).type === 'attendees',
  }))
    out.push(texts.get(node as PeopleElement)!);
  return out;
}

describe('people in the editor', () => {
  it('inserts a mention at the cursor, between text nodes, with the cursor after it', () => {
    const editor = editorWith([title('主题'), p('主持召开会议。'), byline]);
    Transforms.select(editor, { path: [1, 0], offset: 0 });
    expect(insertPerson(editor, person('乔耸'))).toBe(true);
    expect(editor.children[1]).toEqual({
      type: 'paragraph',
      children: [
        { text: '' },
        { type: 'person', personId: id('乔耸'), name: '乔耸', form: 'auto', children: [{ text: '' }] },
        { text: '主持召开会议。' },
      ],
    });
    expect(editor.selection?.anchor).toEqual({ path: [1, 2], offset: 0 });
    expect(printed(editor)).toEqual(['中原区委书记乔耸']);
  });

  it('refuses people in headline lines and turns a stray mention there into the name', () => {
    const editor = editorWith([title('主题'), p('正文'), byline]);
    Transforms.select(editor, { path: [0, 0], offset: 2 });
    expect(insertPerson(editor, person('乔耸'))).toBe(false);
    const stray = editorWith([
      {
        type: 'title',
        children: [
          { text: '' },
          { type: 'person', personId: id('乔耸'), name: '乔耸', form: 'auto', children: [{ text: '' }] } as never,
          { text: '调研' },
        ],
      },
      p('正文'),
      byline,
    ]);
    expect(Editor.string(stray, [0])).toBe('乔耸调研');
  });

  it('re-renders first mentions when paragraphs are reordered and titles when the date changes', () => {
    const editor = editorWith([title('主题'), p('甲'), p('乙'), byline]);
    Transforms.select(editor, { path: [1, 0], offset: 0 });
    insertPerson(editor, person('乔耸'));
    Transforms.select(editor, { path: [2, 0], offset: 0 });
    insertPerson(editor, person('李晓雷'));
    Transforms.select(editor, Editor.end(editor, [2]));
    insertPerson(editor, person('乔耸'));
    expect(printed(editor)).toEqual(['中原区委书记乔耸', '中原区委副书记、区长李晓雷', '乔耸']);
    Transforms.moveNodes(editor, { at: [2], to: [1] });
    expect(printed(editor)).toEqual(['中原区委副书记、区长李晓雷', '中原区委书记乔耸', '乔耸']);
    // Posts held from 2020: an article dated before then prints the names alone.
    const dated = { ...source, directory: sampleDirectoryFrom('2020-01-01') };
    setDateline(editor, { source: '本报讯', date: '2020-03-16', timeOfDay: null });
    expect([...peopleTexts(editor.children, dated).values()]).toEqual([
      '中原区委副书记、区长李晓雷',
      '中原区委书记乔耸',
      '乔耸',
    ]);
    setDateline(editor, { source: '本报讯', date: '2019-06-01', timeOfDay: null });
    expect([...peopleTexts(editor.children, dated).values()]).toEqual(['李晓雷', '乔耸', '乔耸']);
  });

  // Issue 17: a chair typed as plain text (区委书记乔耸主持…) was put into the attendee list.
  it('finds the chair typed as plain text before the caret, and only before it', () => {
    const editor = editorWith([title('主题'), p('中原区委书记乔耸主持召开会议。参加会议，杜建强讲话。'), byline]);
    const directory = source.directory;
    const caret = '中原区委书记乔耸主持召开会议。'.length;
    expect(chairBefore(editor.children, [1, 0], directory, caret)).toBe(id('乔耸'));
    expect(chairBefore(editor.children, [1, 0], directory, 3)).toBeNull();
    expect(chairBefore(editor.children, [1, 0], undefined, caret)).toBeNull();
  });

  it('excludes the chair mentioned before a list in the same paragraph', () => {
    const editor = editorWith([title('主题'), p('主持召开会议。参加会议。'), byline]);
    Transforms.select(editor, { path: [1, 0], offset: 0 });
    insertPerson(editor, person('乔耸'));
    Transforms.select(editor, { path: [1, 2], offset: '主持召开会议。'.length });
    insertAttendees(editor, {
      prefix: '区领导',
      personIds: [id('魏建民'), id('乔耸'), id('杜建强')],
      names: {},
      groups: ['“一办七部”负责同志'],
    });
    expect(chairBefore(editor.children, [1, 3])).toBe(id('乔耸'));
    expect(printed(editor)).toEqual(['中原区委书记乔耸', '区领导杜建强、魏建民，以及“一办七部”负责同志']);
    expect(Editor.string(editor, [1])).toBe('主持召开会议。参加会议。'); // voids print outside Slate's own text
  });

  it('stores mentions with their printed text and reads them back unchanged', () => {
    const content: ArticleContent = {
      placeholders: [],
      kicker: null,
      title: '中原区召开会议',
      subtitle: null,
      dateline: { source: '本报讯', date: '2020-03-18', timeOfDay: '上午' },
      body: [
        {
          type: 'paragraph',
          children: [
            { type: 'person', personId: id('乔耸'), name: '乔耸', form: 'auto', text: '中原区委书记乔耸' },
            { text: '主持。' },
            {
              type: 'attendees',
              prefix: '区领导',
              personIds: [id('薛晓军'), id('杜建强')],
              names: { [id('薛晓军')]: '薛晓军', [id('杜建强')]: '杜建强' },
              groups: [],
              text: '区领导杜建强、薛晓军',
            },
            { type: 'person', personId: id('乔耸'), name: '乔耸', form: 'name', text: '乔耸' },
          ],
        },
      ],
      byline: { ...EMPTY_BYLINE },
      kind: null,
      page: null,
      proofIgnores: [],
      notes: [],
    };
    const editor = editorWith(contentToValue(content));
    const lead = editor.children[1] as TopElement & { children: Descendant[] };
    expect(lead.children.map((c) => ('type' in c ? c.type : 'text'))).toEqual([
      'text',
      'dateline',
      'text',
      'person',
      'text',
      'attendees',
      'text',
      'person',
      'text',
    ]);
    expect(valueToContent(editor.children as TopElement[], content, source)).toEqual(content);
  });

  it('maps a people finding back to the text it is about', () => {
    const editor = editorWith([title('主题'), p('会议结束后，乔松表示要抓好落实。'), byline]);
    const findings = checkDocumentPeople(editor.children, source);
    expect(findings.map((f) => f.rule)).toEqual(['person.name']);
    const range = findingRange(editor, findings[0]!, source)!;
    expect(Editor.string(editor, range)).toBe('乔松');
  });

  it('checks the byline too, and points at the byline block', () => {
    const signed = { ...byline, byline: { ...EMPTY_BYLINE, reporters: ['张改化'], correspondents: ['木坤坤'] } };
    const editor = editorWith([title('主题'), p('正文。'), signed]);
    const findings = checkDocumentPeople(editor.children, source);
    expect(findings.map((f) => [f.rule, f.text, f.suggestion])).toEqual([['person.name', '张改化', '张改华']]);
    expect(findingRange(editor, findings[0]!, source)?.anchor.path).toEqual([2, 0]);
  });
});

/** The sample directory with every period starting on a day. */
function sampleDirectoryFrom(from: string) {
  const base = sampleDirectory();
  const people = base.people.map((p) => ({
    ...p,
    periods: p.periods.map((period) => ({ ...period, from, to: null })),
  }));
  return { ...base, people, byId: new Map(people.map((p) => [p.id, p])) };
}

describe('a placeholder split by an inserted list', () => {
  it('is flagged, and the fix keeps the list and drops the label’s pieces', () => {
    const editor = editorWith([title('会议'), p('【参会领导】参加会议。'), byline]);
    Transforms.select(editor, { path: [1, 0], offset: 3 });
    // As an older editor did: the list put at the caret, inside the label.
    Transforms.insertNodes(editor, {
      type: 'attendees',
      prefix: '',
      personIds: [id('乔耸')],
      names: {},
      groups: [],
      children: [{ text: '' }],
    });
    const check = documentCheckText(editor.children, source);
    const findings = createProofreader()
      .check(check.blocks, { date: '2020-03-18', placeholders: ['【参会领导】'] })
      .filter((f) => f.rule === 'format.placeholder');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('拆开');
    expect(applyFix(editor, findings[0]!, source)).toBe(true);
    const block = editor.children[1] as { children: Array<{ text?: string; type?: string }> };
    expect(block.children.map((c) => c.text ?? `<${c.type}>`)).toEqual(['', '<attendees>', '参加会议。']);
  });
});
