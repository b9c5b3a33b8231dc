/**
 * Autosaves by the same person within this long of the first of a run are
 * one revision in the list: the desk sees one revision per few minutes of
 * continuous editing, not one per pause in typing.
 */
export const AUTOSAVE_COALESCE_MS = 5 * 60_000;

/** What the revision list needs of a revision to coalesce it. */
export interface RevisionSummary {
  revision: number;
  updatedAt: string;
  updatedBy: string | null;
  status: string;
  autosaved: boolean;
}

/**
 * The revisions the list shows, oldest first: every explicit save, step,
 * restore and deletion, and of each run of autosaves (one after another, by
 * the same person, in the same status, within `AUTOSAVE_COALESCE_MS` of the
 * run's first) only the last, which holds the run's text. Every revision
 * stays in the article's log; this only decides what is listed.
 */
export function coalescedRevisions<R extends RevisionSummary>(all: readonly R[], windowMs = AUTOSAVE_COALESCE_MS): R[] {
  const shown: R[] = [];
  let runStart: number | null = null;
  all.forEach((r, i) => {
    const next = all[i + 1];
    if (!r.autosaved) {
      runStart = null;
      shown.push(r);
      return;
    }
    runStart ??= Date.parse(r.updatedAt);
    const continues =
      next !== undefined &&
      next.autosaved &&
      next.updatedBy === r.updatedBy &&
      next.status === r.status &&
      Date.parse(next.updatedAt) - runStart <= windowMs;
    if (continues) return;
    shown.push(r);
    runStart = null;
  });
  return shown;
}
