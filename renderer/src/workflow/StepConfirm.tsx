import { useState } from 'react';
import type { TransitionRule } from '../../../shared/workflow/transitions';

/**
 * The question asked before a step that cannot be taken back (投稿, 签发).
 * 签发 also asks for the 值班主任 passphrase, so that nobody signs copy off
 * by choosing the role in 设置.
 */
export function StepConfirm({
  rule,
  question,
  onConfirm,
  onCancel,
}: {
  rule: TransitionRule;
  question: string;
  onConfirm(passphrase: string | undefined): void;
  onCancel(): void;
}) {
  const asksPassphrase = rule.to === 'signed';
  const [passphrase, setPassphrase] = useState('');
  return (
    <form
      className="find-bar"
      role="alertdialog"
      aria-label={`确认${rule.action}`}
      onSubmit={(e) => {
        e.preventDefault();
        onConfirm(asksPassphrase ? passphrase : undefined);
      }}
    >
      <span>{question}</span>
      {asksPassphrase && (
        <input
          type="password"
          aria-label="值班主任口令"
          placeholder="值班主任口令"
          autoComplete="current-password"
          autoFocus
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
        />
      )}
      <button type="submit" className="primary" disabled={asksPassphrase && passphrase === ''}>
        确定{rule.action}
      </button>
      <button type="button" onClick={onCancel}>
        取消
      </button>
    </form>
  );
}
