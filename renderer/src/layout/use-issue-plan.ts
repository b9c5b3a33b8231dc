import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useNotify } from '../app/notify';
import type { Issue, IssueInput } from '../../../shared/layout/issue';
import { nextIssue } from '../../../shared/layout/plan-edits';
import { todayIso } from '../../../shared/model/date';
import { useClient } from '../api/use-client';

/** Saves this long after the last change. */
const SAVE_DELAY_MS = 400;

/** Where the planner remembers the issue last open (this window's storage; ids only, no copy). */
const OPEN_ISSUE_KEY = 'copydesk.planner.openIssue';

function rememberedIssue(): string | null {
  try {
    return localStorage.getItem(OPEN_ISSUE_KEY);
  } catch {
    return null;
  }
}

function rememberIssue(id: string | undefined): void {
  try {
    if (id) localStorage.setItem(OPEN_ISSUE_KEY, id);
  } catch {
    // Storage refused (private mode, quota): the planner just opens on no issue next time.
  }
}

/**
 * The issue plans and the one open in the planner: the list, loaded once;
 * `change` applies an edit to the open plan at once and saves it shortly
 * after the last change (a new plan gets its id from that first save). The
 * planner opens again on the issue last open in it.
 */
export function useIssuePlan() {
  const client = useClient();
  const notify = useNotify();
  const [issues, setIssues] = useState<Issue[]>([]);
  const [plan, setPlan] = useState<IssueInput | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  /** Whether the open plan's last change is on disk (shown beside the plan, so the page editor knows). */
  const [saved, setSaved] = useState(true);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let live = true;
    client
      .call('issues.list')
      .then((list) => {
        if (!live) return;
        setIssues(list);
        const last = list.find((i) => i.id === rememberedIssue());
        if (last) setPlan((open) => open ?? last);
      })
      .catch((e: unknown) => live && notify.fail(e));
    return () => {
      live = false;
    };
  }, [client, notify]);

  // The plan as last set, for changes made from event handlers.
  const planRef = useRef(plan);
  useLayoutEffect(() => {
    planRef.current = plan;
  }, [plan]);

  /** Applies a change to the open plan and saves it shortly after. */
  const change = useCallback(
    (update: (plan: IssueInput) => IssueInput) => {
      const current = planRef.current;
      if (!current) return;
      const next = update(current);
      planRef.current = next;
      setPlan(next);
      setSaved(false);
      if (saveTimer.current) clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(() => {
        saveTimer.current = null;
        client
          .call('issues.save', planRef.current ?? next)
          .then((saved) => {
            setProblem(null);
            if (!saveTimer.current) setSaved(true);
            setIssues((list) => [saved, ...list.filter((i) => i.id !== saved.id)]);
            if (planRef.current && !planRef.current.id) {
              planRef.current = { ...planRef.current, id: saved.id };
              setPlan(planRef.current);
              rememberIssue(saved.id);
            }
          })
          .catch((e: Error) => setProblem(`版面计划没有保存：${e.message}`));
      }, SAVE_DELAY_MS);
    },
    [client],
  );
  useEffect(
    () => () => {
      if (saveTimer.current) clearTimeout(saveTimer.current);
    },
    [],
  );

  /** 新建一期: after the latest one, saved at once. */
  const createIssue = () => {
    planRef.current = nextIssue(issues, todayIso());
    change((p) => p);
  };

  /** Opens one of the plans. */
  const choose = (id: string) => {
    const chosen = issues.find((i) => i.id === id);
    if (chosen) setPlan(chosen);
    rememberIssue(chosen?.id);
  };

  return { issues, plan, saved, change, createIssue, choose, problem, setProblem };
}
