import { createContext } from 'react';
import type { Client } from '../../shared/contract/create-client';
import type { SaveTracker } from '../state/save-tracker';

/** The typed client over the chosen transport. */
export const ClientContext = createContext<Client | null>(null);

/** The one save tracker of this window. */
export const SaveTrackerContext = createContext<SaveTracker | null>(null);
