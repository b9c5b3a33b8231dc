import type { Finding, Severity } from '../../../shared/proof/finding';
import { RULE_LABELS, RULES, type RuleId } from '../../../shared/proof/engine';

interface Props {
  findings: readonly Finding[];
  /** How many findings this article ignores. */
  ignored: number;
  onJump(finding: Finding): void;
  onFix(finding: Finding): void;
  onFixAll(rule: string): void;
  onIgnore(finding: Finding): void;
  onRestoreIgnored(): void;
}

const SEVERITIES: ReadonlyArray<[Severity, string]> = [
  ['error', '错误'],
  ['warning', '提示'],
  ['info', '参考'],
];

const label = (rule: string) => RULE_LABELS[rule as RuleId] ?? rule;
const order = (rule: string) => {
  const at = (RULES as readonly string[]).indexOf(rule);
  return at < 0 ? RULES.length : at;
};

/** What 修正 does, for the button's title. */
function fixTitle(f: Finding): string {
  if (f.rule === 'format.broken-line') return '与下一段接成一段';
  if (f.rule === 'format.placeholder') return '删去占位符的残余，保留插入的内容';
  return f.suggestion === '' ? `删去“${f.text}”` : `改为“${f.suggestion}”`;
}

/**
 * The proofreading panel: findings grouped by severity and rule, with counts;
 * click one to select it in the text; 修正 applies its suggestion, 全部修正
 * every suggestion of a rule, 忽略 hides it in this article for good.
 */
export function ProofPanel({ findings, ignored, onJump, onFix, onFixAll, onIgnore, onRestoreIgnored }: Props) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <aside className="findings" aria-label="校对" data-testid="proof-panel">
      <h2>
        校对：{findings.length === 0 ? '未发现问题' : `${findings.length} 处`}
        {errors > 0 && `（错误 ${errors}）`}
      </h2>
      {ignored > 0 && (
        <p className="muted">
          已忽略 {ignored} 处
          <button type="button" className="link" onClick={onRestoreIgnored}>
            恢复
          </button>
        </p>
      )}
      {SEVERITIES.map(([severity, name]) => {
        const list = findings.filter((f) => f.severity === severity);
        if (list.length === 0) return null;
        const rules = [...new Set(list.map((f) => f.rule))].sort((a, b) => order(a) - order(b));
        return (
          <section key={severity} aria-label={`${name} ${list.length} 处`} className={`severity-${severity}`}>
            <h3>
              {name} {list.length}
            </h3>
            {rules.map((rule) => {
              const items = list.filter((f) => f.rule === rule);
              const fixable = items.filter((f) => f.suggestion !== undefined).length;
              return (
                <div key={rule} className="finding-group" data-rule-group={rule}>
                  <h4>
                    {label(rule)} {items.length}
                    {fixable > 1 && (
                      <button type="button" className="link" onClick={() => onFixAll(rule)}>
                        全部修正（{fixable}）
                      </button>
                    )}
                  </h4>
                  <ul>
                    {items.map((f) => (
                      <li
                        key={`${f.rule}-${f.start}-${f.end}`}
                        className={`finding severity-${f.severity}`}
                        data-rule={f.rule}
                      >
                        <button type="button" className="link" onClick={() => onJump(f)}>
                          {f.message}
                        </button>
                        {f.suggestion !== undefined && (
                          <button type="button" className="fix" title={fixTitle(f)} onClick={() => onFix(f)}>
                            修正
                          </button>
                        )}
                        <button type="button" className="fix" title="在本稿中不再提示" onClick={() => onIgnore(f)}>
                          忽略
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </section>
        );
      })}
    </aside>
  );
}
