import { AppError } from '../../shared/contract/app-error';

/** The contract's bound on a question file (`question.import`). */
const MAX_BYTES = 20 * 1024 * 1024;

/** A question file's text (UTF-8, a leading BOM removed), or a French/English error. */
export const readQuestionFile = async (
  path: string,
  read: (path: string) => Promise<Buffer>,
): Promise<string> => {
  let bytes: Buffer;
  try {
    bytes = await read(path);
  } catch {
    throw new AppError(
      'file_not_found',
      `Le fichier de questions « ${path} » est illisible ou introuvable : vérifiez le chemin.`,
      `The question file "${path}" cannot be read or does not exist: check the path.`,
      { path },
    );
  }
  if (bytes.length > MAX_BYTES) {
    throw new AppError(
      'invalid_input',
      `Le fichier de questions dépasse 20 Mo : découpez-le en plusieurs fichiers.`,
      `The question file is over 20 MB: split it into several files.`,
      { path, size: bytes.length },
    );
  }
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
};
