/**
 * The CLIs as JavaScript (issue 11: "run from compiled JavaScript, not through a TypeScript loader
 * at run time"): src/cli/pith-verify.ts and pith-mirror.ts, each one ES module in dist-cli/, built by
 * `npm run build:cli` (and by npm install, through `prepare`). A Node build with its packages bundled
 * in (noExternal): resolving zod, noble and their files from node_modules one by one was most of a
 * small run's startup (150 ms against 55 ms for node itself, measured 2026-12-01).
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  ssr: { noExternal: true },
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist-cli',
    emptyOutDir: true,
    sourcemap: false,
    minify: false,
    rollupOptions: {
      // verify-worker: the --jobs worker thread (src/cli/verify-pool.ts), a file of its own beside pith-verify.mjs.
      input: {
        'pith-verify': resolve(import.meta.dirname, 'src/cli/pith-verify.ts'),
        'pith-mirror': resolve(import.meta.dirname, 'src/cli/pith-mirror.ts'),
        'verify-worker': resolve(import.meta.dirname, 'src/cli/verify-worker.ts'),
      },
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
    },
  },
});
