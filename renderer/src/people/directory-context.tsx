import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
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

/** Loads the directory for the whole renderer. */
export function DirectoryProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [people, setPeople] = useState<readonly Person[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Reads the directory; `live()` false drops the answer (the provider went away). */
  const load = useCallback(
    (live: () => boolean) =>
      client.call('people.list').then(
        (list) => {
          if (!live()) return;
          setPeople(list);
          setError(null);
          setLoaded(true);
        },
        (e: Error) => {
          if (!live()) return;
          setError(`人员库读取失败：${e.message}`);
          setLoaded(true);
        },
      ),
    [client],
  );
  useEffect(() => {
    let live = true;
    void load(() => live);
    return () => {
      live = false;
    };
  }, [load]);
  const reload = useCallback(() => load(() => true), [load]);
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
