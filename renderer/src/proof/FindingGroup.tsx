import { useState } from 'react';
import type { Finding } from '../../../shared/proof/finding';

/**
 * How many findings of one rule the panel lists at first, and how many more
 * each 再显示 adds. A long imported article can carry thousands of slips of
 * one kind (half-width commas); listing them all would put thousands of
 * buttons on screen and slow every keystroke, while the rule's count and
 * 全部修正 already say what matters.
 */
export const FINDINGS_SHOWN_PER_RULE = 20;

/** What 修正 does, for the button's title. */
function fixTitle(f: Finding): string {
  if (f.rule === 'format.broken-line') return '与下一段接成一段';
  if (f.rule === 'format.placeholder') return '删去占位符的残余，保留插入的内容';
  return f.suggestion === '' ? `删去“${f.text}”` : `改为“${f.suggestion}”`;
}

/** One rule's findings in the panel: its name and count, 全部修正, and the first few, with 再显示 for the rest. */
export function FindingGroup({
  rule,
  label,
  items,
  onJump,
  onFix,
  onFixAll,
  onIgnore,
}: {
  rule: string;
  label: string;
  items: readonly Finding[];
  onJump(finding: Finding): void;
  onFix(finding: Finding): void;
  onFixAll(rule: string): void;
  onIgnore(finding: Finding): void;
}) {
  const [shown, setShown] = useState(FINDINGS_SHOWN_PER_RULE);
  const fixable = items.filter((f) => f.suggestion !== undefined).length;
  const rest = items.length - shown;
  return (
    <div className="finding-group" data-rule-group={rule}>
      <h4>
        {label} {items.length}
        {fixable > 1 && (
          <button type="button" className="link" onClick={() => onFixAll(rule)}>
            全部修正（{fixable}）
          </button>
        )}
      </h4>
      <ul>
        {items.slice(0, shown).map((f) => (
          <li key={`${f.rule}-${f.start}-${f.end}`} className={`finding severity-${f.severity}`} data-rule={f.rule}>
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
      {rest > 0 && (
        <button type="button" className="link" onClick={() => setShown((n) => n + FINDINGS_SHOWN_PER_RULE)}>
          再显示 {Math.min(rest, FINDINGS_SHOWN_PER_RULE)} 处（还有 {rest} 处）
        </button>
      )}
    </div>
  );
}
