import type { ArchiveErrorCode, ArchiveErrorDetail } from './archive-error';

type Message = (detail: ArchiveErrorDetail) => readonly [fr: string, en: string];

const REFUSED_FR = "Le fichier n'est pas une sauvegarde Moodle (.mbz) sûre";
const REFUSED_EN = 'The file is not a safe Moodle backup (.mbz)';
const NOTHING_FR =
  "Rien n'a été importé. N'utilisez pas ce fichier : demandez une nouvelle sauvegarde faite par Moodle.";
const NOTHING_EN =
  'Nothing was imported. Do not use this file: ask for a new backup made by Moodle.';
const DOWNLOAD_FR = 'Téléchargez de nouveau la sauvegarde depuis Moodle, puis réessayez.';
const DOWNLOAD_EN = 'Download the backup from Moodle again, then try again.';

/** An entry name as it can be shown: control characters escaped, long names shortened. */
const shown = (entry: string | undefined): string => {
  const text = JSON.stringify(entry ?? '?').slice(1, -1);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
};
const fr = (d: ArchiveErrorDetail) => `« ${shown(d.entry)} »`;
const en = (d: ArchiveErrorDetail) => `"${shown(d.entry)}"`;

const bytes = (n: number | undefined, unit: 'o' | 'B'): string => {
  const value = n ?? 0;
  const [size, prefix] =
    value >= 2 ** 30
      ? [value / 2 ** 30, 'Gi']
      : value >= 2 ** 20
        ? [value / 2 ** 20, 'Mi']
        : [value, ''];
  return `${String(Math.round(size * 10) / 10)} ${prefix}${unit}`;
};
const count = (n: number | undefined, locale: 'fr-FR' | 'en') => (n ?? 0).toLocaleString(locale);
const reason = (d: ArchiveErrorDetail) => (d.reason ? ` (${d.reason})` : '');

