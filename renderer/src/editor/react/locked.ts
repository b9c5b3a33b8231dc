import { createContext, useContext } from 'react';

/**
 * Why the open article cannot be changed (lockedReason of its status), or
 * null when it can. Controls that would change it read this to disable
 * themselves and say why.
 */
export const LockedContext = createContext<string | null>(null);

/** The reason the open article is locked, or null. */
export function useLocked(): string | null {
  return useContext(LockedContext);
}
