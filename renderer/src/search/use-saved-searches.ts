import { useCallback } from 'react';
import { useClient } from '../api/use-client';
import { useLoaded } from '../api/use-loaded';
import type { SavedSearch } from '../../../shared/search/saved';

/** A new saved search's id. */
function newId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** The saved searches with their live counts, and saving and deleting them. */
export function useSavedSearches() {
  const client = useClient();
  const read = useCallback(() => client.call('search.savedList'), [client]);
  const loaded = useLoaded<Array<SavedSearch & { count: number }>>(read, [], '保存的检索');
  const save = async (name: string, search: Omit<SavedSearch, 'id' | 'name'>) => {
    await client.call('search.savedSave', { id: newId(), name, ...search });
    await loaded.reload();
  };
  const remove = async (id: string) => {
    await client.call('search.savedDelete', { id });
    await loaded.reload();
  };
  return { saved: loaded.value, error: loaded.error, reload: loaded.reload, save, remove };
}
