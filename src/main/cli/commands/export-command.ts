import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/contract/app-error';
import type { CliIo } from '../cli-io';
import { openCliClient } from '../open-cli-client';
import { resolveParcours } from '../resolve-parcours';
import { UsageError } from '../usage-error';
import { formatExchangeReport } from '../format-exchange-report';
import { ensurePreviewSite } from '../ensure-preview-site';
import { waitForJob } from '../wait-for-job';

const FORMATS = ['gift', 'moodle-xml', 'mbz', 'folder', 'review', 'review-zip'] as const;
/** Formats that write the whole parcours, as a job. */
const WHOLE = ['mbz', 'folder', 'review', 'review-zip'] as const;
const isWhole = (value: string): value is (typeof WHOLE)[number] =>
  (WHOLE as readonly string[]).includes(value);
const isFormat = (value: string): value is (typeof FORMATS)[number] =>
  (FORMATS as readonly string[]).includes(value);

/**
 * `atelier export FILE.atelier --parcours P --format gift|moodle-xml|mbz|folder|review|review-zip
 * [--moodle 4.1|4.5] [--zip] -o OUT`: writes the bank of a parcours (GIFT, Moodle XML), or the
 * whole parcours as a Moodle backup, a parcours folder or a review package, and lists what the
 * format could not hold.
 */
export const exportCommand = async (args: string[], io: CliIo): Promise<number> => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      parcours: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      moodle: { type: 'string' },
      zip: { type: 'boolean' },
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
      `Format inconnu ou absent : --format ${values.format ?? ''} (gift, moodle-xml, mbz, folder, review ou review-zip).`,
      `Unknown or missing format: --format ${values.format ?? ''} (gift, moodle-xml, mbz, folder, review or review-zip).`,
    );
  }
  if (values.output === undefined) {
    throw new UsageError(
      'Indiquez le fichier à écrire : -o SORTIE.',
      'Give the output file: -o OUT.',
    );
  }
  const { moodle } = values;
  if (moodle !== undefined && moodle !== '4.1' && moodle !== '4.5') {
    throw new UsageError(
      `Version de Moodle inconnue : --moodle ${moodle} (4.1 ou 4.5).`,
      `Unknown Moodle version: --moodle ${moodle} (4.1 or 4.5).`,
    );
  }
  if ((moodle !== undefined || values.zip === true) && values.format !== 'mbz') {
    throw new UsageError(
      '--moodle et --zip ne valent que pour --format mbz.',
      '--moodle and --zip apply to --format mbz only.',
    );
  }
  const session = openCliClient();
  try {
    const project = await session.client.invoke('project.open', { path: resolve(file) });
    const parcours = resolveParcours(project, values.parcours);
    if (isWhole(values.format)) {
      const { format } = values;
      if (format === 'review' || format === 'review-zip') {
        ensurePreviewSite((line) => {
          io.err(`${line}\n`);
        });
      }
      const result = await waitForJob(session.client, io, () =>
        session.client.invoke('exchange.export', {
          parcoursId: parcours.id,
          format,
          path: resolve(values.output ?? ''),
          ...(moodle === undefined ? {} : { moodle }),
          zip: values.zip === true,
        }),
      );
      if (result.kind !== 'export') throw new Error('an export job returned an import result');
      io.out(
        `« ${parcours.title} » écrit / written: ${result.path}\n${formatExchangeReport(result.report)}`,
      );
      return 0;
    }
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
