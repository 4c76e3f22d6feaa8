import { z } from 'zod';

/** The lifecycle of a parcours: construction → relecture → valide → publie, and archive. */
export const parcoursStatusSchema = z.enum([
  'construction',
  'relecture',
  'valide',
  'publie',
  'archive',
]);
export type ParcoursStatus = z.infer<typeof parcoursStatusSchema>;
