// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'worker_threads',
  'stream',
  'url',
  'http',
  'https',
  'net',
  'zlib',
  'util',
  'events',
  'buffer',
  'process',
  'readline',
  'timers',
];

/** Patterns that keep each runtime in its folder (DESIGN.md §3). */
const noNodeMessage = 'Ce dossier doit tourner partout : pas de module Node.';
const noNode = [{ group: ['node:*'], message: noNodeMessage }];
/** Bare built-in names go in `paths` (exact match): as patterns, `events` would match `./events`. */
const noNodePaths = nodeBuiltins.map((name) => ({ name, message: noNodeMessage }));
const noElectron = [
  {
    group: ['electron', 'electron/*'],
    message: "electron ne s'importe que dans src/main/index.ts et src/main/electron/.",
  },
];
const noMain = [
  { group: ['**/main/**', '@main/*'], message: 'Seul src/main peut importer src/main.' },
];
const noRenderer = [
  { group: ['**/renderer/**'], message: 'Seul src/renderer peut importer src/renderer.' },
];

export default tseslint.config(
  {
    ignores: [
      '.tmp/**',
      'out/**',
      'dist/**',
      'node_modules/**',
      '.electron-native/**',
      'test-results/**',
      'playwright-report/**',
      'test/fixtures/**',
      'resources/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Exports nommés seulement (STYLE.md).' },
      ],
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: noNodePaths, patterns: [...noNode, ...noElectron, ...noMain, ...noRenderer] },
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // This rule warns about memoization by the React Compiler, which the studio does not use.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        { paths: noNodePaths, patterns: [...noNode, ...noElectron, ...noMain] },
      ],
    },
  },
  {
    files: ['src/main/**'],
    ignores: ['src/main/index.ts', 'src/main/electron/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...noElectron, ...noRenderer] }] },
  },
  {
    files: ['src/main/index.ts', 'src/main/electron/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...noRenderer] }] },
  },
  {
    files: ['*.config.ts', '**/playwright.config.ts', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
