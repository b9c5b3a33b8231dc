import { createContext, useContext } from 'react';
import type { Client } from '../../../shared/ipc/client';

/** The client for the whole renderer, provided once at the root. */
export const ClientContext = createContext<Client | null>(null);

/** The renderer's client. */
export function useClient(): Client {
  const client = useContext(ClientContext);
  if (!client) throw new Error('ClientContext missing');
  return client;
}
