#!/usr/bin/env node
// Why this script exists: better-sqlite3 is a native addon, and Electron's Node has a
// different ABI from the system Node. node_modules keeps the Node-ABI build (unit and
// integration tests, the CLI, the WebSocket host all need it), so instead of rebuilding it
// in place (what `electron-builder install-app-deps` / @electron/rebuild would do, breaking
// every plain-Node run) we compile a second copy for Electron in .electron-native/ and the
// Electron host hands its path to better-sqlite3's `nativeBinding` option. The node-gyp
// flags are those @electron/rebuild uses. A stamp file skips the work when up to date.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'node_modules', 'better-sqlite3');
const target = join(root, '.electron-native', 'better-sqlite3');
const stampFile = join(target, '.electron-stamp.json');
const addon = join(target, 'build', 'Release', 'better_sqlite3.node');

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

const fail = (fr, en, detail) => {
  process.stderr.write(
    `\n[prepare-electron-native] ${fr}\n[prepare-electron-native] ${en}\n` +
      (detail ? `\n${detail}\n` : '') +
      '\nLes tests, la CLI et `npm run dev:web` fonctionnent sans cette étape.\n' +
      'Tests, the CLI and `npm run dev:web` work without this step.\n',
  );
  process.exit(1);
};

const electronVersion = readJson(join(root, 'node_modules', 'electron', 'package.json')).version;
const sqliteVersion = readJson(join(source, 'package.json')).version;
const wanted = { electron: electronVersion, betterSqlite3: sqliteVersion, arch: process.arch };

if (existsSync(stampFile) && existsSync(addon)) {
  const stamp = readJson(stampFile);
  if (
    stamp.electron === wanted.electron &&
    stamp.betterSqlite3 === wanted.betterSqlite3 &&
    stamp.arch === wanted.arch
  ) {
    process.stdout.write(
      `[prepare-electron-native] better-sqlite3 ${sqliteVersion} pour/for Electron ${electronVersion} : à jour / up to date\n`,
    );
    process.exit(0);
  }
}

process.stdout.write(
  `[prepare-electron-native] Compilation de better-sqlite3 ${sqliteVersion} pour Electron ${electronVersion}… / Building for Electron…\n`,
);
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
for (const entry of ['binding.gyp', 'src', 'deps', 'package.json', 'lib']) {
  cpSync(join(source, entry), join(target, entry), { recursive: true });
}

const nodeGyp = join(
  root,
  'node_modules',
  '.bin',
  process.platform === 'win32' ? 'node-gyp.cmd' : 'node-gyp',
);
// npm exports its config as npm_config_*; a `nodedir` there would make node-gyp build
// against the system Node headers instead of Electron's, silently producing the wrong ABI.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^npm_config_(nodedir|target|runtime|disturl|dist_url)$/i.test(key),
  ),
);
const result = spawnSync(
  nodeGyp,
  [
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    '--dist-url=https://electronjs.org/headers',
    '--runtime=electron',
    `--arch=${process.arch}`,
    `--devdir=${join(root, '.electron-native', 'gyp-headers')}`,
  ],
  {
    cwd: target,
    env,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
    shell: process.platform === 'win32',
  },
);

if (result.error || result.status !== 0 || !existsSync(addon)) {
  const stderr = (result.stderr ?? '').trim().split('\n').slice(-15).join('\n');
  const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|network|403|404/i.test(
    stderr,
  );
  fail(
    offline
      ? `Impossible de télécharger les en-têtes d'Electron ${electronVersion} (réseau indisponible ?). Réessayez une fois connecté.`
      : `La compilation de better-sqlite3 pour Electron ${electronVersion} a échoué (compilateur C++ et Python requis).`,
    offline
      ? `Could not download the Electron ${electronVersion} headers (no network?). Retry once online.`
      : `Building better-sqlite3 for Electron ${electronVersion} failed (a C++ compiler and Python are required).`,
    result.error ? String(result.error) : stderr,
  );
}

writeFileSync(stampFile, `${JSON.stringify(wanted, null, 2)}\n`);
process.stdout.write(`[prepare-electron-native] Prêt / Ready: ${addon}\n`);
