import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parcoursSchema } from '../../../shared/domain/parcours';
import type { ParcoursDocument, StagedMedia } from '../parcours-document';
import { checkMarker } from './check-marker';
import { checkQuizReferences } from './check-quiz-references';
import { folderErrors } from './folder-errors';
import { FOLDER_LAYOUT } from './folder-layout';
import { FolderProgress } from './folder-progress';
import { FolderReadContext, type FolderMediaReference } from './folder-read-context';
import { listParcoursFolder, type FolderListing } from './list-parcours-folder';
import { readBank } from './read-bank';
import { readMedia } from './read-media';
import { readSections } from './read-sections';
import { SafeFolder } from './safe-folder';
import { toFolderError } from './to-folder-error';

/** How a folder import reports progress (bytes), can be cancelled, and where media are staged. */
export interface FolderReadOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Where media are copied; default: a new folder in the system's temporary folder. */
  stagingDir?: string | undefined;
}

/** What an import should know besides the document. */
export interface FolderReadReport {
  counts: {
    sections: number;
    activities: number;
    categories: number;
    questions: number;
    media: number;
  };
  /** Entries of the format's folders that are not part of it (a note, a stray file): left out. */
  ignored: string[];
  /** Media ids a file refers to that the folder does not hold. */
  missingMedia: FolderMediaReference[];
}

/** A parcours read from a folder: the document, its media in staging files, the report. */
export interface FolderReadResult {
  document: ParcoursDocument;
  /** Copies of the folder's media, checked against their ids; the caller removes them. */
  stagedMedia: StagedMedia[];
  /** Where they are: `options.stagingDir`, or the temporary folder made for them. */
  stagingDir: string;
  report: FolderReadReport;
}

const totalBytes = (listing: FolderListing): number =>
  [
    listing.parcours,
    listing.categories,
    listing.mediaIndex,
    ...listing.sections.flatMap((s) => [s.section, ...s.activities]),
    ...listing.questions,
    ...[...listing.media.values()].flat(),
  ].reduce((sum, entry) => sum + (entry?.size ?? 0), 0);

const readAll = async (
  context: FolderReadContext,
  listing: FolderListing,
  stagingDir: string,
  staged: StagedMedia[],
): Promise<FolderReadResult> => {
  if (!listing.parcours) throw folderErrors.missingFile(FOLDER_LAYOUT.parcours);
  const parcours = await context.parse(listing.parcours, parcoursSchema);
  const sections = await readSections(context, listing.sections);
  const bank = await readBank(context, listing);
  checkQuizReferences(sections, bank);
  await readMedia(context, listing, stagingDir, staged);
  const media = staged.map((s) => s.media);
  const present = new Set(media.map((m) => m.id));
  const activities = sections.reduce((sum, s) => sum + s.activities.length, 0);
  return {
    document: {
      parcours,
      sections: sections.map(({ section, activities: list }) => ({ section, activities: list })),
      bank,
      media,
    },
    stagedMedia: staged,
    stagingDir,
    report: {
      counts: {
        sections: sections.length,
        activities,
        categories: bank.categories.length,
        questions: bank.questions.length,
        media: media.length,
      },
      ignored: listing.ignored,
      missingMedia: context.mediaReferences.filter((r) => !present.has(r.mediaId)),
    },
  };
};

/**
 * Reads a parcours folder (docs/parcours-folder.md) back into a document whose ids are the
 * folder's own, so that reading what `writeParcoursFolder` wrote gives the same document. The
 * folder is untrusted: every file is checked with the domain schemas, paths stay inside `dir`,
 * sizes are bounded, media bytes must match their sha256. Errors are `ParcoursFolderError`s
 * naming the file and the field (or `signal.reason` once aborted); staged media are then removed.
 */
export const readParcoursFolder = async (
  dir: string,
  options: FolderReadOptions = {},
): Promise<FolderReadResult> => {
  const { signal } = options;
  const staged: StagedMedia[] = [];
  const ownStaging = options.stagingDir === undefined;
  const stagingDir = options.stagingDir ?? (await mkdtemp(join(tmpdir(), 'atelier-folder-')));
  let context: FolderReadContext | null = null;
  try {
    const folder = await SafeFolder.open(dir);
    if (!folder) throw folderErrors.notParcoursFolderToRead(dir);
    if (!ownStaging) await mkdir(stagingDir, { recursive: true });
    const marker = await folder.entry(FOLDER_LAYOUT.marker);
    if (marker?.kind !== 'file') throw folderErrors.notParcoursFolderToRead(dir);
    checkMarker(await folder.readText(marker));
    const listing = await listParcoursFolder(folder);
    context = new FolderReadContext(
      folder,
      new FolderProgress(totalBytes(listing), options.onProgress),
      signal,
    );
    context.progress.report();
    return await readAll(context, listing, stagingDir, staged);
  } catch (error) {
    await Promise.all(staged.map((s) => rm(s.path, { force: true })));
    if (ownStaging) await rm(stagingDir, { recursive: true, force: true });
    if (signal?.aborted) throw signal.reason;
    throw toFolderError(error, context?.current ?? '.');
  }
};
