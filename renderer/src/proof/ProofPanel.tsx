import type { Finding, Severity } from '../../../shared/proof/finding';
import { RULE_LABELS, RULES, type RuleId } from '../../../shared/proof/engine';
import { FindingGroup } from './FindingGroup';

interface Props {
  findings: readonly Finding[];
  /** How many findings this article ignores. */
  ignored: number;
  onJump(finding: Finding): void;
  onFix(finding: Finding): void;
  onFixAll(rule: string): void;
  onIgnore(finding: Finding): void;
  onRestoreIgnored(): void;
  /** The whole article is still being read (just opened, or the directory or word list changed). */
  reading?: boolean;
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

/**
 * The proofreading panel: findings grouped by severity and rule, with counts,
 * each rule listing its first few (FindingGroup); click one to select it in
 * the text; 修正 applies its suggestion, 全部修正 every suggestion of a rule,
 * 忽略 hides it in this article for good.
 */
export function ProofPanel({
  findings,
  ignored,
  onJump,
  onFix,
  onFixAll,
  onIgnore,
  onRestoreIgnored,
  reading = false,
}: Props) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <aside className="findings" aria-label="校对" data-testid="proof-panel" aria-busy={reading}>
      <h2>
        {reading && findings.length === 0 ? (
          '校对：正在通读全文…'
        ) : (
          <>
            校对：{findings.length === 0 ? '未发现问题' : `${findings.length} 处`}
            {errors > 0 && `（错误 ${errors}）`}
          </>
        )}
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
            {rules.map((rule) => (
              <FindingGroup
                key={rule}
                rule={rule}
                label={label(rule)}
                items={list.filter((f) => f.rule === rule)}
                onJump={onJump}
                onFix={onFix}
                onFixAll={onFixAll}
                onIgnore={onIgnore}
              />
            ))}
          </section>
        );
      })}
    </aside>
  );
}
