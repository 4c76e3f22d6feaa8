import { AppError } from '../../../shared/contract/app-error';

/** The media library's user-facing errors, French first, each saying what to do. */
export const mediaErrors = {
  uploadNotFound: (uploadId: string) =>
    new AppError(
      'not_found',
      'Cet envoi de fichier n’existe plus (annulé, terminé ou projet fermé) : recommencez l’envoi.',
      'This upload no longer exists (cancelled, finished or project closed): start the upload again.',
      { uploadId },
    ),
  chunkOutOfOrder: (expected: number, received: number) =>
    new AppError(
      'invalid_input',
      `Morceau de fichier reçu dans le désordre (attendu ${String(expected)}, reçu ${String(received)}) : recommencez l’envoi.`,
      `File chunk out of order (expected ${String(expected)}, got ${String(received)}): start the upload again.`,
      { expected, received },
    ),
  chunkTooLarge: (limit: number) =>
    new AppError(
      'invalid_input',
      `Morceau de fichier trop grand ou au-delà de la taille annoncée (au plus ${String(limit)} octets par morceau) : découpez le fichier autrement.`,
      `File chunk too large or beyond the announced size (at most ${String(limit)} bytes per chunk): split the file differently.`,
      { limit },
    ),
  badBase64: () =>
    new AppError(
      'invalid_input',
      'Morceau de fichier mal encodé (base64 attendu) : recommencez l’envoi.',
      'Badly encoded file chunk (base64 expected): start the upload again.',
    ),
  incomplete: (expected: number, received: number) =>
    new AppError(
      'invalid_input',
      `Fichier incomplet : ${String(received)} octets reçus sur ${String(expected)}. Recommencez l’envoi.`,
      `Incomplete file: ${String(received)} of ${String(expected)} bytes received. Start the upload again.`,
      { expected, received },
    ),
  tooManyUploads: (limit: number) =>
    new AppError(
      'conflict',
      `Trop d’envois en cours (${String(limit)} au plus) : attendez la fin de l’un d’eux.`,
      `Too many uploads in progress (at most ${String(limit)}): wait for one to finish.`,
      { limit },
    ),
  altRequired: () =>
    new AppError(
      'invalid_input',
      'Une image doit avoir un texte alternatif, ou être marquée décorative.',
      'An image needs alternative text, or must be marked decorative.',
      { field: 'alt' },
    ),
  badThumbnail: () =>
    new AppError(
      'invalid_input',
      'La vignette doit être une image PNG de 300 Ko au plus : réduisez-la.',
      'The thumbnail must be a PNG image of at most 300 KB: make it smaller.',
    ),
  badCaptions: (reason: string, reasonEn: string) =>
    new AppError(
      'invalid_input',
      `Sous-titres impossibles : ${reason}. Choisissez un autre fichier.`,
      `Captions not possible: ${reasonEn}. Choose another file.`,
    ),
  inUse: (id: string, places: string[]) =>
    new AppError(
      'conflict',
      `Ce média est encore utilisé : ${places.join(' ; ')}. Retirez-le de ces endroits avant de le supprimer.`,
      `This medium is still used: ${places.join('; ')}. Remove it from these places before deleting it.`,
      { id, places },
    ),
};
