import { z } from 'zod';

/** Entity ids are opaque strings made by the core (UUIDs); the bound keeps hostile input small. */
export const idSchema = z.string().min(1).max(64);
export type Id = z.infer<typeof idSchema>;
