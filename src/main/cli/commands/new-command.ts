import { basename, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIo } from '../cli-io';
import { deriveShortName } from '../derive-short-name';
import { openCliClient } from '../open-cli-client';
import { UsageError } from '../usage-error';

/** `atelier new FILE.atelier [--title T]`: a project with one parcours of 3 declared hours. */
export const newCommand = async (args: string[], io: CliIo): Promise<number> => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { title: { type: 'string' } },
  });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    throw new UsageError('« new » attend un seul fichier.', '"new" takes exactly one file.');
  }
  if (extname(file) !== '.atelier') {
    throw new UsageError(
      'Le fichier doit avoir l’extension .atelier.',
      'The file must have the .atelier extension.',
    );
  }
  const path = resolve(file);
  const title = values.title?.trim() || basename(file, '.atelier');
  const session = openCliClient();
  try {
    const project = await session.client.invoke('project.create', { path, title });
    const parcours = await session.client.invoke('parcours.create', {
      title,
      shortName: deriveShortName(title),
      declaredHours: 3,
    });
    io.out(
      `Projet créé / Project created: ${project.path}\n` +
        `Parcours 1: ${parcours.title} [${parcours.shortName}] — 3 h\n`,
    );
    return 0;
  } finally {
    await session.close();
  }
};
