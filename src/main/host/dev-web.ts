import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import react from '@vitejs/plugin-react';
import { createServer } from 'vite';
import type { ViteDevServer } from 'vite';
import { createAppContext } from '../core/app-context';
import { readPackageVersion } from './read-package-version';
import { createWsHost } from './ws-host';

/**
 * `npm run dev:web`: the studio in a browser against the real core. Default: the core and
 * its WebSocket host here, the renderer from a Vite dev server (hot reload) on another
 * port, which is why the printed URL carries the ws address. `--built` serves out/renderer
 * from the WebSocket host itself (what the e2e suite runs against).
 */
const repoRoot = resolve(import.meta.dirname, '..', '..', '..');

const { values } = parseArgs({
  options: {
    built: { type: 'boolean', default: false },
    port: { type: 'string' },
    'vite-port': { type: 'string', default: '5173' },
  },
});

const dataDir = process.env.ATELIER_DATA_DIR ?? join(homedir(), '.config', 'atelier-dev');
const context = createAppContext({
  dataDir,
  defaultProjectDir: join(homedir(), 'Documents', 'Atelier'),
  appVersion: readPackageVersion(),
  templatesDir: join(repoRoot, 'resources', 'templates'),
  warmJobWorker: true,
  previewSiteDir: join(repoRoot, 'out', 'preview'),
});

const startVite = async (): Promise<ViteDevServer> => {
  const server = await createServer({
    configFile: false,
    root: join(repoRoot, 'src', 'renderer'),
    plugins: [react()],
    server: { host: '127.0.0.1', port: Number(values['vite-port']), strictPort: false },
  });
  await server.listen();
  return server;
};

const main = async (): Promise<void> => {
  const staticDir = join(repoRoot, 'out', 'renderer');
  if (values.built && !existsSync(join(staticDir, 'index.html'))) {
    throw new Error(
      'out/renderer est absent : lancez d’abord « npm run build ». / out/renderer is missing: run "npm run build" first.',
    );
  }
  const vite = values.built ? null : await startVite();
  const viteUrl = vite?.resolvedUrls?.local[0];
  const host = await createWsHost({
    context,
    port: values.port === undefined ? 0 : Number(values.port),
    ...(values.built ? { staticDir } : {}),
    previewSiteDir: join(repoRoot, 'out', 'preview'),
    allowedOrigins: viteUrl ? [new URL(viteUrl).origin] : [],
  });
  const open = viteUrl
    ? `${viteUrl}#token=${host.token}&ws=${encodeURIComponent(host.wsUrl)}`
    : `${host.url}#token=${host.token}`;
  process.stdout.write(
    `\nAtelier (web) — données / data: ${dataDir}\n` +
      `Ouvrez / Open: ${open}\n` +
      'Ctrl+C pour arrêter / to stop.\n',
  );

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    Promise.allSettled([vite?.close(), host.close()])
      .then(() => context.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch(async (error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  await context.close().catch(() => undefined);
  process.exit(1);
});
