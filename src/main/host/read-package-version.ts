import { readFileSync } from 'node:fs';

/**
 * The version in the repository's package.json, which the CLI and the WebSocket host report
 * (Electron has `app.getVersion()`). Read at run time: the sources run unbundled through tsx.
 */
export const readPackageVersion = (): string => {
  const pkg = JSON.parse(
    readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
  ) as {
    version?: unknown;
  };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
};
