import { z } from 'zod';

/** Who sees a piece of the parcours. Every section, activity and block lists its roles. */
export const roleSchema = z.enum(['participant', 'formateur', 'tuteur', 'concepteur']);
export type Role = z.infer<typeof roleSchema>;
export const ALL_ROLES: readonly Role[] = roleSchema.options;
