import { createContext, useContext } from 'react';
import { indexDirectory } from '../../../../shared/people/directory';
import type { PeopleSource } from '../core/people';

const EMPTY: PeopleSource = { directory: indexDirectory([]), fallbackDate: '1970-01-01' };

/** What the open article's mentions print from; provided by the article editor. */
export const PeopleSourceContext = createContext<PeopleSource>(EMPTY);

/** The open article's people source. */
export function usePeopleSource(): PeopleSource {
  return useContext(PeopleSourceContext);
}
