import { createContext, useContext, useMemo, type ReactNode } from 'react';

/** The one way errors reach the user in the renderer: where they are shown depends on the nearest provider. */
export interface Notify {
  /** Shows a message as a problem (role alert). */
  error(message: string): void;
  /** Shows why something failed, in Chinese, optionally after what was being done (`无法导入“x”：`). */
  fail(error: unknown, doing?: string): void;
}

/** The Chinese message of anything thrown: a service's CopydeskError or any Error carries one; anything else as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const NotifyContext = createContext<Notify | null>(null);

/**
 * Gives the views below it a `useNotify()` that shows errors through `show`:
 * the app's alert line at the root, the editor's own problem line inside the
 * editor (a nearer provider).
 */
export function NotifyProvider({ show, children }: { show(message: string): void; children: ReactNode }) {
  const notify = useMemo<Notify>(
    () => ({
      error: show,
      fail: (error, doing) => show(doing ? `${doing}：${errorMessage(error)}` : errorMessage(error)),
    }),
    [show],
  );
  return <NotifyContext.Provider value={notify}>{children}</NotifyContext.Provider>;
}

/** Where this view's errors go. */
export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('NotifyProvider missing');
  return notify;
}
