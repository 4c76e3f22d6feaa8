import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;
/** Where the renderer is built; ATELIER_RENDERER_OUT lets two checkouts' e2e runs build side by side. */
const rendererOut = process.env['ATELIER_RENDERER_OUT'] ?? resolve(root, 'out/renderer');

/**
 * main: ESM, dependencies stay in node_modules (better-sqlite3 is native).
 * preload: ONE CommonJS file with everything inlined, because a sandboxed preload can
 * only `require('electron')` and cannot load ESM or sibling chunks.
 * renderer: the same React app the WebSocket host serves.
 */
export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          index: resolve(root, 'src/main/index.ts'),
          // Exports and imports run in worker threads (src/main/core/jobs).
          'job-worker': resolve(root, 'src/main/core/jobs/job-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { preload: resolve(root, 'src/main/electron/preload.ts') },
        external: ['electron'],
        output: {
          format: 'cjs',
          entryFileNames: '[name].cjs',
          codeSplitting: false,
        },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    plugins: [react()],
    build: {
      outDir: rendererOut,
      emptyOutDir: true,
      rolldownOptions: {
        input: { index: resolve(root, 'src/renderer/index.html') },
      },
    },
  },
});
