import { ParcoursFolderError } from './parcours-folder-error';

const MARKER = '.atelier-folder';

/** The parcours folder's user-facing errors, French first, each saying what to do. */
export const folderErrors = {
  notADirectory: (dir: string) =>
    new ParcoursFolderError(
      'not-a-directory',
      'invalid_input',
      `« ${dir} » est un fichier, pas un dossier : choisissez un dossier.`,
      `"${dir}" is a file, not a folder: choose a folder.`,
    ),
  notParcoursFolderToWrite: (dir: string) =>
    new ParcoursFolderError(
      'not-a-parcours-folder',
      'conflict',
      `Le dossier « ${dir} » n’est pas vide et n’est pas un dossier de parcours Atelier (pas de fichier ${MARKER}) : rien n’a été écrit. Choisissez un dossier vide, ou un dossier de parcours déjà exporté.`,
      `The folder "${dir}" is not empty and is not an Atelier parcours folder (no ${MARKER} file): nothing was written. Choose an empty folder, or a parcours folder exported before.`,
    ),
  notParcoursFolderToRead: (dir: string) =>
    new ParcoursFolderError(
      'not-a-parcours-folder',
      'invalid_input',
      `Le dossier « ${dir} » n’est pas un dossier de parcours Atelier (pas de fichier ${MARKER}) : choisissez le dossier racine d’un parcours exporté.`,
      `The folder "${dir}" is not an Atelier parcours folder (no ${MARKER} file): choose the root folder of an exported parcours.`,
    ),
  badMarker: () =>
    new ParcoursFolderError(
      'bad-marker',
      'invalid_input',
      `${MARKER} : contenu illisible, ce n’est pas un marqueur de dossier de parcours Atelier. Rétablissez-le depuis l’historique Git, ou exportez le parcours dans un dossier vide.`,
      `${MARKER}: unreadable, this is not an Atelier parcours folder marker. Restore it from the Git history, or export the parcours to an empty folder.`,
      { file: MARKER },
    ),
  newerFormat: (version: number) =>
    new ParcoursFolderError(
      'newer-format',
      'unsupported',
      `Ce dossier de parcours a été écrit par une version plus récente d’Atelier (format ${String(version)}) : mettez Atelier à jour.`,
      `This parcours folder was written by a newer Atelier (format ${String(version)}): update Atelier.`,
      { file: MARKER },
    ),
  missingFile: (file: string) =>
    new ParcoursFolderError(
      'missing-file',
      'invalid_input',
      `${file} : fichier absent. Rétablissez-le depuis l’historique Git.`,
      `${file}: file missing. Restore it from the Git history.`,
      { file },
    ),
  badEncoding: (file: string) =>
    new ParcoursFolderError(
      'bad-encoding',
      'invalid_input',
      `${file} : le texte n’est pas en UTF-8. Enregistrez le fichier en UTF-8.`,
      `${file}: the text is not UTF-8. Save the file as UTF-8.`,
      { file },
    ),
  badJson: (file: string, whereFr: string, whereEn: string, detail: string) =>
    new ParcoursFolderError(
      'bad-json',
      'invalid_input',
      `${file} : JSON invalide${whereFr === '' ? '' : ` (${whereFr})`} : ${detail}. Corrigez le fichier.`,
      `${file}: invalid JSON${whereEn === '' ? '' : ` (${whereEn})`}: ${detail}. Fix the file.`,
      { file },
    ),
  schema: (file: string, field: string, fr: string, en: string) =>
    new ParcoursFolderError(
      'schema',
      'invalid_input',
      field === '' ? `${file} : ${fr}` : `${file} : champ ${field} : ${fr}`,
      field === '' ? `${file}: ${en}` : `${file}: field ${field}: ${en}`,
      { file, ...(field === '' ? {} : { field }) },
    ),
  duplicateId: (file: string, field: string, id: string, firstFile: string) =>
    new ParcoursFolderError(
      'duplicate-id',
      'invalid_input',
      `${file} : champ ${field} : l’identifiant « ${id} » est déjà celui de ${firstFile}. Donnez-lui un identifiant à lui (une copie de fichier garde celui de l’original).`,
      `${file}: field ${field}: the id "${id}" already belongs to ${firstFile}. Give it an id of its own (a copied file keeps the original's).`,
      { file, field },
    ),
  unknownReference: (file: string, field: string, id: string, whatFr: string, whatEn: string) =>
    new ParcoursFolderError(
      'unknown-reference',
      'invalid_input',
      `${file} : champ ${field} : « ${id} » ${whatFr}. Corrigez la référence.`,
      `${file}: field ${field}: "${id}" ${whatEn}. Fix the reference.`,
      { file, field },
    ),
  pathEscape: (file: string) =>
    new ParcoursFolderError(
      'path-escape',
      'invalid_input',
      `${file} : lien symbolique vers un endroit hors du dossier de parcours, refusé. Remplacez-le par le fichier lui-même.`,
      `${file}: symbolic link to a place outside the parcours folder, refused. Replace it with the file itself.`,
      { file },
    ),
  tooLarge: (file: string, limit: number) =>
    new ParcoursFolderError(
      'too-large',
      'invalid_input',
      `${file} : fichier trop gros (plus de ${String(limit)} octets), refusé.`,
      `${file}: file too large (over ${String(limit)} bytes), refused.`,
      { file },
    ),
  tooManyEntries: (limit: number) =>
    new ParcoursFolderError(
      'too-many-entries',
      'invalid_input',
      `Le dossier de parcours contient plus de ${String(limit)} fichiers : ce n’est pas un dossier de parcours, ou il est corrompu.`,
      `The parcours folder holds more than ${String(limit)} files: it is not a parcours folder, or it is damaged.`,
    ),
  mediaMismatch: (file: string, expected: string, actual: string) =>
    new ParcoursFolderError(
      'media-mismatch',
      'invalid_input',
      `${file} : le contenu de ce média a changé (empreinte sha256 ${actual}, attendue ${expected}) : refusé. Rétablissez le fichier d’origine, ou importez le nouveau fichier dans la médiathèque d’Atelier puis exportez de nouveau.`,
      `${file}: this medium's bytes have changed (sha256 ${actual}, expected ${expected}): refused. Restore the original file, or import the new one into Atelier's media library and export again.`,
      { file },
    ),
  libraryMediaDamaged: (name: string, id: string) =>
    new ParcoursFolderError(
      'media-mismatch',
      'internal',
      `Le média « ${name} » de la médiathèque est endommagé (ses octets ne correspondent plus à son empreinte ${id}) : export impossible. Restaurez une sauvegarde du projet, ou remplacez ce média.`,
      `The medium "${name}" of the media library is damaged (its bytes no longer match its hash ${id}): cannot export. Restore a snapshot of the project, or replace this medium.`,
    ),
  mediaSize: (file: string, expected: number, actual: number) =>
    new ParcoursFolderError(
      'media-mismatch',
      'invalid_input',
      `${file} : ${String(actual)} octets au lieu des ${String(expected)} annoncés dans media/media.json : refusé. Rétablissez le fichier d’origine.`,
      `${file}: ${String(actual)} bytes instead of the ${String(expected)} media/media.json announces: refused. Restore the original file.`,
      { file },
    ),
  mediaFileCount: (dir: string, count: number) =>
    new ParcoursFolderError(
      count === 0 ? 'missing-file' : 'schema',
      'invalid_input',
      `${dir} : ${count === 0 ? 'aucun fichier' : `${String(count)} fichiers`} au lieu d’un seul, le média. Laissez-y le seul fichier du média.`,
      `${dir}: ${count === 0 ? 'no file' : `${String(count)} files`} instead of one, the medium. Leave only the medium's file there.`,
      { file: dir },
    ),
  invalidDocument: (where: string, detail: string) =>
    new ParcoursFolderError(
      'invalid-document',
      'internal',
      `Parcours incohérent, export impossible (${where} : ${detail}). Signalez-le à l’équipe d’Atelier.`,
      `Inconsistent parcours, cannot export (${where}: ${detail}). Report it to the Atelier team.`,
    ),
  io: (file: string, cause: string) =>
    new ParcoursFolderError(
      'io',
      'io_error',
      `${file} : lecture ou écriture impossible (${cause}). Vérifiez les droits et la place sur le disque.`,
      `${file}: cannot read or write (${cause}). Check the permissions and the free disk space.`,
      { file },
    ),
};