const MESSAGES: Record<ArchiveErrorCode, Message> = {
  'not-an-archive': (d) => [
    `Le fichier n'est pas une sauvegarde Moodle (.mbz) : ce n'est ni une archive tar.gz ni une archive ZIP${reason(d)}. Choisissez le fichier .mbz produit par la sauvegarde de Moodle.`,
    `The file is not a Moodle backup (.mbz): it is neither a tar.gz nor a ZIP archive${reason(d)}. Choose the .mbz file made by Moodle's backup.`,
  ],
  'unsafe-path': (d) => [
    `${REFUSED_FR} : l'élément ${fr(d)} a un chemin dangereux (absolu, avec « .. », « \\ » ou un caractère interdit) qui pourrait écrire hors du dossier d'import. ${NOTHING_FR}`,
    `${REFUSED_EN}: the entry ${en(d)} has an unsafe path (absolute, with "..", "\\" or a forbidden character) that could write outside the import folder. ${NOTHING_EN}`,
  ],
  'path-too-long': (d) => [
    `${REFUSED_FR} : le chemin de l'élément ${fr(d)} est trop long ou trop profond${reason(d)}. ${NOTHING_FR}`,
    `${REFUSED_EN}: the path of the entry ${en(d)} is too long or too deep${reason(d)}. ${NOTHING_EN}`,
  ],
  duplicate: (d) => [
    `${REFUSED_FR} : l'élément ${fr(d)} y figure deux fois (peut-être avec une autre casse, ce que Windows et macOS confondent). ${NOTHING_FR}`,
    `${REFUSED_EN}: the entry ${en(d)} appears twice (perhaps with another letter case, which Windows and macOS do not tell apart). ${NOTHING_EN}`,
  ],
  link: (d) => [
    `${REFUSED_FR} : l'élément ${fr(d)} est un lien (symbolique ou physique) ; une sauvegarde Moodle n'en contient jamais. ${NOTHING_FR}`,
    `${REFUSED_EN}: the entry ${en(d)} is a link (symbolic or hard); a Moodle backup never holds one. ${NOTHING_EN}`,
  ],
  'special-entry': (d) => [
    `${REFUSED_FR} : l'élément ${fr(d)} n'est ni un fichier ni un dossier${reason(d)}. ${NOTHING_FR}`,
    `${REFUSED_EN}: the entry ${en(d)} is neither a file nor a folder${reason(d)}. ${NOTHING_EN}`,
  ],
  'too-many-entries': (d) => [
    `${REFUSED_FR} : elle contient plus de ${count(d.limit, 'fr-FR')} éléments. ${NOTHING_FR}`,
    `${REFUSED_EN}: it holds more than ${count(d.limit, 'en')} entries. ${NOTHING_EN}`,
  ],
  'too-large': (d) => [
    `La sauvegarde est trop volumineuse : une fois décompressée, elle dépasse ${bytes(d.limit, 'o')}${d.entry === undefined ? '' : ` (élément ${fr(d)})`}. Vérifiez qu'il s'agit de la bonne sauvegarde ; une sauvegarde sans les données des utilisateurs est bien plus petite.`,
    `The backup is too large: once decompressed it exceeds ${bytes(d.limit, 'B')}${d.entry === undefined ? '' : ` (entry ${en(d)})`}. Check that it is the right backup; a backup without user data is much smaller.`,
  ],
  bomb: (d) => [
    `${REFUSED_FR} : elle se décompresse de façon anormale${d.reason === 'overlap' ? ' (des éléments se chevauchent)' : ` (plus de ${String(d.limit)} fois sa taille)`}, comme une « bombe de décompression ». ${NOTHING_FR}`,
    `${REFUSED_EN}: it decompresses abnormally${d.reason === 'overlap' ? ' (entries overlap)' : ` (more than ${String(d.limit)} times its size)`}, like a "decompression bomb". ${NOTHING_EN}`,
  ],
  truncated: (d) => [
    `Le fichier est incomplet : la sauvegarde s'arrête avant la fin (téléchargement ou copie interrompus ?)${reason(d)}. ${DOWNLOAD_FR}`,
    `The file is incomplete: the backup ends too early (interrupted download or copy?)${reason(d)}. ${DOWNLOAD_EN}`,
  ],
  corrupt: (d) => [
    `Le fichier est endommagé${reason(d)} : la sauvegarde ne peut pas être lue. ${DOWNLOAD_FR}`,
    `The file is damaged${reason(d)}: the backup cannot be read. ${DOWNLOAD_EN}`,
  ],
  'size-mismatch': (d) => [
    `Le fichier est endommagé : la taille annoncée pour l'élément ${fr(d)} ne correspond pas à son contenu${reason(d)}. ${DOWNLOAD_FR}`,
    `The file is damaged: the size given for the entry ${en(d)} does not match its content${reason(d)}. ${DOWNLOAD_EN}`,
  ],
  unsupported: (d) => [
    `La sauvegarde utilise un format que l'Atelier ne sait pas lire${reason(d)}. Refaites la sauvegarde avec Moodle sans la chiffrer ni la recompresser.`,
    `The backup uses a format Atelier cannot read${reason(d)}. Make the backup again with Moodle, without encrypting or recompressing it.`,
  ],
  cancelled: () => [
    "Opération annulée : aucun fichier partiel n'a été gardé.",
    'Cancelled: no partial file was kept.',
  ],
  'staging-not-empty': (d) => [
    `Le dossier de travail ${fr(d)} n'est pas vide : l'Atelier ne décompresse que dans un dossier vide. Réessayez ; si cela se reproduit, redémarrez l'Atelier.`,
    `The work folder ${en(d)} is not empty: Atelier only decompresses into an empty folder. Try again; if it happens again, restart Atelier.`,
  ],
  'source-size': (d) => [
    `Le fichier ${fr(d)} a changé pendant l'écriture de l'archive${reason(d)}. Relancez l'export.`,
    `The file ${en(d)} changed while the archive was being written${reason(d)}. Run the export again.`,
  ],
  io: (d) => [
    `Impossible de lire ou d'écrire un fichier${reason(d)}. Vérifiez l'espace disque libre et les droits sur le dossier, puis réessayez.`,
    `A file could not be read or written${reason(d)}. Check the free disk space and the folder permissions, then try again.`,
  ],
};

/** The French and English messages of an archive error. */
export const archiveErrorMessage = (
  code: ArchiveErrorCode,
  detail: ArchiveErrorDetail,
): { fr: string; en: string } => {
  const [messageFr, messageEn] = MESSAGES[code](detail);
  return { fr: messageFr, en: messageEn };
};
