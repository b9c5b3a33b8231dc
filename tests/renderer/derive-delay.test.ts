import { describe, expect, it } from 'vitest';
import { DERIVE_DELAY_MS, deriveDelay } from '../../renderer/src/editor/hooks/use-article-session';

describe('deriveDelay', () => {
  it('waits the short delay in ordinary articles and longer, up to 800 ms, in long ones', () => {
    expect(deriveDelay(0)).toBe(DERIVE_DELAY_MS);
    expect(deriveDelay(200)).toBe(DERIVE_DELAY_MS);
    expect(deriveDelay(1000)).toBe(400);
    expect(deriveDelay(2200)).toBe(700);
    expect(deriveDelay(100_000)).toBe(800);
  });
});
