import type { SearchResult } from '../../../shared/ipc/search-contract';
import { ARTICLE_KINDS, ARTICLE_STATUSES, STATUS_LABELS } from '../../../shared/model/article';
import { DATE_PRESET_LABELS, DATE_PRESETS, type SearchFilters } from '../../../shared/search/filters';
import { useDirectory } from '../people/directory-context';

interface Props {
  filters: SearchFilters;
  facets: SearchResult['facets'];
  onChange(filters: SearchFilters): void;
}

/** `（12）` after a choice: how many results it would give. */
function Count({ n }: { n: number | undefined }) {
  return n === undefined ? null : <span className="muted">（{n}）</span>;
}

/** Toggles `value` in a list. */
function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** The filters beside the results, each choice with its count. */
export function SearchFiltersPanel({ filters, facets, onChange }: Props) {
  const directory = useDirectory();
  const set = (patch: Partial<SearchFilters>) => onChange({ ...filters, ...patch });
  const custom = !filters.datePreset && Boolean(filters.from || filters.to);
  return (
    <div className="search-filters" aria-label="筛选">
      <fieldset>
        <legend>日期</legend>
        <label>
          <input
            type="radio"
            name="date"
            checked={!filters.datePreset && !custom}
            onChange={() => set({ datePreset: null, from: null, to: null })}
          />
          不限
        </label>
        {DATE_PRESETS.map((preset) => (
          <label key={preset}>
            <input
              type="radio"
              name="date"
              checked={filters.datePreset === preset}
              onChange={() => set({ datePreset: preset, from: null, to: null })}
            />
            {DATE_PRESET_LABELS[preset]}
            <Count n={facets?.dates[preset]} />
          </label>
        ))}
        <label>
          从
          <input
            type="date"
            aria-label="起始日期"
            value={filters.from ?? ''}
            onChange={(e) => set({ datePreset: null, from: e.target.value || null })}
          />
        </label>
        <label>
          到
          <input
            type="date"
            aria-label="结束日期"
            value={filters.to ?? ''}
            onChange={(e) => set({ datePreset: null, to: e.target.value || null })}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>状态</legend>
        {ARTICLE_STATUSES.map((status) => (
          <label key={status}>
            <input
              type="checkbox"
              checked={filters.statuses.includes(status)}
              onChange={() => set({ statuses: toggled(filters.statuses, status) })}
            />
            {STATUS_LABELS[status]}
            <Count n={facets?.status[status] ?? (facets ? 0 : undefined)} />
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>类型</legend>
        {ARTICLE_KINDS.map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={filters.kinds.includes(kind)}
              onChange={() => set({ kinds: toggled(filters.kinds, kind) })}
            />
            {kind}
            <Count n={facets?.kind[kind] ?? (facets ? 0 : undefined)} />
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>作者</legend>
        <input
          aria-label="作者"
          list="search-authors"
          placeholder="记者、通讯员或摄影"
          value={filters.author ?? ''}
          onChange={(e) => set({ author: e.target.value.trim() || null })}
        />
        <datalist id="search-authors">
          {directory.people.map((p) => (
            <option key={p.id} value={p.name} />
          ))}
        </datalist>
        <ul className="facet-authors">
          {facets?.authors.map((a) => (
            <li key={a.name}>
              <button type="button" className="link" onClick={() => set({ author: a.name })}>
                {a.name}
              </button>
              <Count n={a.count} />
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>来源与版面</legend>
        <label>
          <input type="checkbox" checked={filters.submitted} onChange={(e) => set({ submitted: e.target.checked })} />
          通讯员投稿
          <Count n={facets?.submitted} />
        </label>
        <label>
          见报日期
          <input
            type="date"
            aria-label="见报日期"
            value={filters.issue ?? ''}
            onChange={(e) => set({ issue: e.target.value || null })}
          />
        </label>
        <label>
          版次
          <input
            type="number"
            min={1}
            max={99}
            aria-label="版次"
            disabled={!filters.issue}
            value={filters.page ?? ''}
            onChange={(e) => set({ page: e.target.value ? Number(e.target.value) : null })}
          />
        </label>
        <label>
          回收站
          <select
            aria-label="回收站"
            value={filters.trash}
            onChange={(e) => set({ trash: e.target.value as SearchFilters['trash'] })}
          >
            <option value="exclude">不含</option>
            <option value="include">包含</option>
            <option value="only">只看回收站</option>
          </select>
          <Count n={facets?.trash} />
        </label>
      </fieldset>
    </div>
  );
}
