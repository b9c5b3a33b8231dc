import { useState } from 'react';
import { Transforms } from 'slate';
import { ReactEditor, useSlateSelector, useSlateStatic, type RenderElementProps } from 'slate-react';
import { MENTION_FORMS, type MentionForm } from '../../../../shared/people/model';
import { AttendeesDialog } from '../../people/AttendeesDialog';
import { chairBefore, documentDate, peopleTexts, type PeopleElement } from '../core/people';
import { usePeopleSource } from './people-source';
import { updatePeopleElement } from '../core/plugins/with-people';
import type { AttendeesElement, PersonElement } from '../core/types';

const FORM_LABELS: Record<MentionForm, string> = {
  auto: '自动（首次出现带职务）',
  full: '总是带职务',
  name: '只写姓名',
};

/** The printed text of a people element, re-rendered only when it changes. */
function usePrintedText(element: PeopleElement, fallback: string): string {
  const source = usePeopleSource();
  return useSlateSelector((editor) => peopleTexts(editor.children, source).get(element) ?? fallback);
}

/** Puts the cursor back after an element and returns focus to the document. */
function backToText(editor: ReturnType<typeof useSlateStatic>, element: PeopleElement): void {
  try {
    const path = ReactEditor.findPath(editor, element);
    ReactEditor.focus(editor);
    Transforms.select(editor, { path: [...path.slice(0, -1), path.at(-1)! + 1], offset: 0 });
  } catch {
    // The element is gone (removed): focus stays where it was.
  }
}

/** A person mention: the printed text; click to change how it prints or remove it. */
export function MentionChip({ attributes, children, element }: RenderElementProps & { element: PersonElement }) {
  const editor = useSlateStatic();
  const { directory } = usePeopleSource();
  const [open, setOpen] = useState(false);
  const text = usePrintedText(element, element.name);
  const missing = !directory.byId.has(element.personId);
  return (
    <span {...attributes} className="mention-wrap">
      <span
        contentEditable={false}
        className={missing ? 'mention missing' : 'mention'}
        data-testid="mention"
        title={missing ? `人员库中已无“${element.name}”，按原名印出` : '人名来自人员库，点击修改'}
      >
        <span role="button" tabIndex={-1} onClick={() => setOpen((o) => !o)}>
          {text}
        </span>
        {open && (
          <span className="picker" role="dialog" aria-label={`人名：${element.name}`}>
            {MENTION_FORMS.map((form) => (
              <label key={form}>
                <input
                  type="radio"
                  name={`form-${element.personId}`}
                  checked={element.form === form}
                  onChange={() => {
                    updatePeopleElement(editor, ReactEditor.findPath(editor, element), { form });
                    setOpen(false);
                  }}
                />
                {FORM_LABELS[form]}
              </label>
            ))}
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                Transforms.removeNodes(editor, { at: ReactEditor.findPath(editor, element) });
              }}
            >
              删除人名
            </button>
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                backToText(editor, element);
              }}
            >
              关闭
            </button>
          </span>
        )}
      </span>
      {children}
    </span>
  );
}

/** An attendee list: the printed list; click to edit it. */
export function AttendeesChip({ attributes, children, element }: RenderElementProps & { element: AttendeesElement }) {
  const editor = useSlateStatic();
  const source = usePeopleSource();
  const [open, setOpen] = useState(false);
  const text = usePrintedText(element, '');
  return (
    <span {...attributes} className="mention-wrap">
      <span contentEditable={false} className="mention attendees" data-testid="attendees">
        <span role="button" tabIndex={-1} title="出席名单来自人员库，点击编辑" onClick={() => setOpen((o) => !o)}>
          {text || '（空名单）'}
        </span>
        {open && (
          <AttendeesDialog
            directory={source.directory}
            date={documentDate(editor.children, source.fallbackDate)}
            chairId={chairBefore(editor.children, ReactEditor.findPath(editor, element), source.directory)}
            initial={element}
            onDone={(data) => {
              setOpen(false);
              if (data) updatePeopleElement(editor, ReactEditor.findPath(editor, element), data);
              backToText(editor, element);
            }}
          />
        )}
      </span>
      {children}
    </span>
  );
}
