/**
 * The core as an ESM library (issue 12): `npm run build:core` builds src/core's public modules
 * (config/core-entries.ts) into packages/core/dist, one output file per source module (the layout of
 * src/core, so a bundler tree-shakes per module), dependencies left as imports for the consumer to
 * install once. No React, no DOM: src/core has neither (lint-enforced).
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { CORE_ENTRIES } from './config/core-entries.ts';

export default defineConfig({
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'packages/core/dist',
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    // Each entry named by its path under src/core, so it lands where preserveModules puts every other module.
    lib: { entry: Object.fromEntries(Object.values(CORE_ENTRIES).map((file) => [file.replace(/^src\/core\//, '').replace(/\.ts$/, ''), resolve(import.meta.dirname, file)])), formats: ['es'] },
    rolldownOptions: {
      external: [/^@noble\//, /^@scure\//, /^valibot$/, /^hash-wasm$/],
      output: { preserveModules: true, preserveModulesRoot: 'src/core', entryFileNames: '[name].js' },
    },
  },
});
