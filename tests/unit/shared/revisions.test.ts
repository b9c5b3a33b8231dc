import { describe, expect, it } from 'vitest';
import { AUTOSAVE_COALESCE_MS, coalescedRevisions, type RevisionSummary } from '../../../shared/model/revisions';

const at = (minutes: number) => new Date(Date.UTC(2020, 2, 18, 9, 0) + minutes * 60_000).toISOString();
let n = 0;
const rev = (minutes: number, autosaved: boolean, updatedBy = '王编辑', status = 'editing'): RevisionSummary => ({
  revision: ++n,
  updatedAt: at(minutes),
  updatedBy,
  status,
  autosaved,
});

describe('coalescedRevisions', () => {
  it('keeps the last autosave of a run within the window, and starts a new run after it', () => {
    n = 0;
    const all = [rev(0, false), ...Array.from({ length: 24 }, (_, i) => rev(1 + i / 2, true))];
    // 24 autosaves over 12 minutes: runs of at most five minutes from their first.
    // Runs start at minutes 1, 6.5 and 12 (each at most five minutes long); each is listed as its last.
    expect(coalescedRevisions(all).map((r) => r.revision)).toEqual([1, 12, 23, 25]);
    expect(AUTOSAVE_COALESCE_MS).toBe(5 * 60_000);
  });

  it('ends a run at an explicit save, another person or a change of status', () => {
    n = 0;
    const all = [
      rev(0, true),
      rev(1, true),
      rev(2, false),
      rev(3, true),
      rev(4, true, '李主任'),
      rev(5, true, '李主任', 'pending'),
    ];
    expect(coalescedRevisions(all).map((r) => r.revision)).toEqual([2, 3, 4, 5, 6]);
  });

  it('lists everything when nothing was autosaved', () => {
    n = 0;
    const all = [rev(0, false), rev(1, false), rev(2, false)];
    expect(coalescedRevisions(all)).toEqual(all);
  });
});
