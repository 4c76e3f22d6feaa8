import type { Activity } from '../domain/activity';
import type { MediaKind } from '../domain/media';
import type { Modality } from '../domain/modality';
import type { ParcoursStatus } from '../domain/parcours-status';
import type { Question } from '../domain/question';
import type { Role } from '../domain/role';
import type { Section } from '../domain/section';

/** The version of the model the preview site reads (the review package embeds one). */
export const PREVIEW_MODEL_FORMAT = 'atelier-preview/1';

/**
 * A parcours as the preview site shows it, for every role at once (the site filters by the
 * role chosen): the same model feeds the studio's preview and the offline review package, so
 * what a reviewer reads is what the studio shows. Rich text is already HTML, sanitised; media
 * are URLs (the host's in the studio, `data:` URIs or files of the package's zip).
 */
export interface PreviewModel {
  format: typeof PREVIEW_MODEL_FORMAT;
  /** When this model was made (ISO 8601): the package says when it was made. */
  generatedAt: string;
  parcours: PreviewParcours;
  sections: PreviewSection[];
  /** The bank questions the quizzes can show, by id (fixed slots and random pools). */
  questions: Record<string, Question>;
  /** For each random slot (by slot id), the ids of the questions it may draw. */
  randomPools: Record<string, string[]>;
  /** Every medium the HTML, files and questions use, by id. */
  media: Record<string, PreviewMedia>;
}

export interface PreviewParcours {
  id: string;
  title: string;
  shortName: string;
  version: string;
  status: ParcoursStatus;
  declaredHours: number;
  /** The indexation as a reader meets it on the platform's course page. */
  objectif: string;
  publics: string[];
  auteurs: string[];
  tempsDistanceMinutes: number | null;
  tempsPresenceMinutes: number | null;
  vignetteMediaId: string | null;
}

export interface PreviewMedia {
  name: string;
  mime: string;
  kind: MediaKind;
  sizeBytes: number;
  /** Where the site loads it from. */
  url: string;
  alt: string;
  decorative: boolean;
  /** A video's or sound's captions (WebVTT), a medium id of this map. */
  captionsMediaId: string | null;
  author: string;
  licence: string;
}

export interface PreviewSection {
  id: string;
  title: string;
  /** Sanitised HTML; '' when the section has no summary. */
  summaryHtml: string;
  modality: Modality;
  phase: Section['phase'];
  visibleTo: Role[];
  activities: PreviewActivity[];
}

/** Fields of an activity that are rich text in the model; the preview gets their HTML. */
type RichTextFields = 'intro' | 'content' | 'chapters' | 'prompts' | 'moodle';
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * An activity with its rich text as sanitised HTML: `introHtml` for every type, `contentHtml`
 * for a page or a label, `chapters` (HTML) for a book, `promptsHtml` for a logbook. The
 * Moodle source of an imported activity is left out.
 */
export type PreviewActivity = DistributiveOmit<Activity, RichTextFields> & {
  introHtml: string;
  contentHtml?: string;
  chapters?: { id: string; title: string; subchapter: boolean; html: string }[];
  promptsHtml?: string;
};

/** Whether `role` sees something listed for `visibleTo` (the concepteur sees everything). */
export const visibleToRole = (visibleTo: readonly Role[], role: Role): boolean =>
  role === 'concepteur' || visibleTo.includes(role);
