import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import type { ExchangeReportEntry } from '../../../shared/domain/exchange';
import { MEDIA_CHUNK_BYTES, type Media } from '../../../shared/domain/media';
import type { ParcoursDocument, StagedMedia } from '../../formats/parcours-document';
import type { Repos } from '../db/repos/create-repos';
import { activityRichTextFields } from '../handlers/activity-rich-text-fields';
import { assertRichText } from '../handlers/assert-rich-text';
import { sniffMediaType, SNIFF_BYTES } from '../media/sniff-media-type';
import { writeMediaChunks } from '../media/store-staged-media';
import type { ProjectSession } from '../project-session';
import { positionAfterLastParcours, putPlan } from '../templates/put-plan';
import { uniqueShortName } from '../templates/unique-short-name';

/** What the import did to the project. */
export interface ImportOutcome {
  parcoursId: string;
  title: string;
  shortName: string;
  replaced: boolean;
  notes: ExchangeReportEntry[];
}

const readHead = (path: string): Buffer => {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(SNIFF_BYTES);
    return head.subarray(0, readSync(fd, head, 0, SNIFF_BYTES, 0));
  } finally {
    closeSync(fd);
  }
};

/** The ids of a document that already belong to another parcours of the project. */
const clashes = (repos: Repos, doc: ParcoursDocument): boolean => {
  const own = doc.parcours.id;
  return (
    doc.sections.some(({ section, activities }) => {
      const s = repos.sections.get(section.id);
      if (s && s.parcoursId !== own) return true;
      return activities.some((a) => {
        const stored = repos.activities.get(a.id);
        return stored !== null && repos.activities.parcoursIdOfSection(stored.sectionId) !== own;
      });
    }) ||
    doc.bank.categories.some((c) => {
      const stored = repos.questionCategories.get(c.id);
      return stored !== null && stored.parcoursId !== own;
    }) ||
    doc.bank.questions.some((q) => {
      const stored = repos.questions.get(q.id);
      return stored !== null && stored.parcoursId !== own;
    })
  );
};

/**
 * The document with fresh ids for its parcours, sections, activities, categories and questions,
 * every reference to them rewritten. Ids are UUIDs, so replacing their quoted form in the JSON
 * text cannot touch anything else.
 */
const withFreshIds = (doc: ParcoursDocument): ParcoursDocument => {
  const ids = [
    doc.parcours.id,
    ...doc.sections.flatMap(({ section, activities }) => [
      section.id,
      ...activities.map((a) => a.id),
    ]),
    ...doc.bank.categories.map((c) => c.id),
    ...doc.bank.questions.map((q) => q.id),
  ];
  const map = new Map(ids.map((id) => [id, randomUUID()]));
  const json = JSON.stringify(doc).replace(/"([^"\\]{1,100})"/g, (whole, id: string) => {
    const fresh = map.get(id);
    return fresh === undefined ? whole : `"${fresh}"`;
  });
  return JSON.parse(json) as ParcoursDocument;
};

/**
 * Writes an imported parcours into the project as one undo step: its media (bytes from the
 * staging files, type checked from the bytes), its bank, sections and activities. A document
 * whose parcours is already in the project (a parcours folder exported from it) replaces it;
 * one whose ids belong to other parcours gets fresh ids; a short name already taken gets -2, -3….
 */
export const writeImportedParcours = (
  session: ProjectSession,
  source: ParcoursDocument,
  staged: readonly StagedMedia[],
  now: Date,
): ImportOutcome => {
  const { repos } = session;
  // What a folder or a backup holds must fit the editor as an author's edit must.
  for (const { section, activities } of source.sections) {
    assertRichText([[`${section.title} · summary`, section.summary]]);
    for (const activity of activities) {
      assertRichText(
        activityRichTextFields(activity).map(([field, doc]) => [
          `${activity.title} · ${field}`,
          doc,
        ]),
      );
    }
  }
  const notes: ExchangeReportEntry[] = [];
  const existing = repos.parcours.get(source.parcours.id);
  const doc = clashes(repos, source) ? withFreshIds(source) : source;
  const replaced = existing !== null && doc === source;
  const taken = (name: string): boolean => {
    const id = repos.parcours.idByShortName(name);
    return id !== null && id !== doc.parcours.id;
  };
  const shortName = taken(doc.parcours.shortName)
    ? uniqueShortName(doc.parcours.shortName, taken)
    : doc.parcours.shortName;
  if (shortName !== doc.parcours.shortName) {
    notes.push({
      status: 'info',
      item: doc.parcours.title,
      message: `Le nom abrégé « ${doc.parcours.shortName} » est déjà pris dans ce projet : le parcours importé s’appelle « ${shortName} ».`,
      messageEn: `The short name "${doc.parcours.shortName}" is taken in this project: the imported parcours is "${shortName}".`,
    });
  }
  const parcours = { ...doc.parcours, shortName };
  const label = replaced ? `Mettre à jour « ${parcours.title} »` : `Importer « ${parcours.title} »`;
  session.edit({ label, parcoursIds: [parcours.id] }, (uow) => {
    for (const { media, path } of staged) {
      if (repos.media.get(media.id)) continue;
      const sniffed = sniffMediaType(readHead(path), media.mime);
      const stored: Media = {
        ...media,
        mime: sniffed.mime,
        kind: sniffed.kind,
        width: sniffed.width ?? media.width,
        height: sniffed.height ?? media.height,
        createdAt: now.toISOString(),
      };
      if (!repos.media.hasChunks(media.id, media.sizeBytes, MEDIA_CHUNK_BYTES)) {
        repos.media.deleteChunks(media.id);
        writeMediaChunks(session, media.id, path, media.sizeBytes);
      }
      uow.put('media', repos.media.toRow(stored));
    }
    let position = positionAfterLastParcours(repos);
    if (existing && replaced) {
      position = existing.position;
      const keep = new Set([
        ...doc.sections.flatMap(({ section, activities }) => [
          section.id,
          ...activities.map((a) => a.id),
        ]),
        ...doc.bank.categories.map((c) => c.id),
        ...doc.bank.questions.map((q) => q.id),
      ]);
      for (const { question } of repos.questions.listOf(parcours.id))
        if (!keep.has(question.id)) uow.remove('questions', question.id);
      for (const { category } of repos.questionCategories.listOf(parcours.id))
        if (!keep.has(category.id)) uow.remove('question_categories', category.id);
      for (const section of repos.sections.siblings(parcours.id)) {
        for (const activity of repos.activities.siblings(section.id))
          if (!keep.has(activity.id)) uow.remove('activities', activity.id);
        if (!keep.has(section.id)) uow.remove('sections', section.id);
      }
    }
    putPlan(repos, uow, { parcours, sections: doc.sections, bank: doc.bank }, position);
  });
  return { parcoursId: parcours.id, title: parcours.title, shortName, replaced, notes };
};
