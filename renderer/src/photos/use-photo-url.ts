import { useEffect, useState } from 'react';
import type { Client } from '../../../shared/ipc/client';
import { useClient } from '../api/use-client';

/** Renditions already fetched (or being fetched), by hash and name: each picture crosses IPC once per session. */
const cache = new Map<string, Promise<string>>();

/** Most renditions kept; the oldest are dropped first (a view is 100–300 KB as a data URL). */
const CACHE_ITEMS = 200;

/** A rendition's data URL, from the cache or fetched once. */
export function photoUrl(client: Client, hash: string, rendition: 'thumb' | 'view'): Promise<string> {
  const key = `${hash}:${rendition}`;
  let found = cache.get(key);
  if (!found) {
    found = client.call('photos.rendition', { hash, rendition }).then((r) => r.url);
    found.catch(() => cache.delete(key));
    cache.set(key, found);
    if (cache.size > CACHE_ITEMS) cache.delete(cache.keys().next().value!);
  }
  return found;
}

/** What a picture shows while its rendition loads: the URL, or why it cannot be shown. */
export interface PhotoUrlState {
  url: string | null;
  error: string | null;
}

/** The data URL of a stored picture's rendition, loaded in the background (typing is never held up by it). */
export function usePhotoUrl(hash: string, rendition: 'thumb' | 'view' = 'view'): PhotoUrlState {
  const client = useClient();
  const [state, setState] = useState<PhotoUrlState & { key: string }>({ key: '', url: null, error: null });
  const key = `${hash}:${rendition}`;
  useEffect(() => {
    let live = true;
    photoUrl(client, hash, rendition).then(
      (url) => live && setState({ key, url, error: null }),
      (error: unknown) =>
        live && setState({ key, url: null, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [client, hash, rendition, key]);
  return state.key === key ? state : { url: null, error: null };
}
