/**
 * Where each part of a parcours lives in a parcours folder (docs/parcours-folder.md). Paths are
 * relative to the folder's root, with `/` on every platform.
 */
export const FOLDER_LAYOUT = {
  /** Marks a folder as a parcours folder: an export may then replace the files it owns. */
  marker: '.atelier-folder',
  parcours: 'parcours.json',
  sections: 'sections',
  sectionFile: 'section.json',
  bank: 'bank',
  categories: 'bank/categories.json',
  questions: 'bank/questions',
  media: 'media',
  mediaIndex: 'media/media.json',
  /** Files being written; a leftover of an interrupted export is removed by the next one. */
  tempSuffix: '.atelier-tmp',
} as const;

/** What the marker file says: the format and its version, so a newer layout is never overwritten. */
export const FOLDER_FORMAT = { format: 'atelier-parcours-folder', version: 1 } as const;

/** Root entries the format owns, besides the marker: an export replaces them whole. */
export const OWNED_ROOT_ENTRIES: readonly string[] = [
  FOLDER_LAYOUT.parcours,
  FOLDER_LAYOUT.sections,
  FOLDER_LAYOUT.bank,
  FOLDER_LAYOUT.media,
];

/** Dotfiles (`.git`, `.gitignore`, `.DS_Store`…) belong to the team and its tools, never to us. */
export const isDotName = (name: string): boolean => name.startsWith('.');
