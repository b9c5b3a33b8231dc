import { createContext, useContext } from 'react';

/** One placement of a photo: which page (第2版) and the effective ppi it prints at there. */
export interface PhotoPpi {
  where: string;
  ppi: number;
}

/**
 * The effective resolution of each photo of the open article on every page it
 * is placed on, by the picture's hash (from the issue plans, as the content is
 * now): the photo blocks read it to show it live.
 */
export const PhotoPpiContext = createContext<ReadonlyMap<string, readonly PhotoPpi[]>>(new Map());

/** Where a photo is placed and at what ppi (empty when it is on no page). */
export function usePhotoPpi(hash: string): readonly PhotoPpi[] {
  return useContext(PhotoPpiContext).get(hash) ?? [];
}
