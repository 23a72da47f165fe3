/**
 * Issue 10, the size budget of the first load, enforced: a cold deep link loads no more JavaScript
 * before its verdict is on screen, and the home page no more before the app starts its warm-up
 * (html[data-warmup], when the browser is first idle), than config/size-budget.ts allows.
 *
 * What counts: every script the page and its workers started fetching before that moment
 * (Resource Timing, whose start times share the page's clock with the verdict's), sized as gzip
 * level 9 of the file the server sent (dist/, what `vite preview` serves).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { ENFORCED_GZIP_BYTES, TARGET_GZIP_BYTES } from '../config/size-budget';
import { SEED_SUFFIX, expect, expectVerdict, test } from './fixtures';

const gzipOf = (path: string) => gzipSync(readFileSync(new URL(`../dist${path}`, import.meta.url)), { level: 9 }).length;

/** Installs a clock for the verdict on screen (the warm-up's moment is the app's own performance mark). */
async function installMoments(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { moments: Record<string, number> };
    w.moments = {};
    new MutationObserver(() => {
      const now = performance.now();
      if (document.querySelector('[data-testid="record-verdict"] [data-verdict]')) w.moments.verdict ??= now;
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
}

/** Scripts whose fetch started before the named moment, with their gzip size. */
async function scriptsBefore(page: Page, moment: 'verdict' | 'warmup'): Promise<{ path: string; gzip: number }[]> {
  const { at, entries } = await page.evaluate((m) => {
    const w = window as unknown as { moments: Record<string, number> };
    // The warm-up marks its own start (warm-up-app.ts): an observer would see it only after the fetches it starts.
    const at = m === 'warmup' ? performance.getEntriesByName('pith:warm-up')[0]!.startTime : w.moments[m]!;
    return { at, entries: performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime })) };
  }, moment);
  const seen = new Set<string>();
  return entries
    .filter((e) => e.start < at && /\.m?js$/.test(new URL(e.name).pathname))
    .map((e) => new URL(e.name).pathname)
    .filter((p) => !seen.has(p) && seen.add(p))
    .map((path) => ({ path, gzip: gzipOf(path) }));
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

for (const [name, path, moment] of [
  ['deep-link', `/pith/${SEED_SUFFIX}`, 'verdict'],
  ['home', '/', 'warmup'],
] as const) {
  test(`first load of ${name === 'home' ? 'the home page' : 'a cold deep link'} stays within its JavaScript budget`, async ({ page, pithScience: _ }) => {
    await installMoments(page);
    await page.goto(path);
    if (name === 'deep-link') await expectVerdict(page, 'verified');
    await expect(page.locator('html[data-warmup="started"]')).toBeAttached();
    const scripts = await scriptsBefore(page, moment);
    const total = scripts.reduce((n, s) => n + s.gzip, 0);
    console.log(`${name}: ${scripts.length} scripts, ${kb(total)} gzip before the ${moment} (enforced ${kb(ENFORCED_GZIP_BYTES[name])}, target ${kb(TARGET_GZIP_BYTES)}): ${scripts.map((s) => `${s.path.replace('/assets/', '')} ${kb(s.gzip)}`).join(', ')}`);
    expect(scripts.length).toBeGreaterThan(0);
    // No worker starts before the verdict, and no chunk of a page the verdict does not need loads.
    expect(scripts.map((s) => s.path).filter((u) => /worker|batch-page|settings-page|compute-page|record-details|hash-wasm/.test(u))).toEqual([]);
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
