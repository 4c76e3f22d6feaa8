import { z } from 'zod';

/** When Moodle marks an activity complete. */
export const completionSchema = z.enum(['none', 'viewed', 'submitted', 'passing-grade', 'manual']);
export type Completion = z.infer<typeof completionSchema>;
