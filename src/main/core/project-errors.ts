import { AppError } from '../../shared/contract/app-error';
import type { DamageReason } from './files/read-file-header';

/**
 * The core's user-facing errors, French first then English, each saying what to do.
 * Kept in one place so the wording stays consistent across handlers.
 */
export const projectErrors = {
  noProject: () =>
    new AppError(
      'no_project',
      'Aucun projet n’est ouvert : ouvrez ou créez un projet.',
      'No project is open: open or create one.',
    ),
  notFound: (what: string, id: string) =>
    new AppError(
      'not_found',
      `Élément introuvable (${what} ${id}) : il a peut-être été supprimé. Actualisez la vue.`,
      `Not found (${what} ${id}): it may have been deleted. Refresh the view.`,
      { what, id },
    ),
  fileNotFound: (path: string) =>
    new AppError(
      'file_not_found',
      `Le fichier « ${path} » est introuvable : vérifiez le chemin ou choisissez un autre fichier.`,
      `The file "${path}" does not exist: check the path or choose another file.`,
      { path },
    ),
  fileExists: (path: string) =>
    new AppError(
      'file_exists',
      `Le fichier « ${path} » existe déjà : choisissez un autre nom ou ouvrez-le.`,
      `The file "${path}" already exists: choose another name or open it.`,
      { path },
    ),
  damaged: (path: string, reason: DamageReason, latestSnapshotPath: string | null) =>
    new AppError(
      'project_damaged',
      `Le fichier « ${path} » est endommagé ou n’est pas un projet Atelier (${reason.fr}). Il n’a pas été modifié.` +
        (latestSnapshotPath
          ? ' Vous pouvez ouvrir une copie de la dernière sauvegarde automatique.'
          : ' Aucune sauvegarde automatique n’est disponible : ouvrez une copie de sauvegarde si vous en avez une.'),
      `The file "${path}" is damaged or not an Atelier project (${reason.en}). It was not modified.` +
        (latestSnapshotPath
          ? ' You can open a copy of the latest automatic snapshot.'
          : ' No automatic snapshot is available: open a backup copy if you have one.'),
      { path, reason: reason.en, ...(latestSnapshotPath ? { latestSnapshotPath } : {}) },
    ),
  foreign: (path: string) =>
    new AppError(
      'project_foreign',
      `Le fichier « ${path} » est une base SQLite d’une autre application, pas un projet Atelier. Il n’a pas été modifié : choisissez un fichier .atelier.`,
      `The file "${path}" is another application's SQLite database, not an Atelier project. It was not modified: choose an .atelier file.`,
      { path },
    ),
  newer: (path: string, fileVersion: number, buildVersion: number) =>
    new AppError(
      'project_newer',
      `Ce projet a été enregistré par une version plus récente d'Atelier (schéma ${String(fileVersion)}). Mettez Atelier à jour pour l'ouvrir.`,
      `This project was saved by a newer version of Atelier (schema ${String(fileVersion)}). Update Atelier to open it.`,
      { path, fileVersion, buildVersion },
    ),
  locked: (path: string, holder: { pid: number; hostname: string; startedAt: string }) =>
    new AppError(
      'project_locked',
      `Le projet « ${path} » est déjà ouvert ailleurs (processus ${String(holder.pid)} sur ${holder.hostname}, depuis ${holder.startedAt}). Fermez-le là-bas avant de l’ouvrir ici.`,
      `The project "${path}" is already open elsewhere (process ${String(holder.pid)} on ${holder.hostname}, since ${holder.startedAt}). Close it there before opening it here.`,
      { path, ...holder },
    ),
  io: (path: string, cause: unknown) =>
    new AppError(
      'io_error',
      `Erreur de lecture ou d’écriture sur « ${path} » : vérifiez le disque et les droits d’accès, puis réessayez.`,
      `Read or write error on "${path}": check the disk and permissions, then try again.`,
      { path, cause: cause instanceof Error ? cause.message : String(cause) },
    ),
  conflictShortName: (shortName: string) =>
    new AppError(
      'conflict',
      `Un parcours utilise déjà le nom abrégé « ${shortName} » : choisissez-en un autre.`,
      `A parcours already uses the short name "${shortName}": choose another one.`,
      { shortName },
    ),
  invalid: (message: string, messageEn: string, details?: Record<string, unknown>) =>
    new AppError('invalid_input', message, messageEn, details),
  forbiddenRichText: (field: string, reason: string) =>
    new AppError(
      'invalid_input',
      `Le texte contient un élément non autorisé (${field} : ${reason}). Retirez-le puis enregistrez de nouveau.`,
      `The text contains a forbidden element (${field}: ${reason}). Remove it and save again.`,
      { field, reason },
    ),
};
