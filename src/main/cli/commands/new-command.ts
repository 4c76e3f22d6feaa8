import { basename, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIo } from '../cli-io';
import { deriveShortName } from '../derive-short-name';
import { openCliClient } from '../open-cli-client';
import { resolveTemplate } from '../resolve-template';
import { UsageError } from '../usage-error';

const hours = (value: number): string => `${String(value).replace('.', ',')} h`;

/**
 * `atelier new FILE.atelier [--title T] [--template NAME]`: a project with one parcours,
 * empty (3 declared hours) or built from a shipped gabarit. The gabarit is resolved before
 * the file is created, so an unknown name leaves nothing behind.
 */
export const newCommand = async (args: string[], io: CliIo): Promise<number> => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { title: { type: 'string' }, template: { type: 'string' } },
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
  const givenTitle = values.title?.trim() || undefined;
  const session = openCliClient();
  try {
    const template =
      values.template === undefined
        ? null
        : resolveTemplate(
            (await session.client.invoke('template.list', {})).filter(
              (t) => t.source === 'shipped',
            ),
            values.template,
          );
    // The project is named after --title or the file; a gabarit's parcours keeps the
    // gabarit's title unless --title names it.
    const title = givenTitle ?? basename(file, '.atelier');
    const project = await session.client.invoke('project.create', { path, title });
    const parcours = template
      ? await session.client.invoke('parcours.createFromTemplate', {
          templateId: template.id,
          source: 'shipped',
          ...(givenTitle ? { title: givenTitle, shortName: deriveShortName(givenTitle) } : {}),
        })
      : await session.client.invoke('parcours.create', {
          title,
          shortName: deriveShortName(title),
          declaredHours: 3,
        });
    io.out(
      `Projet créé / Project created: ${project.path}\n` +
        `Parcours 1: ${parcours.title} [${parcours.shortName}] — ${hours(parcours.declaredHours)}` +
        (template ? ` (gabarit / template: ${template.id})` : '') +
        '\n',
    );
    return 0;
  } finally {
    await session.close();
  }
};
