import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useLoaded } from '../api/use-loaded';
import { indexDirectory, type DirectoryIndex } from '../../../shared/people/directory';
import type { Person } from '../../../shared/people/model';
import { useClient } from '../api/use-client';

/** The 人员库 as the renderer holds it: loaded once, reloaded after every change. */
export interface DirectoryState {
  people: readonly Person[];
  index: DirectoryIndex;
  /** False until the first load finishes (the editor waits for it: mentions print from it). */
  loaded: boolean;
  error: string | null;
  reload(): Promise<void>;
}

const DirectoryContext = createContext<DirectoryState | null>(null);

const NOBODY: readonly Person[] = [];

/** Loads the directory for the whole renderer. */
export function DirectoryProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const read = useCallback(() => client.call('people.list'), [client]);
  const { value: people, loaded, error, reload } = useLoaded<readonly Person[]>(read, NOBODY, '人员库');
  const index = useMemo(() => indexDirectory(people), [people]);
  const value = useMemo(() => ({ people, index, loaded, error, reload }), [people, index, loaded, error, reload]);
  return <DirectoryContext.Provider value={value}>{children}</DirectoryContext.Provider>;
}

/** The directory loaded by DirectoryProvider. */
export function useDirectory(): DirectoryState {
  const state = useContext(DirectoryContext);
  if (!state) throw new Error('DirectoryProvider missing');
  return state;
}
