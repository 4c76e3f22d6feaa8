import { z } from 'zod';
import { idSchema } from './ids';

/** M@gistère's nine collections. */
export const collectionSchema = z.enum([
  'action',
  'analyse',
  'autoformation',
  'decouverte',
  'reseau',
  'simulation',
  'qualification',
  'volet-distant',
  'espace-collaboratif',
]);
export type Collection = z.infer<typeof collectionSchema>;

const text = (max: number) => z.string().max(max).default('');

/** The indexation form of a parcours, as the platform's offer catalogue shows it. */
export const indexationSchema = z.object({
  objectif: text(5000),
  collection: collectionSchema.nullable().default(null),
  publics: z.array(z.string().max(255)).max(50).default([]),
  domaine: text(255),
  motsCles: z.array(z.string().max(100)).max(50).default([]),
  /** Accompagnement: at most 250 characters on the platform. */
  accompagnement: z.string().max(250).default(''),
  rythme: text(255),
  vignetteMediaId: idSchema.nullable().default(null),
  auteurs: z.array(z.string().max(255)).max(50).default([]),
  validePar: text(255),
  origine: text(255),
  /** Temps à distance and temps en présence, in minutes; null until filled. */
  tempsDistanceMinutes: z.number().int().min(0).max(100_000).nullable().default(null),
  tempsPresenceMinutes: z.number().int().min(0).max(100_000).nullable().default(null),
  notesDeVersion: text(10_000),
});
export type Indexation = z.infer<typeof indexationSchema>;
