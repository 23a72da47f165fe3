// The core as a library (issue 12): the package's exports, its dependencies, the API reference's
// entry points and the reference itself agree with config/core-entries.ts and the sources. The
// tarball itself is installed and used in e2e/core-package.spec.ts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPath, CORE_ENTRIES } from '../config/core-entries';

const root = new URL('..', import.meta.url).pathname;
const json = (p: string) => JSON.parse(readFileSync(join(root, p), 'utf8')) as Record<string, unknown>;

function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

describe('@pith-explorer/core', () => {
  const pkg = json('packages/core/package.json') as { exports: Record<string, unknown>; dependencies: Record<string, string>; sideEffects: boolean; type: string };

  it('exports exactly the modules of config/core-entries.ts, each with its types, ESM only, side-effect free', () => {
    const expected: Record<string, unknown> = Object.fromEntries(Object.entries(CORE_ENTRIES).map(([name, src]) => [`./${name}`, { types: builtPath(src, '.d.ts'), import: builtPath(src, '.js') }]));
    expected['./package.json'] = './package.json';
    expect(pkg.exports).toEqual(expected);
    expect(pkg.type).toBe('module');
    expect(pkg.sideEffects).toBe(false);
  });

  it('depends on what the core imports, at the versions the app is tested with, and on nothing of the app', () => {
    const app = json('package.json') as { dependencies: Record<string, string>; version: string };
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['@noble/ed25519', '@noble/hashes', '@scure/base', 'hash-wasm', 'valibot']);
    for (const [name, range] of Object.entries(pkg.dependencies)) expect(range, name).toBe(app.dependencies[name]);
    expect((json('packages/core/package.json') as { version: string }).version).toBe(app.version);
  });

  it('documents the same entry points in its API reference, and docs/api is up to date (npm run docs:api)', () => {
    expect((json('typedoc.json') as { entryPoints: string[] }).entryPoints).toEqual(Object.values(CORE_ENTRIES));
    const out = mkdtempSync(join(tmpdir(), 'pith-api-'));
    // typedoc.json fails on any exported function, class or method without a doc comment.
    execFileSync(join(root, 'node_modules/.bin/typedoc'), ['--out', out], { cwd: root, stdio: 'pipe' });
    const fresh = tree(out);
    const committed = tree(join(root, 'docs/api'));
    expect([...committed.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [file, text] of fresh) expect(committed.get(file), file).toBe(text);
  }, 60_000);
});
