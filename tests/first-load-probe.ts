/**
 * Counts the JavaScript of a first load, for the e2e budget test and the benchmark alike: every
 * script the page and its workers started fetching (Resource Timing) before the verdict was on
 * screen, or before the app's warm-up began (its own `pith:warm-up` performance mark), sized as
 * gzip level 9 of the file the server sent.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Installs the verdict clock; call before `page.goto`. */
export async function installFirstLoadProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { verdictAt?: number };
    new MutationObserver(() => {
      if (w.verdictAt === undefined && document.querySelector('[data-testid="record-verdict"] [data-verdict]')) w.verdictAt = performance.now();
    }).observe(document, { subtree: true, childList: true });
  });
}

/** Scripts whose fetch started before the moment, each with its gzip size read from `distDir`. */
export async function scriptsBefore(page: Page, moment: 'verdict' | 'warmup', distDir: string): Promise<{ path: string; gzip: number }[]> {
  const names = await page.evaluate((m) => {
    // The warm-up marks its own start (src/app/warm-up-app.ts): an observer would see it only after the fetches it starts.
    const at = m === 'warmup' ? performance.getEntriesByName('pith:warm-up')[0]!.startTime : (window as unknown as { verdictAt: number }).verdictAt;
    return performance.getEntriesByType('resource').filter((e) => e.startTime < at).map((e) => e.name);
  }, moment);
  const paths = [...new Set(names.map((n) => new URL(n).pathname).filter((p) => /\.m?js$/.test(p)))];
  return paths.map((path) => ({ path, gzip: gzipSync(readFileSync(join(distDir, path)), { level: 9 }).length }));
}
