import type { Finding } from '../../../shared/proof/finding';

const RULE_LABELS: Record<string, string> = {
  'person.order': '排序',
  'person.duplicate': '重复',
  'person.name': '人名',
  'person.title': '职务',
  'person.first-mention': '首次出现',
};

/** The people checks' findings for the open article: each explained, click to select it in the text. */
export function PeopleFindings({ findings, onJump }: { findings: readonly Finding[]; onJump(finding: Finding): void }) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <aside className="findings" aria-label="人名核对" data-testid="people-findings">
      <h2>
        人名核对：{findings.length} 处{errors > 0 ? `（${errors} 处错误）` : ''}
      </h2>
      <ul>
        {findings.map((f) => (
          <li key={`${f.rule}-${f.start}-${f.end}`} className={`finding severity-${f.severity}`} data-rule={f.rule}>
            <button type="button" className="link" onClick={() => onJump(f)}>
              <span className="finding-rule">{RULE_LABELS[f.rule] ?? f.rule}</span>
              {f.message}
              {f.suggestion !== undefined && f.suggestion !== '' && (
                <span className="muted">（建议：{f.suggestion}）</span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
