import { useCallback, useEffect, useState } from 'react';

/** Data read from the services once, and again on `reload()`. */
export interface Loaded<T> {
  value: T;
  /** False until the first read finishes (successfully or not). */
  loaded: boolean;
  error: string | null;
  reload(): Promise<void>;
}

/**
 * Reads data when the component mounts and whenever `reload` is called; an
 * answer that arrives after the component went away is dropped. `what` names
 * the data in the Chinese error message.
 */
export function useLoaded<T>(read: () => Promise<T>, initial: T, what: string): Loaded<T> {
  const [value, setValue] = useState<T>(initial);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(
    (live: () => boolean) =>
      read().then(
        (next) => {
          if (!live()) return;
          setValue(next);
          setError(null);
          setLoaded(true);
        },
        (e: Error) => {
          if (!live()) return;
          setError(`${what}读取失败：${e.message}`);
          setLoaded(true);
        },
      ),
    [read, what],
  );
  useEffect(() => {
    let live = true;
    void load(() => live);
    return () => {
      live = false;
    };
  }, [load]);
  const reload = useCallback(() => load(() => true), [load]);
  return { value, loaded, error, reload };
}
