import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIo } from '../cli-io';
import { detectQuestionFormat } from '../detect-question-format';
import { formatImportReport } from '../format-import-report';
import { openCliClient } from '../open-cli-client';
import { resolveCategoryPath } from '../resolve-category-path';
import { resolveParcours } from '../resolve-parcours';
import { UsageError } from '../usage-error';
import { readQuestionFile } from '../read-question-file';
import { formatExchangeReport } from '../format-exchange-report';
import { isParcoursSource } from '../is-parcours-source';
import { waitForJob } from '../wait-for-job';

const importParcours = async (file: string, source: string, io: CliIo): Promise<number> => {
  const session = openCliClient();
  try {
    await session.client.invoke('project.open', { path: file });
    const result = await waitForJob(session.client, io, () =>
      session.client.invoke('exchange.import', { path: source }),
    );
    if (result.kind !== 'import') throw new Error('an import job returned an export result');
    const verb = result.replaced ? 'mis à jour / updated' : 'importé / imported';
    io.out(
      `« ${result.title} » (${result.shortName}) ${verb}\n${formatExchangeReport(result.report)}`,
    );
    return 0;
  } finally {
    await session.close();
  }
};

/**
 * `atelier import FILE.atelier SOURCE`: a Moodle backup (.mbz, tar.gz or zip) or a parcours
 * folder becomes a parcours of the project; a GIFT or Moodle XML file (`[--parcours P]
 * [--category PATH]`) goes into a parcours's bank. Prints the report; exit 1 when nothing
 * could be imported, 0 otherwise.
 */
export const importCommand = async (args: string[], io: CliIo): Promise<number> => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { parcours: { type: 'string' }, category: { type: 'string' } },
  });
  const [file, questions, ...extra] = positionals;
  if (file === undefined || questions === undefined || extra.length > 0) {
    throw new UsageError(
      '« import » attend un projet puis un fichier de questions.',
      '"import" takes a project then a question file.',
    );
  }
  if (await isParcoursSource(resolve(questions))) {
    if (values.parcours !== undefined || values.category !== undefined) {
      throw new UsageError(
        '--parcours et --category ne valent que pour un fichier de questions : une sauvegarde ou un dossier devient un nouveau parcours.',
        '--parcours and --category apply to a question file only: a backup or a folder becomes a new parcours.',
      );
    }
    return importParcours(resolve(file), resolve(questions), io);
  }
  const content = await readQuestionFile(resolve(questions), readFile);
  const session = openCliClient();
  try {
    const project = await session.client.invoke('project.open', { path: resolve(file) });
    const parcours = resolveParcours(project, values.parcours);
    const categoryId =
      values.category === undefined
        ? undefined
        : await resolveCategoryPath(session.client, parcours.id, values.category);
    const report = await session.client.invoke('question.import', {
      parcoursId: parcours.id,
      format: detectQuestionFormat(questions, content),
      content,
      ...(categoryId === undefined ? {} : { categoryId }),
    });
    io.out(formatImportReport(report));
    return report.imported > 0 ? 0 : 1;
  } finally {
    await session.close();
  }
};
