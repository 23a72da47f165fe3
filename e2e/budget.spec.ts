/**
 * Issue 10, the size budget of the first load, enforced: a cold deep link loads no more JavaScript
 * before its verdict is on screen, and the home page no more before the app starts its warm-up
 * (html[data-warmup], when the browser is first idle), than config/size-budget.ts allows.
 *
 * What counts (tests/first-load-probe.ts, shared with the bench): every script the page and its
 * workers started fetching before that moment, sized as gzip level 9 of the file served from dist/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installFirstLoadProbe, scriptsBefore } from '../tests/first-load-probe';
import { ENFORCED_GZIP_BYTES, TARGET_GZIP_BYTES } from '../config/size-budget';
import { SEED_SUFFIX, expect, expectVerdict, test } from './fixtures';

const DIST = fileURLToPath(new URL('../dist', import.meta.url));

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

for (const [name, path, moment] of [
  ['deep-link', `/pith/${SEED_SUFFIX}`, 'verdict'],
  ['home', '/', 'warmup'],
] as const) {
  test(`first load of ${name === 'home' ? 'the home page' : 'a cold deep link'} stays within its JavaScript budget`, async ({ page, pithScience: _ }) => {
    await installFirstLoadProbe(page);
    await page.goto(path);
    if (name === 'deep-link') await expectVerdict(page, 'verified');
    await expect(page.locator('html[data-warmup="started"]')).toBeAttached();
    const scripts = await scriptsBefore(page, moment, DIST);
    const total = scripts.reduce((n, s) => n + s.gzip, 0);
    console.log(`${name}: ${scripts.length} scripts, ${kb(total)} gzip before the ${moment} (enforced ${kb(ENFORCED_GZIP_BYTES[name])}, target ${kb(TARGET_GZIP_BYTES)}): ${scripts.map((s) => `${s.path.replace('/assets/', '')} ${kb(s.gzip)}`).join(', ')}`);
    expect(scripts.length).toBeGreaterThan(0);
    // No worker starts before the verdict, and no chunk of a page the verdict does not need loads.
    expect(scripts.map((s) => s.path).filter((u) => /worker|batch-route|settings-page|compute-route|record-page|record-view|record-details|hash-wasm/.test(u))).toEqual([]);
    // The home page does not even load the verifier (a static import of it into the first chunk once
    // did, through a cache-key helper, and broke the chunks' evaluation order).
    if (name === 'home') expect(scripts.map((s) => s.path).filter((u) => /verifier/.test(u))).toEqual([]);
    expect(total).toBeLessThanOrEqual(ENFORCED_GZIP_BYTES[name]);
  });
}

test('a link to a full 26-character suffix fetches no alias index', async ({ page, pithScience: _ }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expectVerdict(page, 'verified');
  await expect(page.locator('html[data-workers="ready"]')).toBeAttached();
  expect(fetched.filter((p) => p.endsWith('alias-index.json'))).toEqual([]);
});

test('the first chunk never imports the verifier chunk statically (it would run before what it needs, and the app would not start)', () => {
  // Twice a first-screen module reached the core's crypto statically (the audit's diff, the alias
  // index's shard hash): Rolldown then made the entry chunk import the verifier chunk, which ran
  // before the modules it shares with the entry, and the page threw before its first render.
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\/assets\/([^"]+)"/.exec(html)?.[1];
  expect(entry).toBeTruthy();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(DIST, 'assets', file), 'utf8');
    // Static imports only: `import … from "./x.js"` and bare `import "./x.js"`; import("…") is on demand.
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[^"'()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) visit(m[1]!);
  };
  visit(entry!);
  expect([...seen].filter((f) => /^verifier-/.test(f))).toEqual([]);
  expect(seen.size).toBeGreaterThan(0);
});
