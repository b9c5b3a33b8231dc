import type { Workflow } from './workflow';

/** How often the 收稿箱 is looked at. Polling, not fs.watch: change events are unreliable on network shares. */
export const INBOX_POLL_MS = 3000;

/**
 * Watches the 收稿箱 folder set in the workflow settings: every few seconds
 * (and once at once) whatever waits there is taken in, its receipts kept for
 * the app (`inbox.receipts`). An error (a share gone away) is kept as the
 * inbox's problem for the app to say, and the watch goes on.
 */
export function watchInbox(workflow: Workflow, pollMs = INBOX_POLL_MS): { stop(): void } {
  let stopped = false;
  let busy = false;
  const tick = async () => {
    if (stopped || busy) return;
    busy = true;
    try {
      const { inboxDir } = await workflow.settings.get();
      if (inboxDir) workflow.inbox.remember(await workflow.inbox.scan(inboxDir));
    } catch (error) {
      workflow.inbox.problem = (error as Error).message;
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void tick(), pollMs);
  timer.unref();
  void tick();
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
