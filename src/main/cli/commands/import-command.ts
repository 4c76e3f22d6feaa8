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

/**
 * `atelier import FILE.atelier QUESTIONS.gift|.xml [--parcours P] [--category PATH]`: prints
 * the report; exit 1 when nothing could be imported, 0 otherwise.
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
