import { z } from 'zod';

/** How a section (or an activity overriding it) is followed: at a distance, live, or in person. */
export const modalitySchema = z.enum(['distance-async', 'distance-sync', 'presentiel']);
export type Modality = z.infer<typeof modalitySchema>;
