import type { Readable } from 'node:stream';
import type { Activity } from '../../shared/domain/activity';
import type { Media } from '../../shared/domain/media';
import type { Parcours } from '../../shared/domain/parcours';
import type { Question } from '../../shared/domain/question';
import type { QuestionCategory } from '../../shared/domain/question-category';
import type { Section } from '../../shared/domain/section';

/**
 * One parcours whole, as the exchange formats (Moodle backup, parcours folder, review package)
 * read and write it: the parcours, its sections and activities in outline order, its question
 * bank, and the media its texts, files, vignette and questions use.
 */
export interface ParcoursDocument {
  parcours: Parcours;
  sections: { section: Section; activities: Activity[] }[];
  bank: { categories: QuestionCategory[]; questions: Question[] };
  /** Every medium the parcours uses, by id (sha256 of the bytes); sorted by id. */
  media: Media[];
}

/** How a writer reads a medium's bytes: streamed, never whole in memory (a video may be 500 MB). */
export interface MediaReader {
  open(mediaId: string): Readable;
}

/**
 * A medium an import found, not yet in the project: its bytes sit in a staging file. `id` is
 * the sha256 of those bytes, so the document's references already use the final id.
 */
export interface StagedMedia {
  media: Media;
  path: string;
}
