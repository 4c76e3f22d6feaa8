import { SCHEMA_VERSION } from '../db/migrations/migration-list';
import type { HandlerGroup } from './handler-types';

export const appHandlers = {
  'app.info': (_input, context) => ({
    version: context.appVersion,
    schemaVersion: SCHEMA_VERSION,
    nativeDialogs: context.host.dialogs !== undefined,
    defaultProjectDir: context.defaultProjectDir,
  }),
} satisfies HandlerGroup<'app'>;
