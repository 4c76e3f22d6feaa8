import { useContext } from 'react';
import type { Client } from '../../shared/contract/create-client';
import { ClientContext } from '../transport/client-context';

export const useClient = (): Client => {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient needs a ClientContext provider');
  return client;
};
