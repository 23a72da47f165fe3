#!/usr/bin/env node
// Runs the compiled CLI (dist-cli/, built by `npm run build:cli`, which npm install runs as `prepare`):
// JavaScript at run time, no TypeScript loader (issue 11). The source is src/cli/pith-verify.ts.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../dist-cli/pith-verify.mjs', import.meta.url));
if (!existsSync(entry)) {
  process.stderr.write('pith-verify is not built: run `npm run build:cli` (npm install does it)\n');
  process.exit(2);
}
process.argv[1] = entry;
await import(entry);
