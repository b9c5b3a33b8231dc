import { useCallback, useLayoutEffect, useMemo, type KeyboardEvent } from 'react';
import { Editable, ReactEditor, Slate, useComposing } from 'slate-react';
import { Transforms } from 'slate';
import type { Descendant } from 'slate';
import { createArticleEditor } from './create-editor';
import { renderElement, renderLeaf } from './elements';
import { addDateline, hasDateline, toggleBold, toggleKicker, toggleSubheading, toggleSubtitle } from './commands';
import { decoratePlaceholders, selectNextPlaceholder } from './placeholders';
import { onPasteProblem } from './plugins/with-paste';
import type { ArticleEditor, TopElement } from './types';
import { isType } from './nodes';

/** True while an input method is composing: key handlers must leave such keys alone. */
export function isComposingKey(event: Pick<KeyboardEvent, 'nativeEvent' | 'keyCode'>): boolean {
  return event.nativeEvent.isComposing || event.keyCode === 229;
}

interface Props {
  initialValue: TopElement[];
  /** Called with a Chinese message when a paste is refused. */
  onProblem(message: string): void;
  /** Called with the document after each change of content (not of selection). */
  onChange(value: TopElement[]): void;
  onBlur(): void;
  /** Receives the editor once, for commands from outside (find, save). */
  onEditor(editor: ArticleEditor): void;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The article as one Slate document: headline stack, dateline chip, body and byline. */
export function ArticleDocument({ initialValue, onChange, onBlur, onEditor, onProblem }: Props) {
  const editor = useMemo(() => createArticleEditor(), []);
  useLayoutEffect(() => onEditor(editor), [editor, onEditor]);
  useLayoutEffect(() => onPasteProblem(editor, onProblem), [editor, onProblem]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (isComposingKey(event)) return;
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
      onChange={(value) => {
        if (editor.operations.some((op) => op.type !== 'set_selection')) onChange(value as TopElement[]);
      }}
    >
      <div className="doc-toolbar" role="toolbar" aria-label="稿件格式">
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => toggleKicker(editor)}>
          {isType(editor.children[0]!, 'kicker') ? '删除引题' : '加引题'}
        </button>
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => toggleSubtitle(editor)}>
          {editor.children.some((c) => isType(c, 'subtitle')) ? '删除副题' : '加副题'}
        </button>
        {!hasDateline(editor) && (
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => addDateline(editor, today())}>
            加电头
          </button>
        )}
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => toggleSubheading(editor)}>
          小标题
        </button>
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => toggleBold(editor)} title="Ctrl+B">
          加粗
        </button>
      </div>
      <DocumentEditable onKeyDown={onKeyDown} onBlur={onBlur} />
    </Slate>
  );
}

/** The editable area; marks itself while an input method composes, so CSS can hide line hints. */
function DocumentEditable({
  onKeyDown,
  onBlur,
}: {
  onKeyDown(event: KeyboardEvent<HTMLDivElement>): void;
  onBlur(): void;
}) {
  const composing = useComposing();
  return (
    <Editable
      className="article-document"
      data-composing={composing}
      data-testid="article-document"
      aria-label="稿件"
      renderElement={renderElement}
      renderLeaf={renderLeaf}
      decorate={decoratePlaceholders}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
      spellCheck={false}
    />
  );
}
