import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { searchPeople, titleOn } from '../../../shared/people/directory';
import type { Person, PersonCategory } from '../../../shared/people/model';

interface Props {
  people: readonly Person[];
  /** The day titles are shown for. */
  date: string;
  label: string;
  /** Only people of these categories are offered (all when absent). */
  categories?: readonly PersonCategory[];
  /** People already chosen, shown as such and not offered again. */
  exclude?: ReadonlySet<string>;
  autoFocus?: boolean;
  onPick(person: Person): void;
  /** Escape in the search box. */
  onCancel?(): void;
}

/** Most results shown at once. */
const MAX_RESULTS = 8;

/**
 * A search box over the 人员库: type a name, its pinyin or its initials (`qs`
 * finds 乔耸), pick with the mouse or with ↑ ↓ and Enter.
 */
export function PersonSearch({ people, date, label, categories, exclude, autoFocus, onPick, onCancel }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const results = useMemo(() => {
    if (query.trim() === '') return [];
    const pool = people.filter(
      (p) => (!categories || categories.includes(p.category)) && !(exclude && exclude.has(p.id)),
    );
    return searchPeople(pool, query).slice(0, MAX_RESULTS);
  }, [people, query, categories, exclude]);

  const pick = (person: Person) => {
    onPick(person);
    setQuery('');
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((a) => Math.min(a + 1, results.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const person = results[active];
      if (person) pick(person);
    } else if (event.key === 'Escape') {
      onCancel?.();
    }
  };

  return (
    <div className="person-search">
      <input
        aria-label={label}
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls={listId}
        placeholder="姓名、拼音或首字母（如 qs）"
        value={query}
        autoFocus={autoFocus}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {query.trim() !== '' && (
        <ul id={listId} role="listbox" aria-label={`${label}结果`} className="person-results">
          {results.length === 0 && <li className="muted">人员库中没有找到“{query.trim()}”</li>}
          {results.map((person, i) => (
            <li
              key={person.id}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(person)}
            >
              <strong>{person.name}</strong> <span className="muted">{titleOn(person, date) || person.category}</span>
              {person.organisation && <span className="muted"> · {person.organisation}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
