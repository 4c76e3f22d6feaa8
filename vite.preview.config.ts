import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
/** Where the site is built; ATELIER_PREVIEW_OUT lets two checkouts build side by side. */
const outDir = process.env['ATELIER_PREVIEW_OUT'] ?? resolve(root, 'out/preview');

/**
 * The preview site (src/renderer/preview): ONE classic script and ONE stylesheet, everything
 * inlined, so that a review package can hold them in a single HTML file under a CSP that allows
 * only their hashes. No chunks, no dynamic import, no asset files, no public folder.
 */
export default defineConfig({
  plugins: [react()],
  // A library build keeps `process.env.NODE_ENV` for its consumers; this one runs as is.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  publicDir: false,
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    cssCodeSplit: false,
    // Everything, fonts and images included, stays in the two files.
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    modulePreload: false,
    lib: {
      entry: resolve(root, 'src/renderer/preview/preview-main.tsx'),
      name: 'AtelierPreview',
      formats: ['iife'],
      fileName: () => 'preview-site.js',
      cssFileName: 'preview-site',
    },
    rolldownOptions: {
      output: { codeSplitting: false },
    },
  },
});
