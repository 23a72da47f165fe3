// Runs a compiled CLI (dist-cli/, built by `npm run build:cli`, which npm install runs as `prepare`):
// JavaScript at run time, no TypeScript loader (issue 11). The sources are src/cli/<name>.ts.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Imports dist-cli/<name>.mjs as the process's main module, or says how to build it. */
export async function runCompiled(name) {
  const entry = fileURLToPath(new URL(`../dist-cli/${name}.mjs`, import.meta.url));
  if (!existsSync(entry)) {
    process.stderr.write(`${name} is not built: run \`npm run build:cli\` (npm install does it)\n`);
    process.exit(2);
  }
  process.argv[1] = entry;
  await import(entry);
}
