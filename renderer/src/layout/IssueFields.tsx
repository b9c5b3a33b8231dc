import type { IssueInput } from '../../../shared/layout/issue';
import { addPage } from '../../../shared/layout/plan-edits';

/** The issue's own fields (报名, 出版日期, 期号, 总期号), 加一版 and 导出整期 PDF. */
export function IssueFields({
  plan,
  change,
  onPrintAll,
}: {
  plan: IssueInput;
  change(update: (plan: IssueInput) => IssueInput): void;
  onPrintAll(): void;
}) {
  const digits = (text: string) => Number(text.replace(/\D/g, '')) || 1;
  return (
    <div className="form-row">
      <label>
        报名
        <input
          aria-label="报名"
          value={plan.paper}
          onChange={(e) => change((p) => ({ ...p, paper: e.target.value }))}
        />
      </label>
      <label>
        日期
        <input
          type="date"
          aria-label="出版日期"
          value={plan.date}
          onChange={(e) => e.target.value && change((p) => ({ ...p, date: e.target.value }))}
        />
      </label>
      <label>
        期号
        <input
          aria-label="期号"
          inputMode="numeric"
          value={plan.number}
          onChange={(e) => change((p) => ({ ...p, number: digits(e.target.value) }))}
        />
      </label>
      <label>
        总期号
        <input
          aria-label="总期号"
          inputMode="numeric"
          value={plan.totalNumber}
          onChange={(e) => change((p) => ({ ...p, totalNumber: digits(e.target.value) }))}
        />
      </label>
      <button type="button" onClick={() => change(addPage)}>
        加一版
      </button>
      <button
        type="button"
        disabled={!plan.id || plan.pages.every((p) => p.placements.length === 0)}
        onClick={onPrintAll}
      >
        导出整期 PDF…
      </button>
    </div>
  );
}
