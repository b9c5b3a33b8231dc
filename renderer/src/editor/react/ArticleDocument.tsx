import { isImeKey } from '../../menu-commands';
import { todayIso as today } from '../../../../shared/model/date';
import { memo, useCallback, useLayoutEffect, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { Editable, ReactEditor, Slate, useComposing, useSlateSelector, useSlateStatic } from 'slate-react';
import { Transforms } from 'slate';
import type { Descendant, NodeEntry } from 'slate';
import { decorateProof, type ProofMarks } from '../../proof/decorations';
import { createArticleEditor } from './create-article-editor';
import { renderChunk, renderElement, renderLeaf } from './elements';
import {
  addDateline,
  hasDateline,
  toggleBold,
  toggleKicker,
  toggleSubheading,
  toggleSubtitle,
} from '../core/transforms';
import { decoratePlaceholders, selectNextPlaceholder, setPlaceholderLabels } from '../core/placeholders';
import { onPasteProblem } from '../core/plugins/with-paste';
import type { ArticleEditor, TopElement } from '../core/types';
import { isType } from '../core/nodes';
import { canInsertPeople, insertAttendees, insertPerson } from '../core/plugins/with-people';
import { usePeopleSource } from './people-source';
import { chairBefore, documentDate } from '../core/people';
import { PersonSearch } from '../../people/PersonSearch';
import { AttendeesDialog } from '../../people/AttendeesDialog';
import { caretPosition } from '../core/find';
import { hideEditableFromReactSelection } from './react-selection';
import { PhotoButton } from './PhotoButton';
import { compositionStarts } from '../core/plugins/with-typing-over';

interface Props {
  initialValue: TopElement[];
  /** Proofreading underlines, redrawn when they change (never during an input method's composition). */
  marks: ProofMarks;
  /** Called with a Chinese message when a paste is refused. */
  onProblem(message: string): void;
  /** Called after each change of content (not of selection); read the document from the editor. */
  onChange(): void;
  /** The caret moved (or the text under it changed): where it is now. */
  onCaret?(place: { block: number; offset: number; point: string } | null): void;
  onBlur(): void;
  /** Receives the editor once, for commands from outside (find, save). */
  onEditor(editor: ArticleEditor): void;
  /** Signed-off copy is shown but cannot be changed. */
  readOnly?: boolean;
  /** The placeholder labels the article's template inserted: only these are highlighted and reached with Tab. */
  placeholders: readonly string[];
}

/** The article as one Slate document (memoized: the editor around it re-renders without redrawing it). */
export const ArticleDocument = memo(function ArticleDocument({
  initialValue,
  marks,
  onChange,
  onCaret,
  onBlur,
  onEditor,
  onProblem,
  readOnly = false,
  placeholders,
}: Props) {
  const editor = useMemo(() => createArticleEditor(), []);
  useLayoutEffect(() => setPlaceholderLabels(editor, placeholders), [editor, placeholders]);
  useLayoutEffect(() => onEditor(editor), [editor, onEditor]);
  useLayoutEffect(() => hideEditableFromReactSelection(ReactEditor.toDOMNode(editor, editor)), [editor]);
  useLayoutEffect(() => onPasteProblem(editor, onProblem), [editor, onProblem]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (isImeKey(event.nativeEvent)) return;
      if (event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey) {
        // Tab jumps between template placeholders; without any, it stays a normal Tab (focus moves on).
        // Slate reads the DOM selection on a throttled selectionchange; a Tab right after Home or a
        // click must start from where the caret really is.
        const dom = window.getSelection();
        const current =
          dom && dom.rangeCount > 0
            ? ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true })
            : null;
        if (current) Transforms.select(editor, current);
        if (selectNextPlaceholder(editor, event.shiftKey)) event.preventDefault();
        return;
      }
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.altKey && event.key.toLowerCase() === 'b') {
        event.preventDefault();
        toggleBold(editor);
      }
    },
    [editor],
  );

  return (
    <Slate
      editor={editor}
      initialValue={initialValue as Descendant[]}
      onChange={() => {
        if (editor.operations.some((op) => op.type !== 'set_selection')) onChange();
        onCaret?.(caretPosition(editor));
      }}
    >
      {!readOnly && <DocumentToolbar />}
      <DocumentEditable
        onKeyDown={onKeyDown}
        onBlur={onBlur}
        marks={marks}
        readOnly={readOnly}
        placeholders={placeholders}
      />
    </Slate>
  );
});

/**
 * The formatting toolbar. It reads the document through selectors that look at
 * the top-level blocks only, and re-renders only when what it shows changes, so
 * typing in a long article does not redo it on every keystroke.
 */
