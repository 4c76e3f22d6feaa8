import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from '../../../src/shared/contract/create-client';
import type { EventEnvelope } from '../../../src/shared/contract/events';
import { createAppContext } from '../../../src/main/core/app-context';
import type { AppContext } from '../../../src/main/core/app-context-api';
import type { AppContextOptions } from '../../../src/main/core/host-capabilities';
import { createInProcessTransport } from '../../../src/main/core/in-process-transport';

/** A core on a temporary folder, reached through the in-process transport like the CLI. */
export interface CoreHarness {
  dir: string;
  context: AppContext;
  client: Client;
  events: EventEnvelope[];
  /** Another context on the same data, as a second process would have. */
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

/** The repository's shipped gabarits, as the CLI and the browser host pass them. */
export const SHIPPED_TEMPLATES_DIR = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'resources',
  'templates',
);

export const makeTempDir = (): string => mkdtempSync(join(tmpdir(), 'atelier-core-'));

export const startCore = (
  options: Partial<AppContextOptions> = {},
  dir: string = makeTempDir(),
): CoreHarness => {
  const build = () =>
    createAppContext({
      dataDir: join(dir, 'data'),
      defaultProjectDir: dir,
      snapshotIntervalMinutes: 0,
      log: () => undefined,
      templatesDir: SHIPPED_TEMPLATES_DIR,
      ...options,
    });
  const harness: CoreHarness = {
    dir,
    context: build(),
    client: undefined as unknown as Client,
    events: [],
    async restart() {
      await harness.context.close();
      harness.context = build();
      wire();
    },
    async dispose() {
      await harness.context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  const wire = () => {
    const transport = createInProcessTransport(harness.context);
    transport.subscribe((event) => harness.events.push(event));
    harness.client = createClient(transport);
  };
  wire();
  return harness;
};
