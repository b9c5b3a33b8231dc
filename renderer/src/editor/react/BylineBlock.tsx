import { useState } from 'react';
import { Transforms } from 'slate';
import { ReactEditor, useSlateStatic, type RenderElementProps } from 'slate-react';
import { BYLINE_LAYOUTS, type Byline } from '../../../../shared/model/article';
import { bylineParts, resolvedBylineLayout } from '../../../../shared/format/house-text';
import type { BylineElement } from '../core/types';
import type { PersonCategory } from '../../../../shared/people/model';
import { PersonSearch } from '../../people/PersonSearch';
import { usePeopleSource } from './people-source';
import { documentDate } from '../core/people';
import { useLocked } from './locked';
import { OWN_EVENTS } from './own-events';

const ROLES: ReadonlyArray<[keyof Omit<Byline, 'layout'>, string]> = [
  ['reporters', '记者'],
  ['correspondents', '通讯员'],
  ['photographers', '摄影'],
  ['interns', '实习生'],
];

const LAYOUT_LABELS: Record<Byline['layout'], string> = {
  auto: '自动',
  lines: '每行一种身份',
  inline: '排在一行',
  glued: '接在末句后',
};

/** Names typed with spaces, 、 or commas between them. */
function splitNames(text: string): string[] {
  return text
    .split(/[\s、，,;；]+/)
    .map((n) => n.trim())
    .filter(Boolean);
}

/** Which byline role a person from the directory goes to, by category. */
const ROLE_OF_CATEGORY: Partial<Record<PersonCategory, keyof Omit<Byline, 'layout'>>> = {
  记者: 'reporters',
  通讯员: 'correspondents',
  摄影: 'photographers',
};
const BYLINE_CATEGORIES = Object.keys(ROLE_OF_CATEGORY) as PersonCategory[];

function BylinePicker({ value, date, onDone }: { value: Byline; date: string; onDone(next: Byline | null): void }) {
  const [texts, setTexts] = useState(
    () => Object.fromEntries(ROLES.map(([k]) => [k, value[k].join(' ')])) as Record<string, string>,
  );
  const [layout, setLayout] = useState(value.layout);
  const { directory } = usePeopleSource();
  return (
    <div className="picker" role="dialog" aria-label="署名" {...OWN_EVENTS}>
      <PersonSearch
        people={directory.people}
        date={date}
        label="从人员库添加署名"
        categories={BYLINE_CATEGORIES}
        onPick={(person) => {
          const role = ROLE_OF_CATEGORY[person.category]!;
          setTexts((t) => {
            const names = splitNames(t[role] ?? '');
            return names.includes(person.name) ? t : { ...t, [role]: [...names, person.name].join(' ') };
          });
        }}
      />
      {ROLES.map(([key, label]) => (
        <label key={key}>
          {label}
          <input
            aria-label={label}
            value={texts[key]}
            placeholder="姓名，以空格分隔"
            onChange={(e) => setTexts({ ...texts, [key]: e.target.value })}
          />
        </label>
      ))}
      <label>
        排法
        <select aria-label="署名排法" value={layout} onChange={(e) => setLayout(e.target.value as Byline['layout'])}>
          {BYLINE_LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {LAYOUT_LABELS[l]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={() =>
          onDone({
            reporters: splitNames(texts.reporters ?? ''),
            correspondents: splitNames(texts.correspondents ?? ''),
            photographers: splitNames(texts.photographers ?? ''),
            interns: splitNames(texts.interns ?? ''),
            layout,
          })
        }
      >
        确定
      </button>
      <button type="button" onClick={() => onDone(null)}>
        取消
      </button>
    </div>
  );
}

/** The byline block at the end of the report, as it will print; 编辑署名 opens the picker. */
export function BylineBlock({ attributes, children, element }: RenderElementProps & { element: BylineElement }) {
  const editor = useSlateStatic();
  const source = usePeopleSource();
  const [open, setOpen] = useState(false);
  const locked = useLocked();
  const parts = bylineParts(element.byline);
  const layout = resolvedBylineLayout(element.byline);
  return (
    <div {...attributes} className="byline-block" data-testid="byline-block">
      <div contentEditable={false}>
        <div className={`byline-text byline-${layout}`} data-testid="byline-text">
          {parts.length === 0 ? <span className="muted">（未署名）</span> : parts.map((p) => <span key={p}>{p}</span>)}
        </div>
        <button type="button" disabled={locked !== null} title={locked ?? undefined} onClick={() => setOpen((o) => !o)}>
          编辑署名
        </button>
        {open && !locked && (
          <BylinePicker
            value={element.byline}
            date={documentDate(editor.children, source.fallbackDate)}
            onDone={(next) => {
              setOpen(false);
              if (next) Transforms.setNodes(editor, { byline: next }, { at: ReactEditor.findPath(editor, element) });
            }}
          />
        )}
      </div>
      {children}
    </div>
  );
}
