import { parseArgs } from 'node:util';
import type { CliIo } from '../cli-io';
import { formatTemplateList } from '../format-template-list';
import { openCliClient } from '../open-cli-client';
import { UsageError } from '../usage-error';

/** `atelier templates [--json]`: the shipped gabarits, to pick one for `new --template`. */
export const templatesCommand = async (args: string[], io: CliIo): Promise<number> => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  });
  if (positionals.length > 0) {
    throw new UsageError('« templates » ne prend pas de fichier.', '"templates" takes no file.');
  }
  const session = openCliClient();
  try {
    const list = (await session.client.invoke('template.list', {})).filter(
      (t) => t.source === 'shipped',
    );
    const json = list.map(
      ({ id, name, declaredHours, description, sectionCount, activityCount }) => ({
        id,
        name,
        declaredHours,
        description,
        sectionCount,
        activityCount,
      }),
    );
    io.out(values.json ? `${JSON.stringify(json, null, 2)}\n` : formatTemplateList(list));
    return 0;
  } finally {
    await session.close();
  }
};
