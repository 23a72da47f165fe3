/**
 * `npm run build:core`: builds the core library into packages/core/dist (issue 12).
 *  1. JavaScript: `vite build -c vite.lib.config.ts` (one ESM file per source module).
 *  2. Types: `tsc -p tsconfig.lib.json` (declarations only), copied beside the JavaScript with each
 *     relative specifier given its `.js` (the sources import without extensions, which a bundler
 *     resolves but Node's ESM resolution, and TypeScript's node16/nodenext, do not).
 * Then `npm pack ./packages/core` makes the tarball.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const TYPES = join(ROOT, 'node_modules/.cache/pith-core-types');
const DIST = join(ROOT, 'packages/core/dist');
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

execFileSync(bin('vite'), ['build', '-c', 'vite.lib.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
rmSync(TYPES, { recursive: true, force: true });
execFileSync(bin('tsc'), ['-p', 'tsconfig.lib.json'], { cwd: ROOT, stdio: 'inherit' });

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else yield p;
  }
}

/** `from './x'` → `from './x.js'`; refuses a specifier that names no declaration file (no guessing). */
export function withJsExtensions(text: string, file: string): string {
  return text.replace(/(\bfrom\s+|\bimport\s*\(\s*)(['"])(\.{1,2}\/[^'"]+)\2/g, (whole, lead: string, quote: string, spec: string) => {
    if (spec.endsWith('.js')) return whole;
    const target = resolve(dirname(file), `${spec}.d.ts`);
    if (!existsSync(target)) throw new Error(`${relative(ROOT, file)}: ${spec} names no declaration file`);
    return `${lead}${quote}${spec}.js${quote}`;
  });
}

let count = 0;
for (const file of files(TYPES)) {
  if (!file.endsWith('.d.ts')) continue;
  const out = join(DIST, relative(TYPES, file));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, withJsExtensions(readFileSync(file, 'utf8'), file));
  count++;
}
console.log(`packages/core/dist: JavaScript and ${count} declaration files`);
