import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { ProofPanel } from '../../renderer/src/proof/ProofPanel';
import { FINDINGS_SHOWN_PER_RULE } from '../../renderer/src/proof/FindingGroup';
import type { Finding } from '../../shared/proof/finding';

afterEach(cleanup);

const comma = (i: number): Finding => ({
  rule: 'punct.halfwidth',
  severity: 'error',
  start: i * 10,
  end: i * 10 + 1,
  text: ',',
  message: `半角逗号 ${i}`,
  suggestion: '，',
});
const repeat: Finding = {
  rule: 'repeat.char',
  severity: 'warning',
  start: 5,
  end: 7,
  text: '的的',
  message: '重复的字“的的”',
};

function panel(findings: Finding[]) {
  const handlers = { onJump: vi.fn(), onFix: vi.fn(), onFixAll: vi.fn(), onIgnore: vi.fn(), onRestoreIgnored: vi.fn() };
  render(<ProofPanel findings={findings} ignored={0} {...handlers} />);
  return handlers;
}

describe('the proofreading panel on long copy', () => {
  // Issue 17: 7,736 findings each rendered with its own buttons after a long paste.
  it('lists the first few of each rule with the rule’s count, and more on request', () => {
    const handlers = panel([...Array.from({ length: 1500 }, (_, i) => comma(i)), repeat]);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('校对：1501 处（错误 1500）');
    const group = screen.getByText(/^半角标点 1500/).closest('.finding-group') as HTMLElement;
    expect(within(group).getAllByRole('listitem')).toHaveLength(FINDINGS_SHOWN_PER_RULE);
    // The other rule is not pushed out of sight by the many commas.
    expect(screen.getByRole('button', { name: '重复的字“的的”' })).toBeTruthy();
    fireEvent.click(within(group).getByRole('button', { name: `再显示 20 处（还有 ${1500 - 20} 处）` }));
    expect(within(group).getAllByRole('listitem')).toHaveLength(2 * FINDINGS_SHOWN_PER_RULE);
    // 全部修正 still covers every finding of the rule, shown or not.
    fireEvent.click(within(group).getByRole('button', { name: '全部修正（1500）' }));
    expect(handlers.onFixAll).toHaveBeenCalledWith('punct.halfwidth');
    expect(document.querySelectorAll('li.finding').length).toBeLessThan(60);
  });

  it('shows a short list whole, without 再显示', () => {
    panel([comma(1), comma(2), repeat]);
    expect(document.querySelectorAll('li.finding')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: /再显示/ })).toBeNull();
  });
});
