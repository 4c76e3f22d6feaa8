import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIo } from '../cli-io';
import { formatProjectInfo } from '../format-project-info';
import { openCliClient } from '../open-cli-client';
import { toProjectInfoJson } from '../project-info-json';
import { resolveParcours } from '../resolve-parcours';
import { UsageError } from '../usage-error';

/** `atelier info FILE.atelier [--json] [--parcours P]`: every parcours, or only P. */
export const infoCommand = async (args: string[], io: CliIo): Promise<number> => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, parcours: { type: 'string' } },
  });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    throw new UsageError('« info » attend un seul fichier.', '"info" takes exactly one file.');
  }
  const session = openCliClient();
  try {
    const project = await session.client.invoke('project.open', { path: resolve(file) });
    const selected =
      values.parcours === undefined
        ? project.parcours
        : [resolveParcours(project, values.parcours)];
    const shown = [];
    for (const summary of selected) {
      const outline = await session.client.invoke('parcours.outline', { id: summary.id });
      const categories = await session.client.invoke('questionCategory.list', {
        parcoursId: summary.id,
      });
      const questionBank = {
        categories: categories.length,
        questions: categories.reduce((sum, c) => sum + c.questionCount, 0),
      };
      shown.push({ summary, outline, questionBank });
    }
    const info = toProjectInfoJson(project, shown);
    io.out(values.json ? `${JSON.stringify(info, null, 2)}\n` : formatProjectInfo(info));
    return 0;
  } finally {
    await session.close();
  }
};
