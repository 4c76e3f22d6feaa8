import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import type { Client } from '../../shared/contract/create-client';
import { createQueryClient } from '../state/create-query-client';
import { createSaveTracker } from '../state/save-tracker';
import { ClientContext, SaveTrackerContext } from '../transport/client-context';
import { Studio } from './studio';

/** The providers every screen needs: the client, react-query and the save tracker. */
export const App = ({ client }: { client: Client }) => {
  const [tracker] = useState(createSaveTracker);
  const [queryClient] = useState(() => createQueryClient(tracker));
  return (
    <QueryClientProvider client={queryClient}>
      <ClientContext value={client}>
        <SaveTrackerContext value={tracker}>
          <Studio />
        </SaveTrackerContext>
      </ClientContext>
    </QueryClientProvider>
  );
};
