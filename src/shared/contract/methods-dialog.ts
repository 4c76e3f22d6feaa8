import { z } from 'zod';
import { exchangeFormatSchema, exportFormatSchema } from '../domain/exchange';

const empty = z.object({}).strict();

/** The host's file dialogs; `unsupported` in the browser host, which has none. */
export const dialogMethods = {
  'dialog.openProject': { input: empty, output: z.object({ path: z.string().nullable() }) },
  'dialog.saveProject': {
    input: z.object({ suggestedName: z.string().max(255) }).strict(),
    output: z.object({ path: z.string().nullable() }),
  },
  /** The OS dialog to choose where an export goes; `unsupported` in the browser host. */
  'dialog.exportTarget': {
    input: z.object({ suggestedName: z.string().max(255), format: exportFormatSchema }).strict(),
    output: z.object({ path: z.string().nullable() }),
  },
  /** The OS dialog to choose a backup or a parcours folder to import; `unsupported` in the browser host. */
  'dialog.importSource': {
    input: z.object({ format: exchangeFormatSchema }).strict(),
    output: z.object({ path: z.string().nullable() }),
  },
} as const;
