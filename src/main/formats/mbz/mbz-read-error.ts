import type { MbzXmlError } from './mbz-xml';

/** Why a backup folder was refused. A closed set: the caller maps it to its error contract. */
export type MbzReadErrorCode =
  | 'not-a-backup'
  | 'nested-folder'
  | 'activity-backup'
  | 'section-backup'
  | 'not-moodle2'
  | 'unsafe-path'
  | 'bad-xml'
  | 'missing-file';

const MESSAGES: Record<MbzReadErrorCode, (detail: string) => [string, string]> = {
  'not-a-backup': () => [
    "Ce n'est pas une sauvegarde de cours Moodle : le fichier moodle_backup.xml manque.",
    'This is not a Moodle course backup: moodle_backup.xml is missing.',
  ],
  'nested-folder': (d) => [
    `La sauvegarde est rangée dans un dossier (« ${d} ») : Moodle ne la restaurerait pas. Recréez l'archive depuis l'intérieur de ce dossier.`,
    `The backup sits inside a folder ("${d}"): Moodle would not restore it. Rebuild the archive from inside that folder.`,
  ],
  'activity-backup': () => [
    "C'est la sauvegarde d'une seule activité, pas d'un cours : importez une sauvegarde de cours (Sauvegarde du cours dans Moodle).",
    'This is the backup of a single activity, not of a course: import a course backup (Course backup in Moodle).',
  ],
  'section-backup': () => [
    "C'est la sauvegarde d'une seule section, pas d'un cours : importez une sauvegarde de cours.",
    'This is the backup of a single section, not of a course: import a course backup.',
  ],
  'not-moodle2': (d) => [
    `Format de sauvegarde « ${d} » non pris en charge : seul le format Moodle 2 (moodle2) est lu.`,
    `Backup format "${d}" is not supported: only the Moodle 2 format (moodle2) is read.`,
  ],
  'unsafe-path': (d) => [
    `Chemin refusé dans la sauvegarde : ${d}.`,
    `Path refused in the backup: ${d}.`,
  ],
  'bad-xml': (d) => [
    `Fichier XML illisible ou refusé (DOCTYPE, entités) : ${d}.`,
    `Unreadable or refused XML file (DOCTYPE, entities): ${d}.`,
  ],
  'missing-file': (d) => [
    `Fichier manquant dans la sauvegarde : ${d}.`,
    `File missing from the backup: ${d}.`,
  ],
};

/** A backup folder refused, as data, with a French and an English message saying what to do. */
export class MbzReadError extends Error {
  readonly messageFr: string;
  readonly messageEn: string;

  constructor(
    readonly code: MbzReadErrorCode,
    readonly detail = '',
    options?: ErrorOptions,
  ) {
    const [fr, en] = MESSAGES[code](detail);
    super(fr, options);
    this.name = 'MbzReadError';
    this.messageFr = fr;
    this.messageEn = en;
  }

  /** The read error of an XML file that did not parse. */
  static ofXml(error: MbzXmlError): MbzReadError {
    return new MbzReadError('bad-xml', error.path, { cause: error });
  }
}
