import { FOLDER_LAYOUT } from './folder-layout';
import { byNumberedName, numberOfName } from './numbered-name';
import type { FolderEntry, SafeFolder } from './safe-folder';

/** The files of a parcours folder, found before any is read, in the order they are read. */
export interface FolderListing {
  parcours: FolderEntry | null;
  sections: { dir: string; section: FolderEntry | null; activities: FolderEntry[] }[];
  categories: FolderEntry | null;
  /** Question files by category folder (folders by name, files by number). */
  questions: FolderEntry[];
  mediaIndex: FolderEntry | null;
  /** The entries of each `media/<name>/` folder. */
  media: Map<string, FolderEntry[]>;
  /** Entries in the format's folders that are not part of it: left out, and reported. */
  ignored: string[];
}

const isNumberedJson = (entry: FolderEntry): boolean =>
  entry.kind === 'file' && numberOfName(entry.name) !== null && entry.name.endsWith('.json');

const byName = (a: FolderEntry, b: FolderEntry): number => byNumberedName(a.name, b.name);

const fileAt = async (folder: SafeFolder, rel: string): Promise<FolderEntry | null> => {
  const entry = await folder.entry(rel);
  return entry?.kind === 'file' ? entry : null;
};

const listSections = async (folder: SafeFolder, ignored: string[]) => {
  const sections: FolderListing['sections'] = [];
  const dirs = await folder.list(FOLDER_LAYOUT.sections);
  for (const dir of dirs.sort(byName)) {
    if (dir.kind !== 'dir' || numberOfName(dir.name) === null) {
      ignored.push(dir.rel);
      continue;
    }
    const entries = await folder.list(dir.rel);
    const section = entries.find((e) => e.name === FOLDER_LAYOUT.sectionFile && e.kind === 'file');
    const activities = entries.filter(isNumberedJson).sort(byName);
    for (const e of entries) if (e !== section && !activities.includes(e)) ignored.push(e.rel);
    // A folder with no JSON at all is what a removed section leaves behind (a .DS_Store kept it).
    if (section || activities.length > 0) {
      sections.push({ dir: dir.rel, section: section ?? null, activities });
    }
  }
  return sections;
};

const listQuestions = async (folder: SafeFolder, ignored: string[]): Promise<FolderEntry[]> => {
  const files: FolderEntry[] = [];
  for (const dir of await folder.list(FOLDER_LAYOUT.questions)) {
    if (dir.kind !== 'dir') {
      ignored.push(dir.rel);
      continue;
    }
    const entries = await folder.list(dir.rel);
    for (const e of entries) if (!isNumberedJson(e)) ignored.push(e.rel);
    files.push(...entries.filter(isNumberedJson).sort(byName));
  }
  return files;
};

const listMedia = async (folder: SafeFolder, ignored: string[]) => {
  const media = new Map<string, FolderEntry[]>();
  for (const entry of await folder.list(FOLDER_LAYOUT.media)) {
    if (entry.rel === FOLDER_LAYOUT.mediaIndex) continue;
    if (entry.kind === 'dir') media.set(entry.name, await folder.list(entry.rel));
    else ignored.push(entry.rel);
  }
  return media;
};

const ignoreOthers = async (
  folder: SafeFolder,
  dir: string,
  known: string[],
  ignored: string[],
) => {
  for (const entry of await folder.list(dir))
    if (!known.includes(entry.rel)) ignored.push(entry.rel);
};

/** Finds every file a parcours folder holds, resolving links and enforcing the bounds. */
export const listParcoursFolder = async (folder: SafeFolder): Promise<FolderListing> => {
  const ignored: string[] = [];
  const sections = await listSections(folder, ignored);
  await ignoreOthers(
    folder,
    FOLDER_LAYOUT.bank,
    [FOLDER_LAYOUT.categories, FOLDER_LAYOUT.questions],
    ignored,
  );
  const questions = await listQuestions(folder, ignored);
  const media = await listMedia(folder, ignored);
  return {
    parcours: await fileAt(folder, FOLDER_LAYOUT.parcours),
    sections,
    categories: await fileAt(folder, FOLDER_LAYOUT.categories),
    questions,
    mediaIndex: await fileAt(folder, FOLDER_LAYOUT.mediaIndex),
    media,
    ignored,
  };
};
