/**
 * The badge build (issue 12): src/embed/pith-badge.ts as one ES module, dist/embed/pith-badge.js,
 * built after the app (whose build empties dist/). No framework in it: src/embed imports the core
 * only (lint-enforced).
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist/embed',
    emptyOutDir: true,
    sourcemap: false,
    lib: { entry: resolve(import.meta.dirname, 'src/embed/pith-badge.ts'), formats: ['es'], fileName: () => 'pith-badge.js' },
  },
});
