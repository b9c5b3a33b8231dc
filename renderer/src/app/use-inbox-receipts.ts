import { useCallback, useEffect, useState } from 'react';
import type { Receipt } from '../../../shared/workflow/submission';
import { useClient } from '../api/use-client';
import { useNotify } from './notify';

/** How often the app asks what the 收稿箱 watch took in. */
const INBOX_POLL_MS = 2000;

/**
 * What came in from the 收稿箱 (the main process watches it; each receipt is
 * shown once) or as a dropped .cdsub; `onArrived` runs when copy arrived, to
 * refresh the list. A 收稿箱 that cannot be read is said once, not every poll.
 */
export function useInboxReceipts(onArrived: () => void) {
  const client = useClient();
  const notify = useNotify();
  const [receipts, setReceipts] = useState<Receipt[]>([]);
  const show = useCallback(
    (list: Receipt[]) => {
      if (list.length === 0) return;
      setReceipts((shown) => [...shown, ...list].slice(-20));
      if (list.some((r) => r.outcome === 'imported' || r.outcome === 'returned')) onArrived();
    },
    [onArrived],
  );
  useEffect(() => {
    let live = true;
    let lastProblem: string | null = null;
    const poll = async () => {
      const result = await client.call('inbox.receipts').catch(() => null);
      if (!live || !result) return;
      show(result.receipts);
      if (result.problem && result.problem !== lastProblem) notify.error(`收稿箱：${result.problem}`);
      lastProblem = result.problem;
    };
    void poll();
    const timer = setInterval(() => void poll(), INBOX_POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [client, notify, show]);
  return { receipts, show, clear: () => setReceipts([]) };
}