function DocumentToolbar() {
  const editor = useSlateStatic();
  const hasKicker = useSlateSelector((e) => e.children.length > 0 && isType(e.children[0]!, 'kicker'));
  const hasSubtitle = useSlateSelector((e) => e.children.slice(0, 3).some((c) => isType(c, 'subtitle')));
  const dated = useSlateSelector((e) => hasDateline(e));
  const source = usePeopleSource();
  const [picking, setPicking] = useState<null | 'person' | 'attendees'>(null);
  const [hint, setHint] = useState<string | null>(null);
  const keep = (e: MouseEvent) => e.preventDefault();
  // A command that puts the caret somewhere (a new 引题 or 副题) also gives the document the focus, so what is typed
  // next lands there even when the article was just opened and nothing in it had been clicked yet.
  const focusAfter = (command: (e: typeof editor) => void) => {
    command(editor);
    ReactEditor.focus(editor);
  };
  const open = (what: 'person' | 'attendees') => {
    if (!canInsertPeople(editor)) {
      setHint('请先把光标放在正文中要插入的位置。');
      return;
    }
    setHint(source.directory.people.length === 0 ? '人员库是空的：请先在“人员库”中添加或导入人员。' : null);
    setPicking(what);
  };
  const done = () => {
    setPicking(null);
    ReactEditor.focus(editor);
  };
  const date = documentDate(editor.children, source.fallbackDate);
  return (
    <div className="doc-toolbar" role="toolbar" aria-label="稿件格式">
      <button type="button" onMouseDown={keep} onClick={() => focusAfter(toggleKicker)}>
        {hasKicker ? '删除引题' : '加引题'}
      </button>
      <button type="button" onMouseDown={keep} onClick={() => focusAfter(toggleSubtitle)}>
        {hasSubtitle ? '删除副题' : '加副题'}
      </button>
      {!dated && (
        <button type="button" onMouseDown={keep} onClick={() => addDateline(editor, today())}>
          加电头
        </button>
      )}
      <button type="button" onMouseDown={keep} onClick={() => toggleSubheading(editor)}>
        小标题
      </button>
      <button type="button" onMouseDown={keep} onClick={() => toggleBold(editor)} title="Ctrl+B">
        加粗
      </button>
      <button
        type="button"
        onMouseDown={keep}
        onClick={() => open('person')}
        title="从人员库插入人名（首次出现自动带职务）"
      >
        插入人名
      </button>
      <button type="button" onMouseDown={keep} onClick={() => open('attendees')} title="从人员库插入按排序的出席名单">
        插入名单
      </button>
      <PhotoButton />
      {hint && (
        <span className="status over" role="status">
          {hint}
        </span>
      )}
      {picking === 'person' && (
        <div className="picker" role="dialog" aria-label="插入人名">
          <PersonSearch
            people={source.directory.people}
            date={date}
            label="查找人员"
            autoFocus
            onPick={(person) => {
              insertPerson(editor, person);
              done();
            }}
            onCancel={done}
          />
          <button type="button" onClick={done}>
            取消
          </button>
        </div>
      )}
      {picking === 'attendees' && (
        <AttendeesDialog
          directory={source.directory}
          date={date}
          chairId={
            editor.selection
              ? chairBefore(
                  editor.children,
                  editor.selection.anchor.path,
                  source.directory,
                  editor.selection.anchor.offset,
                )
              : null
          }
          initial={null}
          onDone={(data) => {
            if (data) insertAttendees(editor, data);
            done();
          }}
        />
      )}
    </div>
  );
}

/** The editable area; marks itself while an input method composes, so CSS can hide line hints. */
function DocumentEditable({
  onKeyDown,
  onBlur,
  marks,
  readOnly,
  placeholders,
}: {
  onKeyDown(event: KeyboardEvent<HTMLDivElement>): void;
  onBlur(): void;
  marks: ProofMarks;
  readOnly: boolean;
  placeholders: readonly string[];
}) {
  const composing = useComposing();
  const editor = useSlateStatic();
  const decorate = useMemo(() => {
    const proof = decorateProof(marks);
    return (entry: NodeEntry) => [...decoratePlaceholders(entry, placeholders), ...proof(entry)];
  }, [marks, placeholders]);
  return (
    <Editable
      className="article-document"
      data-composing={composing}
      data-testid="article-document"
      aria-label="稿件"
      renderElement={renderElement}
      renderLeaf={renderLeaf}
      renderChunk={renderChunk}
      decorate={decorate}
      onKeyDown={onKeyDown}
      onCompositionStart={() => compositionStarts(editor)}
      onBlur={onBlur}
      readOnly={readOnly}
      spellCheck={false}
    />
  );
}
