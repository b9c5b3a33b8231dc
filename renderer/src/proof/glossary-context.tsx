import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { GlossaryEntry } from '../../../shared/proof/glossary';
import { useClient } from '../api/use-client';
import { useLoaded } from '../api/use-loaded';

/** The word list (词表) as the renderer holds it. */
export interface GlossaryState {
  entries: readonly GlossaryEntry[];
  /** True while the built-in list is in use (the newsroom has not saved its own). */
  builtIn: boolean;
  loaded: boolean;
  error: string | null;
  reload(): Promise<void>;
}

const GlossaryContext = createContext<GlossaryState | null>(null);
const NONE = { entries: [] as GlossaryEntry[], builtIn: true };

/** Loads the word list for the whole renderer. */
export function GlossaryProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const read = useCallback(() => client.call('glossary.list'), [client]);
  const { value: list, loaded, error, reload } = useLoaded(read, NONE, '词表');
  const value = useMemo(
    () => ({ entries: list.entries, builtIn: list.builtIn, loaded, error, reload }),
    [list, loaded, error, reload],
  );
  return <GlossaryContext.Provider value={value}>{children}</GlossaryContext.Provider>;
}

/** The word list loaded by GlossaryProvider. */
export function useGlossary(): GlossaryState {
  const state = useContext(GlossaryContext);
  if (!state) throw new Error('GlossaryProvider missing');
  return state;
}
