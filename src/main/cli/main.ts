import { AppError } from '../../shared/contract/app-error';
import { readPackageVersion } from '../host/read-package-version';
import type { CliIo } from './cli-io';
import { exportCommand } from './commands/export-command';
import { importCommand } from './commands/import-command';
import { infoCommand } from './commands/info-command';
import { newCommand } from './commands/new-command';
import { templatesCommand } from './commands/templates-command';
import { UsageError } from './usage-error';
import { USAGE_TEXT } from './usage-text';

const COMMANDS: Readonly<Record<string, (args: string[], io: CliIo) => Promise<number>>> = {
  new: newCommand,
  info: infoCommand,
  templates: templatesCommand,
  import: importCommand,
  export: exportCommand,
};

/** parseArgs throws plain TypeErrors with an ERR_PARSE_ARGS_* code for unknown options. */
const isParseArgsError = (error: unknown): error is Error & { code: string } =>
  error instanceof Error &&
  'code' in error &&
  typeof error.code === 'string' &&
  error.code.startsWith('ERR_PARSE_ARGS');

const defaultIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/**
 * The `atelier` command. Returns the exit code: 0 success, 2 bad usage (with the usage
 * text), 1 an error (its French message, then its English one, on stderr).
 */
export const runCli = async (argv: string[], io: CliIo = defaultIo): Promise<number> => {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    if (command === undefined) {
      io.err(USAGE_TEXT);
      return 2;
    }
    io.out(USAGE_TEXT);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    io.out(`${readPackageVersion()}\n`);
    return 0;
  }
  const run = COMMANDS[command];
  try {
    if (!run) {
      throw new UsageError(`Commande inconnue : ${command}`, `Unknown command: ${command}`);
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(USAGE_TEXT);
      return 0;
    }
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n${error.messageEn}\n\n${USAGE_TEXT}`);
      return 2;
    }
    if (isParseArgsError(error)) {
      io.err(
        `Option ou argument invalide.\nInvalid option or argument: ${error.message}\n\n${USAGE_TEXT}`,
      );
      return 2;
    }
    if (error instanceof AppError) {
      io.err(`${error.message}\n${error.messageEn}\n`);
      return 1;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.err(`Erreur inattendue : ${detail}\nUnexpected error: ${detail}\n`);
    return 1;
  }
};
