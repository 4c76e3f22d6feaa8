import { z } from 'zod';

/**
 * What a Moodle backup held for an item that the model has no field for (the settings of a
 * module Atelier does not edit, a course's format options…), as parsed XML, so that an export
 * writes it back unchanged. `null` for what was made in Atelier.
 */
export const moodleSourceSchema = z.record(z.string(), z.json()).nullable().default(null);
export type MoodleSource = z.infer<typeof moodleSourceSchema>;
