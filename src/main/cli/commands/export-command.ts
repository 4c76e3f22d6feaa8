import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/contract/app-error';
import type { CliIo } from '../cli-io';
import { openCliClient } from '../open-cli-client';
import { resolveParcours } from '../resolve-parcours';
import { UsageError } from '../usage-error';

const FORMATS = ['gift', 'moodle-xml'] as const;
const isFormat = (value: string): value is (typeof FORMATS)[number] =>
  (FORMATS as readonly string[]).includes(value);

/**
 * `atelier export FILE.atelier --parcours P --format gift|moodle-xml -o OUT`: writes the bank
 * of a parcours and lists what the format could not hold.
 */
export const exportCommand = async (args: string[], io: CliIo): Promise<number> => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      parcours: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
    },
  });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    throw new UsageError(
      '« export » attend un seul projet.',
      '"export" takes exactly one project.',
    );
  }
  if (values.format === undefined || !isFormat(values.format)) {
    throw new UsageError(
      `Format inconnu ou absent : --format ${values.format ?? ''} (gift ou moodle-xml).`,
      `Unknown or missing format: --format ${values.format ?? ''} (gift or moodle-xml).`,
    );
  }
  if (values.output === undefined) {
    throw new UsageError(
      'Indiquez le fichier à écrire : -o SORTIE.',
      'Give the output file: -o OUT.',
    );
  }
  const session = openCliClient();
  try {
    const project = await session.client.invoke('project.open', { path: resolve(file) });
    const parcours = resolveParcours(project, values.parcours);
    const out = await session.client.invoke('question.export', {
      parcoursId: parcours.id,
      format: values.format,
    });
    const target = resolve(values.output);
    try {
      await writeFile(target, out.content, 'utf8');
    } catch (error) {
      throw new AppError(
        'io_error',
        `Impossible d’écrire « ${target} » : vérifiez le dossier et les droits.`,
        `Cannot write "${target}": check the folder and permissions.`,
        { path: target, cause: error instanceof Error ? error.message : String(error) },
      );
    }
    const lines = [`${String(out.report.written)} question(s) écrite(s) / written: ${target}`];
    for (const s of [...out.report.skipped, ...out.report.losses]) {
      lines.push(`  « ${s.questionName} »`, `    ${s.message}`, `    ${s.messageEn}`);
    }
    io.out(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    await session.close();
  }
};
