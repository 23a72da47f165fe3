/**
 * The first load (issue 10), measured side by side in one run and printed as ratios, never asserted
 * by a test (the e2e budget test holds only the byte budget):
 *  - a cold deep link (fresh browser context: empty cache) to the seed record: ms from navigation to
 *    the verdict on screen, against the first contentful paint of a static HTML page served by the
 *    same `vite preview`, interleaved round by round;
 *  - the JavaScript (gzip level 9 of what was served) fetched before the verdict (deep link) or the
 *    app's warm-up (home page), counted as the e2e budget test counts it (tests/first-load-probe.ts);
 *  - the first paste of a record after a cold load, pasted at the first paint and pasted once the app
 *    has settled, against a second paste on the same page once warm (from the paste event to the
 *    verdict on screen).
 */
import type { Browser, Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { installFirstLoadProbe, scriptsBefore } from '../tests/first-load-probe';
import { firstPasteTimes, installFirstPasteProbe, pasteOnPage } from '../tests/first-paste-probe';
import { APP_DIST, ensureAppBuild, startPreview, UI_WAIT_MS, waitForAppSettled } from './app-server';
import { ROOT } from './make-records';

const ROUNDS = 7;
const SEED_SUFFIX = 'UTTGU3KIYM6JKD6ALUV7A7CX74';
const SEED_RECORD = readFileSync(resolve(ROOT, `tests/fixtures/pith/${SEED_SUFFIX}.record.json`), 'utf8');
/** A page of about the home page's size and weight in text, with no script: the floor of any first paint. */
const STATIC_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>static</title></head><body><h1>pith-explorer</h1><p>${'A static page served by the same server. '.repeat(40)}</p></body></html>`;

export interface FirstLoadResults {
  readonly rounds: number;
  readonly deepLinkVerdictMs: readonly number[];
  readonly staticFcpMs: readonly number[];
  /** median(deep link → verdict) / median(static first contentful paint); target ≤ 3. */
  readonly ratio: number;
  readonly jsGzipBytes: { readonly deepLink: number; readonly home: number };
  /**
   * coldMs: pasted as soon as the home page is drawn (nothing of the app's later code loaded yet);
   * settledMs: the first paste of the page, once the app has settled (its warm-up and precache done);
   * warmMs: a second paste on the same page. ratio: cold ÷ warm, the figure.
   */
  readonly paste: { readonly coldMs: readonly number[]; readonly settledMs: readonly number[]; readonly warmMs: readonly number[]; readonly ratio: number; readonly settledRatio: number };
}

export const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function fresh<T>(browser: Browser, body: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    return await body(page);
  } finally {
    await context.close();
  }
}

async function deepLinkVerdictMs(browser: Browser, url: string): Promise<number> {
  return fresh(browser, async (page) => {
    await page.addInitScript(() => {
      const w = window as unknown as { verdictAt?: number };
      new MutationObserver(() => {
        if (w.verdictAt === undefined && document.querySelector('[data-testid="record-verdict"] [data-verdict]')) w.verdictAt = performance.now();
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto(`${url}/pith/${SEED_SUFFIX}`);
    await page.locator('[data-testid="record-verdict"] [data-verdict]').waitFor({ timeout: UI_WAIT_MS });
    return page.evaluate(() => (window as unknown as { verdictAt: number }).verdictAt);
  });
}

async function staticFcpMs(browser: Browser, url: string): Promise<number> {
  return fresh(browser, async (page) => {
    await page.goto(`${url}/bench-static.html`);
    // A string, not a function: tsx's name helpers (__name) do not exist inside the page.
    return page.evaluate(`new Promise((resolve) => {
      const t = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      if (t() !== undefined) return resolve(t());
      new PerformanceObserver(() => t() !== undefined && resolve(t())).observe({ type: 'paint', buffered: true });
    })`) as Promise<number>;
  });
}

/** gzip bytes of every script fetched before the verdict (deep link) or the warm-up (home): the e2e budget's count. */
async function jsBefore(browser: Browser, url: string, path: string, moment: 'verdict' | 'warmup'): Promise<number> {
  return fresh(browser, async (page) => {
    await installFirstLoadProbe(page);
    await page.goto(`${url}${path}`);
    await page.locator('html[data-warmup="started"]').waitFor({ state: 'attached', timeout: UI_WAIT_MS });
    return (await scriptsBefore(page, moment, APP_DIST)).reduce((n, s) => n + s.gzip, 0);
  });
}

async function pasteColdWarm(browser: Browser, url: string): Promise<{ cold: number; warm: number }> {
  return fresh(browser, async (page) => {
    await installFirstPasteProbe(page);
    await page.goto(`${url}/`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: UI_WAIT_MS });
    await pasteOnPage(page, SEED_RECORD);
    await page.getByTestId('record-verdict').waitFor({ timeout: UI_WAIT_MS });
    const first = await firstPasteTimes(page);
    const cold = first.verdict! - first.paste;
    // Warm: the app has settled (workers ready, chunks fetched); paste again from the home page.
    await waitForAppSettled(page);
    await page.getByTestId('logo').click();
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: UI_WAIT_MS });
    await page.evaluate(() => delete (window as unknown as { seen: Record<string, number> }).seen.verdict);
    await pasteOnPage(page, SEED_RECORD);
    await page.waitForFunction(() => (window as unknown as { seen: Record<string, number> }).seen.verdict !== undefined, undefined, { timeout: UI_WAIT_MS });
    const second = await firstPasteTimes(page);
    return { cold, warm: second.verdict! - second.paste };
  });
}

/** The first paste of a page load, made once the app has settled (its warm-up done). */
async function pasteSettled(browser: Browser, url: string): Promise<number> {
  return fresh(browser, async (page) => {
    await installFirstPasteProbe(page);
    await page.goto(`${url}/`);
    await waitForAppSettled(page);
    await pasteOnPage(page, SEED_RECORD);
    await page.getByTestId('record-verdict').waitFor({ timeout: UI_WAIT_MS });
    const seen = await firstPasteTimes(page);
    return seen.verdict! - seen.paste;
  });
}

/** Runs every first-load measurement against one `vite preview` of the production build. */
export async function runFirstLoad(browser: Browser, log: (line: string) => void): Promise<FirstLoadResults> {
  await ensureAppBuild(log);
  writeFileSync(resolve(APP_DIST, 'bench-static.html'), STATIC_PAGE);
  const preview = await startPreview();
  try {
    const deepLinkVerdict: number[] = [];
    const staticFcp: number[] = [];
    const coldMs: number[] = [];
    const warmMs: number[] = [];
    const settledMs: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      staticFcp.push(await staticFcpMs(browser, preview.url));
      deepLinkVerdict.push(await deepLinkVerdictMs(browser, preview.url));
      const p = await pasteColdWarm(browser, preview.url);
      coldMs.push(p.cold);
      warmMs.push(p.warm);
      settledMs.push(await pasteSettled(browser, preview.url));
    }
    const deepLink = await jsBefore(browser, preview.url, `/pith/${SEED_SUFFIX}`, 'verdict');
    const home = await jsBefore(browser, preview.url, '/', 'warmup');
    const round = (xs: number[]) => xs.map((x) => Math.round(x));
    const results: FirstLoadResults = {
      rounds: ROUNDS,
      deepLinkVerdictMs: round(deepLinkVerdict),
      staticFcpMs: round(staticFcp),
      ratio: median(deepLinkVerdict) / median(staticFcp),
      jsGzipBytes: { deepLink, home },
      paste: { coldMs: round(coldMs), settledMs: round(settledMs), warmMs: round(warmMs), ratio: median(coldMs) / median(warmMs), settledRatio: median(settledMs) / median(warmMs) },
    };
    log(`first load: deep link → verdict median ${Math.round(median(deepLinkVerdict))} ms vs static page FCP ${Math.round(median(staticFcp))} ms (${results.ratio.toFixed(1)}×, target ≤ 3×)`);
    log(`first load: JavaScript ${(deepLink / 1024).toFixed(1)} KB gzip before the verdict (deep link), ${(home / 1024).toFixed(1)} KB before the warm-up (home); target ≤ 100 KB`);
    log(`first paste: at first paint ${Math.round(median(coldMs))} ms, once settled ${Math.round(median(settledMs))} ms, vs warm ${Math.round(median(warmMs))} ms (${results.paste.ratio.toFixed(1)}× and ${results.paste.settledRatio.toFixed(1)}×, target ≤ 2×)`);
    return results;
  } finally {
    await preview.stop();
  }
}

/** The first-load figures as a markdown table (bench/results/latest.md, README). */
export function firstLoadMarkdown(f: FirstLoadResults, host: string): string[] {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const met = (ok: boolean) => (ok ? 'met' : '**not met**');
  return [
    `The first load (issue 10), ${f.rounds} rounds interleaved, fresh browser context each (cold cache), on ${host}:`,
    '',
    '| target | measured | |',
    '|---|---|---|',
    `| cold deep link → verdict ≤ 3× a static page's first paint (same server) | ${Math.round(median(f.deepLinkVerdictMs))} ms vs ${Math.round(median(f.staticFcpMs))} ms: ${f.ratio.toFixed(1)}× | ${met(f.ratio <= 3)} |`,
    `| JavaScript before the first verdict (deep link) ≤ 100 KB gzip | ${kb(f.jsGzipBytes.deepLink)} | ${met(f.jsGzipBytes.deepLink <= 100 * 1024)} |`,
    `| JavaScript of the home page ≤ 100 KB gzip | ${kb(f.jsGzipBytes.home)} | ${met(f.jsGzipBytes.home <= 100 * 1024)} |`,
    `| first paste → verdict ≤ 2× a warm paste, pasted at first paint | ${Math.round(median(f.paste.coldMs))} ms vs ${Math.round(median(f.paste.warmMs))} ms: ${f.paste.ratio.toFixed(1)}× | ${met(f.paste.ratio <= 2)} |`,
    `| the same, first paste once the app has settled (its warm-up done) | ${Math.round(median(f.paste.settledMs))} ms vs ${Math.round(median(f.paste.warmMs))} ms: ${f.paste.settledRatio.toFixed(1)}× | ${met(f.paste.settledRatio <= 2)} |`,
    '',
  ];
}
