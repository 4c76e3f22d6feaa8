import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { createClient } from '../../shared/contract/create-client';
import type { Client } from '../../shared/contract/create-client';
import { createAppContext } from '../core/app-context';
import { createInProcessTransport } from '../core/in-process-transport';
import { readPackageVersion } from '../host/read-package-version';

import { PREVIEW_SITE_DIR } from './ensure-preview-site';

/** The repository's gabarits: the CLI runs from the sources (bin/atelier.mjs + tsx). */
const TEMPLATES_DIR = resolve(import.meta.dirname, '..', '..', '..', 'resources', 'templates');

export interface CliSession {
  client: Client;
  close(): Promise<void>;
}

/**
 * The core in this process, reached through the same messages as the app (in-process
 * transport + typed client), so the CLI exercises the contract rather than the services.
 */
export const openCliClient = (env: NodeJS.ProcessEnv = process.env): CliSession => {
  const dataDir = env.ATELIER_DATA_DIR ?? join(homedir(), '.config', 'atelier');
  const context = createAppContext({
    dataDir,
    defaultProjectDir: join(homedir(), 'Documents', 'Atelier'),
    // A command lasts a second: scheduled snapshots would only add a timer to clear.
    snapshotIntervalMinutes: 0,
    appVersion: readPackageVersion(),
    templatesDir: TEMPLATES_DIR,
    previewSiteDir: PREVIEW_SITE_DIR,
  });
  return {
    client: createClient(createInProcessTransport(context)),
    close: () => context.close(),
  };
};
