import { useState } from 'react';
import type { RenderElementProps } from 'slate-react';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { Editor, Transforms } from 'slate';
import { TIMES_OF_DAY, isRealDate, type Dateline } from '../../../../shared/model/article';
import { datelinePrefix } from '../../../../shared/format/house-text';
import { leadPath, setDateline } from '../core/plugins/with-dateline';
import type { DatelineElement } from '../core/types';
import { useLocked } from './locked';
import { OWN_EVENTS } from './own-events';

/** The picker for a dateline: source (本报讯), date and 时段. */
function DatelinePicker({ value, onDone }: { value: Dateline; onDone(next: Dateline | null | undefined): void }) {
  const [draft, setDraft] = useState(value);
  // A date the browser cannot take (02/30, half typed) leaves the field empty: say why 确定 waits.
  const [badDate, setBadDate] = useState(false);
  const valid = isRealDate(draft.date) && draft.source.trim().length > 0;
  const problem = badDate
    ? '日期不存在或不完整（如 2月没有30日），请重新选择'
    : !isRealDate(draft.date)
      ? '请选择日期'
      : draft.source.trim().length === 0
        ? '请填写电头来源（如 本报讯）'
        : null;
  return (
    <span className="picker" role="dialog" aria-label="电头" {...OWN_EVENTS}>
      <label>
        来源
        <input
          aria-label="电头来源"
          value={draft.source}
          onChange={(e) => setDraft({ ...draft, source: e.target.value })}
        />
      </label>
      <label>
        日期
        <input
          type="date"
          aria-label="电头日期"
          value={draft.date}
          onChange={(e) => {
            setBadDate(e.target.validity.badInput);
            setDraft({ ...draft, date: e.target.value });
          }}
        />
      </label>
      <label>
        时段
        <select
          aria-label="电头时段"
          value={draft.timeOfDay ?? ''}
          onChange={(e) => setDraft({ ...draft, timeOfDay: (e.target.value || null) as Dateline['timeOfDay'] })}
        >
          <option value="">（不写）</option>
          {TIMES_OF_DAY.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <button type="button" disabled={!valid} onClick={() => onDone({ ...draft, source: draft.source.trim() })}>
        确定
      </button>
      {problem && (
        <span className="error" role="alert">
          {problem}
        </span>
      )}
      <button type="button" onClick={() => onDone(null)}>
        删除电头
      </button>
      <button type="button" onClick={() => onDone(undefined)}>
        取消
      </button>
    </span>
  );
}

/** The dateline chip at the start of the lead; click to change it. */
export function DatelineChip({ attributes, children, element }: RenderElementProps & { element: DatelineElement }) {
  const editor = useSlateStatic();
  const [open, setOpen] = useState(false);
  const locked = useLocked();
  return (
    <span {...attributes} className="dateline-chip" data-testid="dateline-chip">
      <span contentEditable={false}>
        <button
          type="button"
          className="chip"
          title={locked ?? '修改电头'}
          disabled={locked !== null}
          onClick={() => setOpen((o) => !o)}
        >
          {datelinePrefix(element.dateline)}
        </button>
        {open && !locked && (
          <DatelinePicker
            value={element.dateline}
            onDone={(next) => {
              setOpen(false);
              if (next !== undefined) setDateline(editor, next);
              // Back to writing: the cursor goes to the end of the lead.
              const lead = leadPath(editor);
              ReactEditor.focus(editor);
              if (lead) Transforms.select(editor, Editor.end(editor, lead));
            }}
          />
        )}
      </span>
      {children}
    </span>
  );
}
