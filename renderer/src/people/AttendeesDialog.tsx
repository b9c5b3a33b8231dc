import { useMemo, useState } from 'react';
import { attendeesInOrder, attendeesText } from '../../../shared/people/render';
import type { DirectoryIndex } from '../../../shared/people/directory';
import type { AttendeesData } from '../editor/core/plugins/with-people';
import { PersonSearch } from './PersonSearch';

interface Props {
  directory: DirectoryIndex;
  /** The article's date: order and titles as of that day. */
  date: string;
  /** The chair (the person mentioned before the list in its paragraph): left out of the list. */
  chairId: string | null;
  initial: AttendeesData | null;
  onDone(data: AttendeesData | null): void;
}

const DEFAULT_PREFIX = '区领导';

/**
 * Builds an attendee list: pick people by pinyin in any order; they are shown
 * and printed in protocol order for the article's date, the chair left out;
 * groups (`“一办七部”负责同志`) follow after 以及, one a line.
 */
export function AttendeesDialog({ directory, date, chairId, initial, onDone }: Props) {
  const [prefix, setPrefix] = useState(initial?.prefix ?? DEFAULT_PREFIX);
  const [ids, setIds] = useState<string[]>(initial ? [...initial.personIds] : []);
  const [names, setNames] = useState<Record<string, string>>(initial ? { ...initial.names } : {});
  const [groups, setGroups] = useState((initial?.groups ?? []).join('\n'));
  const chosen = useMemo(() => new Set(ids), [ids]);
  const ordered = attendeesInOrder({ personIds: ids, names }, directory, date, chairId);
  const groupList = groups
    .split('\n')
    .map((g) => g.trim())
    .filter(Boolean);
  const chair = chairId && chosen.has(chairId) ? (directory.byId.get(chairId)?.name ?? names[chairId]) : null;
  const preview = attendeesText(
    prefix.trim(),
    ordered.map((p) => p.name),
    groupList,
  );
  const tooLong = groupList.some((g) => g.length > 60);
  const listed = ids.filter((id) => id !== chairId);

  return (
    <div className="picker attendees-dialog" role="dialog" aria-label="出席名单">
      <label>
        名单前的称谓
        <input aria-label="名单称谓" value={prefix} maxLength={20} onChange={(e) => setPrefix(e.target.value)} />
      </label>
      <PersonSearch
        people={directory.people}
        date={date}
        label="添加出席人员"
        exclude={chosen}
        autoFocus
        onPick={(person) => {
          setIds((list) => [...list, person.id]);
          setNames((n) => ({ ...n, [person.id]: person.name }));
        }}
        onCancel={() => onDone(null)}
      />
      <ol className="attendee-chosen" aria-label="已选人员（按排序）">
        {ordered.map((person) => (
          <li key={person.id}>
            {person.name}
            <button
              type="button"
              className="link"
              aria-label={`移除${person.name}`}
              onClick={() => setIds((list) => list.filter((id) => id !== person.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      {chair && <p className="muted">主持人“{chair}”已在前文出现，不列入名单。</p>}
      <label>
        其他参会单位或人员（每行一项，排在“以及”之后）
        <textarea aria-label="其他参会单位" rows={3} value={groups} onChange={(e) => setGroups(e.target.value)} />
      </label>
      {tooLong && <p className="error">每项最多 60 个字。</p>}
      <p className="attendee-preview" data-testid="attendee-preview">
        {preview || <span className="muted">（名单为空）</span>}
      </p>
      <button
        type="button"
        className="primary"
        disabled={preview === '' || tooLong}
        onClick={() =>
          onDone({
            prefix: prefix.trim(),
            // The chair is left out as the dialog says, also when named as plain text (which the list cannot see).
            personIds: listed,
            names: Object.fromEntries(listed.map((id) => [id, names[id] ?? ''])),
            groups: groupList,
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
