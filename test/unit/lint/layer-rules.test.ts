import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/** Lints a snippet as if it lived at `filePath`, and returns the rules it breaks. */
const brokenRules = async (filePath: string, code: string): Promise<string[]> => {
  // The probe files do not exist, so type-aware rules (which need them in a tsconfig) are off;
  // the layer rules are syntactic and stay exactly as configured.
  const eslint = new ESLint({
    cwd: process.cwd(),
    overrideConfig: [{ files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }],
  });
  const [result] = await eslint.lintText(code, { filePath, warnIgnored: true });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
};

const importing = (specifier: string): string =>
  `import * as probe from '${specifier}';\nexport const used = probe;\n`;

describe('layer rules (DESIGN.md §3)', () => {
  it.each([
    ['src/shared/domain/probe.ts', 'node:fs'],
    ['src/shared/domain/probe.ts', 'path'],
    ['src/shared/domain/probe.ts', 'electron'],
    ['src/shared/domain/probe.ts', '../../main/core/app-context'],
    ['src/shared/domain/probe.ts', '../../renderer/main'],
    ['src/renderer/components/probe.ts', 'node:path'],
    ['src/renderer/components/probe.ts', 'electron'],
    ['src/renderer/components/probe.ts', '../../main/core/app-context'],
    ['src/main/core/probe.ts', 'electron'],
    ['src/main/cli/probe.ts', 'electron'],
    ['src/main/core/probe.ts', '../../renderer/main'],
  ])('%s may not import %s', async (file, specifier) => {
    expect(await brokenRules(file, importing(specifier))).toContain('no-restricted-imports');
  });

  it.each([
    ['src/main/electron/probe.ts', 'electron'],
    ['src/main/index.ts', 'electron'],
    ['src/main/core/probe.ts', 'node:fs'],
    ['src/shared/contract/probe.ts', './events'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await brokenRules(file, importing(specifier))).not.toContain('no-restricted-imports');
  });

  it('refuses default exports', async () => {
    expect(await brokenRules('src/shared/domain/probe.ts', 'export default 1;\n')).toContain(
      'no-restricted-syntax',
    );
  });
});
