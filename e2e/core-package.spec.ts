/**
 * Issue 12, "the core as a library": `npm run build:core`, `npm pack ./packages/core`, and the tarball
 * installed into a scratch project with nothing else of ours. The README's example runs there in node
 * and verifies the seed; its types check under TypeScript's nodenext resolution; and a page bundled
 * by Vite from the installed package verifies the seed in Chromium. The install is `--offline`, with
 * the dependencies packed from this project's node_modules, so the test downloads nothing.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, SEED, SEED_SUFFIX, serveLocal, test } from './fixtures';

const ROOT = new URL('..', import.meta.url).pathname;
const SEED_FILE = join(ROOT, `tests/fixtures/pith/${SEED_SUFFIX}.record.json`);
const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let scratch = '';
let packed: { files: { path: string }[] } = { files: [] };

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  run('npx', ['tsx', 'scripts/build-core.ts'], ROOT);
  const out = mkdtempSync(join(tmpdir(), 'pith-core-pack-'));
  [packed] = JSON.parse(run('npm', ['pack', './packages/core', '--pack-destination', out, '--json'], ROOT)) as (typeof packed & { filename: string })[] as [typeof packed & { filename: string }];
  const tarball = join(out, readdirSync(out).find((f) => f.endsWith('.tgz'))!);

  scratch = mkdtempSync(join(tmpdir(), 'pith-core-user-'));
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  // The dependencies as tarballs packed from this project's node_modules (the versions the app is
  // tested with): npm installs them as it would from the registry, and asks the registry nothing.
  const deps = Object.keys((JSON.parse(readFileSync(join(ROOT, 'packages/core/package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
  const depTarballs = deps.map((d) => join(out, (JSON.parse(run('npm', ['pack', join(ROOT, 'node_modules', d), '--pack-destination', out, '--json'], ROOT)) as { filename: string }[])[0]!.filename));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball, ...depTarballs], scratch);
  copyFileSync(SEED_FILE, join(scratch, `${SEED_SUFFIX}.json`));
});

test('the tarball holds the built modules, their types and the README, and nothing of the app', () => {
  const paths = packed.files.map((f) => f.path).sort();
  expect(paths).toContain('dist/verify/verify-document.js');
  expect(paths).toContain('dist/verify/verify-document.d.ts');
  expect(paths).toContain('README.md');
  expect(paths).toContain('LICENSE');
  expect(paths.filter((p) => !/^(dist\/|README\.md$|LICENSE$|package\.json$)/.test(p))).toEqual([]);
  expect(paths.filter((p) => /\.test\.|react|features\//.test(p))).toEqual([]);
  const installed = JSON.parse(readFileSync(join(scratch, 'node_modules/@pith-explorer/core/package.json'), 'utf8')) as { dependencies: Record<string, string> };
  expect(Object.keys(installed.dependencies).sort()).toEqual(['@noble/ed25519', '@noble/hashes', '@scure/base', 'hash-wasm', 'valibot']);
});

test("the README's example runs in node from the installed package and verifies the seed", () => {
  const readme = readFileSync(join(ROOT, 'packages/core/README.md'), 'utf8');
  const example = /```js\n([\s\S]*?)```/.exec(readme)![1]!;
  writeFileSync(join(scratch, 'example.mjs'), example);
  const out = run('node', ['example.mjs'], scratch).trim().split('\n');
  expect(out[0]).toBe(`verified ${SEED}`);
  expect(out.slice(1).every((l) => / (pass|skip|warn) /.test(l))).toBe(true);
  expect(out.some((l) => l.startsWith('signature pass'))).toBe(true);
});

test('its types check for a TypeScript user with nodenext resolution', () => {
  writeFileSync(
    join(scratch, 'check.ts'),
    [
      "import { Keyring } from '@pith-explorer/core/keyring';",
      "import { verifyText, type VerifyReport } from '@pith-explorer/core/verify';",
      "import { parsePithNumber } from '@pith-explorer/core/pith-number';",
      "import { canonicalJson } from '@pith-explorer/core/canonical-json';",
      'const entries = await verifyText("{}", { keyring: Keyring.pinned() });',
      "const verdict: VerifyReport['verdict'] | undefined = entries[0]?.report?.verdict;",
      "const parsed = parsePithNumber('pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74');",
      'const suffix: string | undefined = parsed.ok ? parsed.value.suffix : undefined;',
      'const c = canonicalJson({ b: 1, a: [true] });',
      'export const all = [verdict, suffix, c.ok ? c.value.text : null];',
      '// @ts-expect-error: a report has no such field',
      'entries[0]?.report?.notAField;',
    ].join('\n'),
  );
  writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, lib: ['es2023', 'dom'], types: [] }, files: ['check.ts'] }));
  expect(() => run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], scratch)).not.toThrow();
});

test('a page bundled by Vite from the installed package verifies the seed in Chromium, with no framework in it', async ({ page }) => {
  const site = join(scratch, 'site');
  mkdirSync(site, { recursive: true });
  writeFileSync(join(site, 'index.html'), '<!doctype html><html><head><meta charset="utf-8"><title>core</title></head><body><p id="out">checking</p><script type="module" src="./main.js"></script></body></html>');
  writeFileSync(
    join(site, 'main.js'),
    [
      "import { Keyring } from '@pith-explorer/core/keyring';",
      "import { verifyText } from '@pith-explorer/core/verify';",
      `const text = await (await fetch('/${SEED_SUFFIX}.json')).text();`,
      'const [entry] = await verifyText(text, { keyring: Keyring.pinned() });',
      "document.getElementById('out').textContent = `${entry.report.verdict} ${entry.report.computedPithNumber}`;",
    ].join('\n'),
  );
  copyFileSync(SEED_FILE, join(site, `${SEED_SUFFIX}.json`));
  run(join(ROOT, 'node_modules/.bin/vite'), ['build', site, '--outDir', join(site, 'dist'), '--logLevel', 'warn'], scratch);
  const dist = join(site, 'dist');
  copyFileSync(SEED_FILE, join(dist, `${SEED_SUFFIX}.json`));
  const bundle = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dist, 'assets', f), 'utf8')).join('\n');
  expect(bundle).not.toMatch(/react|__reactFiber|jsx-runtime/i);
  console.log(`a page using verify and keyring from the package: ${(gzipSync(bundle, { level: 9 }).length / 1024).toFixed(1)} KB gzip of JavaScript`);
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const { server, url } = await serveLocal((req, res) => {
    const path = req.url === '/' ? '/index.html' : (req.url ?? '/');
    let body: Buffer;
    try {
      body = readFileSync(join(dist, path));
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  try {
    await page.goto(`${url}/`);
    await expect(page.locator('#out')).toHaveText(`verified ${SEED}`);
  } finally {
    server.close();
  }
});
