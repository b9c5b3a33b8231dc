import { useState } from 'react';
import { Problem } from '../app/Problem';
import { errorMessage } from '../app/notify';
import { dayBefore } from '../../../shared/people/directory';
import { PERSON_CATEGORIES, PersonInputSchema, type Person, type PersonInput } from '../../../shared/people/model';
import { todayIso } from '../../../shared/model/date';

interface Props {
  /** The person to edit, or null for a new one. */
  person: Person | null;
  onSave(input: PersonInput): Promise<void>;
  onCancel(): void;
}

interface PeriodDraft {
  title: string;
  rank: string;
  from: string;
  to: string;
}

function toDraft(person: Person | null): PeriodDraft[] {
  return (person?.periods ?? []).map((p) => ({
    title: p.title,
    rank: p.rank === null ? '' : String(p.rank),
    from: p.from ?? '',
    to: p.to ?? '',
  }));
}

/**
 * Adds or edits a person: name, category, organisation and the dated posts.
 * 新任职务 (a promotion or a move) closes the current post the day before
 * the new one starts, so titles stay right for older articles.
 */
export function PersonForm({ person, onSave, onCancel }: Props) {
  const [name, setName] = useState(person?.name ?? '');
  const [category, setCategory] = useState<PersonInput['category']>(person?.category ?? '领导');
  const [organisation, setOrganisation] = useState(person?.organisation ?? '');
  const [periods, setPeriods] = useState<PeriodDraft[]>(() => toDraft(person));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const setPeriod = (index: number, patch: Partial<PeriodDraft>) =>
    setPeriods((list) => list.map((p, i) => (i === index ? { ...p, ...patch } : p)));

  const promote = () => {
    const from = todayIso();
    setPeriods((list) => [
      ...list.map((p) => (p.to === '' && (p.from === '' || p.from < from) ? { ...p, to: dayBefore(from) } : p)),
      { title: '', rank: list.at(-1)?.rank ?? '', from, to: '' },
    ]);
  };

  const submit = async () => {
    const input = {
      id: person?.id,
      name: name.replace(/\s+/g, ''),
      category,
      organisation: organisation.trim(),
      periods: periods.map((p) => ({
        title: p.title.trim(),
        rank: p.rank.trim() === '' ? null : Number(p.rank),
        from: p.from || null,
        to: p.to || null,
      })),
    };
    const parsed = PersonInputSchema.safeParse(input);
    if (!parsed.success) {
      setProblem(parsed.error.issues.map((i) => i.message).join('；'));
      return;
    }
    setBusy(true);
    try {
      await onSave(parsed.data);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="dialog person-form"
      aria-label={person ? `编辑人员：${person.name}` : '新增人员'}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>{person ? `编辑：${person.name}` : '新增人员'}</h2>
      <div className="form-row">
        <label>
          姓名
          <input aria-label="姓名" value={name} maxLength={20} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          类别
          <select
            aria-label="类别"
            value={category}
            onChange={(e) => setCategory(e.target.value as PersonInput['category'])}
          >
            {PERSON_CATEGORIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <label>
          单位
          <input
            aria-label="单位"
            value={organisation}
            maxLength={60}
            onChange={(e) => setOrganisation(e.target.value)}
          />
        </label>
      </div>
      <table className="periods" aria-label="任职时段">
        <thead>
          <tr>
            <th>职务（首次出现时的写法）</th>
            <th>排序（越小越靠前）</th>
            <th>起始日期</th>
            <th>截止日期</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {periods.map((p, i) => (
            <tr key={i}>
              <td>
                <input
                  aria-label={`职务 ${i + 1}`}
                  value={p.title}
                  maxLength={60}
                  onChange={(e) => setPeriod(i, { title: e.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={`排序 ${i + 1}`}
                  inputMode="numeric"
                  value={p.rank}
                  onChange={(e) => setPeriod(i, { rank: e.target.value.replace(/[^\d]/g, '') })}
                />
              </td>
              <td>
                <input
                  type="date"
                  aria-label={`起始日期 ${i + 1}`}
                  value={p.from}
                  onChange={(e) => setPeriod(i, { from: e.target.value })}
                />
              </td>
              <td>
                <input
                  type="date"
                  aria-label={`截止日期 ${i + 1}`}
                  value={p.to}
                  onChange={(e) => setPeriod(i, { to: e.target.value })}
                />
              </td>
              <td>
                <button type="button" onClick={() => setPeriods((list) => list.filter((_, j) => j !== i))}>
                  删除
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">日期留空表示不限。同一天只能有一个职务。</p>
      <div className="form-row">
        <button
          type="button"
          onClick={() => setPeriods((list) => [...list, { title: '', rank: '', from: '', to: '' }])}
        >
          添加时段
        </button>
        <button type="button" onClick={promote} disabled={periods.length === 0}>
          新任职务（从今天起）
        </button>
      </div>
      <Problem message={problem} />
      <div className="form-row">
        <button type="submit" className="primary" disabled={busy}>
          保存
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}
