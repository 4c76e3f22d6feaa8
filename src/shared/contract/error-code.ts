import { z } from 'zod';

/** The closed set of error codes a method can return. */
export const errorCodeSchema = z.enum([
  'invalid_input',
  'unknown_method',
  'not_found',
  'no_project',
  'file_exists',
  'file_not_found',
  'project_damaged',
  'project_foreign',
  'project_newer',
  'project_locked',
  'conflict',
  'unsupported',
  'io_error',
  /** A file to import is not what it claims, or is unsafe (a hostile archive, bad XML). */
  'invalid_file',
  /** The user cancelled a long job. */
  'cancelled',
  'internal',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;
