import { useLayoutEffect, useMemo, type RefObject } from 'react';
import { useDirectory } from '../../people/directory-context';
import type { PeopleSource } from '../core/people';
import { indexDirectory } from '../../../../shared/people/directory';

/** The people source before the directory and the article are loaded. */
export const NO_PEOPLE: PeopleSource = { directory: indexDirectory([]), fallbackDate: '1970-01-01' };

/**
 * Where mentions get their printed names: the directory, as of the dateline's
 * date (an article without one, as of the day it was created). `sourceRef`
 * is kept at the latest for code that runs outside React's render (timers,
 * commands).
 */
export function usePeopleSource(createdAt: string | null, sourceRef: RefObject<PeopleSource>) {
  const directory = useDirectory();
  const createdOn = createdAt?.slice(0, 10) ?? null;
  const peopleSource = useMemo<PeopleSource>(
    () => ({ directory: directory.index, fallbackDate: createdOn ?? '1970-01-01' }),
    [directory.index, createdOn],
  );
  useLayoutEffect(() => {
    sourceRef.current = peopleSource;
  }, [sourceRef, peopleSource]);
  return { peopleSource, directoryLoaded: directory.loaded };
}
