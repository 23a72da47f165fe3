/**
 * Browser measurements in headless Debian Chromium (launch flags from playwright.config.ts):
 *  1. END TO END in the real app: the production build under `vite preview`, settings seeded with the
 *     bench-only key, the JSONL file dropped into the home page's file input, timed from
 *     setInputFiles until `[data-testid="batch-summary"]` says data-state="done". The target applies
 *     to this number.
 *  2. The core alone in Chromium Web Workers (bench/browser-core-entry.ts bundled with esbuild and
 *     served from a throwaway http server): the same verifyText the app runs, without any UI.
 * Every request goes to 127.0.0.1; anything else the pages ask for is aborted.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { DEFAULT_MIRRORS } from '../src/core/mirrors/mirror-config';
import playwrightConfig from '../playwright.config';
import { CACHE_DIR, ensureAppBuild, LOCAL_ONLY_ARGS, startPreview, UI_WAIT_MS, waitForAppSettled } from './app-server';
import { BENCH_KEY_ID, ROOT, type BenchKey } from './make-records';
import type { CoreRun } from './browser-core-entry';
import { runResponsiveness, type ResponsivenessResults } from './responsiveness';
import { runFirstLoad, type FirstLoadResults } from './first-load';

/** The app's batch contract (data-testid="file-input" / "batch-summary" and its data-* attributes). */
export interface AppBatch {
  readonly state: string;
  readonly total: number;
  readonly processed: number;
  readonly verified: number;
  readonly invalid: number;
  readonly incomplete: number;
  readonly unreadable: number;
  /** The app's own data-elapsed-ms. */
  readonly appElapsedMs: number;
  /** setInputFiles → data-state="done", measured here. */
  readonly wallMs: number;
  /** verified ÷ wallMs: the end-to-end number the target applies to. */
  readonly perSecond: number;
  /** verified ÷ appElapsedMs. */
  readonly perSecondAppElapsed: number;
}

export type AppResult =
  | { readonly status: 'measured'; readonly batch: AppBatch; readonly readyMs: number }
  | { readonly status: 'unavailable' | 'failed'; readonly reason: string; readonly batch?: AppBatch };

export interface BrowserResults {
  readonly chromiumVersion: string;
  readonly hardwareConcurrency: number;
  readonly app: AppResult;
  /** The core in navigator.hardwareConcurrency workers. */
  readonly coreWorkers: CoreRun;
  /** The core in one worker, for scaling. */
  readonly coreOneWorker: CoreRun;
  /** Main-thread long tasks and key-press latency while a batch streams (bench/responsiveness.ts). */
  readonly responsiveness: ResponsivenessResults;
  /** Cold deep link and first paste, as ratios to a static page and to a warm paste (bench/first-load.ts). */
  readonly firstLoad: FirstLoadResults;
}

export interface BrowserBenchOptions {
  readonly recordsPath: string;
  readonly records: number;
  readonly log: (line: string) => void;
}

const CORE_BUNDLE = resolve(CACHE_DIR, 'browser-core.js');

async function appBatch(browser: Browser, key: BenchKey, o: BrowserBenchOptions): Promise<AppResult> {
  try {
    await ensureAppBuild(o.log);
  } catch (e) {
    return { status: 'failed', reason: `app build failed: ${(e as Error).message}` };
  }
  const preview = await startPreview();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // The settings panel's storage shape; the bench key lives only in this throwaway profile.
    const settings = JSON.stringify({ mirrors: DEFAULT_MIRRORS, userKeys: [{ keyId: BENCH_KEY_ID, publicKey: key.publicKeyHex }], theme: 'light' });
    await page.addInitScript((v) => localStorage.setItem('pith-explorer:settings:v1', v), settings);
    const loadStart = performance.now();
    await page.goto(`${preview.url}/`);
    const input = page.locator('input[type=file][data-testid="file-input"]');
    try {
      await input.waitFor({ state: 'attached', timeout: UI_WAIT_MS });
    } catch {
      return { status: 'unavailable', reason: `app batch UI not available: no input[type=file][data-testid="file-input"] on the home page within ${UI_WAIT_MS / 1000} s` };
    }
    // The app's readiness signal: the batch workers are loaded and warmed up (worker-pool.ts).
    try {
      await waitForAppSettled(page);
    } catch {
      return { status: 'failed', reason: `the app never set html[data-workers="ready"] within ${UI_WAIT_MS / 1000} s` };
    }
    const readyMs = performance.now() - loadStart;
    o.log(`  app: workers ready ${Math.round(readyMs)} ms after navigation started`);
    o.log(`  app: dropping ${o.records} records into the file input…`);
    const timeout = 30_000 + o.records * 2; // fails below ~500 records/s, far under any plausible rate
    const t0 = performance.now();
    await input.setInputFiles(o.recordsPath);
    try {
      await page.waitForFunction(
        () => {
          const state = document.querySelector('[data-testid="batch-summary"]')?.getAttribute('data-state');
          return state === 'done' || state === 'cancelled';
        },
        null,
        { polling: 50, timeout },
      );
    } catch {
      return { status: 'failed', reason: `batch did not reach data-state="done" within ${timeout / 1000} s`, ...(await readBatch(page, performance.now() - t0).catch(() => ({}))) };
    }
    const { batch } = await readBatch(page, performance.now() - t0);
    if (batch.state !== 'done') return { status: 'failed', reason: `batch ended with data-state="${batch.state}"`, batch };
    if (batch.verified !== o.records) {
      return {
        status: 'failed',
        reason: `expected ${o.records} verified records, the app reports verified=${batch.verified} invalid=${batch.invalid} incomplete=${batch.incomplete} unreadable=${batch.unreadable} of total=${batch.total}`,
        batch,
      };
    }
    return { status: 'measured', batch, readyMs };
  } finally {
    await context.close();
    await preview.stop();
  }
}

async function readBatch(page: Page, wallMs: number): Promise<{ batch: AppBatch }> {
  const attrs = await page.locator('[data-testid="batch-summary"]').first().evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
  const num = (name: string) => Number(attrs[`data-${name}`] ?? NaN);
  const verified = num('verified');
  const appElapsedMs = num('elapsed-ms');
  return {
    batch: {
      state: attrs['data-state'] ?? '(none)',
      total: num('total'),
      processed: num('processed'),
      verified,
      invalid: num('invalid'),
      incomplete: num('incomplete'),
      unreadable: num('unreadable'),
      appElapsedMs,
      wallMs,
      perSecond: (verified / wallMs) * 1000,
      perSecondAppElapsed: (verified / appElapsedMs) * 1000,
    },
  };
}

async function bundleCore(): Promise<void> {
  await build({
    entryPoints: [resolve(ROOT, 'bench/browser-core-entry.ts')],
    outfile: CORE_BUNDLE,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
  });
}

/** A throwaway server for the core bundle and the records file, on 127.0.0.1 only. */
async function startCoreServer(recordsPath: string): Promise<{ url: string; server: Server }> {
  const files: Record<string, { path: string; type: string }> = {
    '/core.js': { path: CORE_BUNDLE, type: 'text/javascript' },
    '/records.jsonl': { path: recordsPath, type: 'application/x-ndjson' },
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><meta charset="utf-8"><title>pith core bench</title><script src="/core.js"></script>');
      return;
    }
    const file = files[path];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.type, 'content-length': statSync(file.path).size });
    createReadStream(file.path).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function coreInWorkers(browser: Browser, key: BenchKey, o: BrowserBenchOptions): Promise<{ many: CoreRun; one: CoreRun; hardwareConcurrency: number }> {
  await bundleCore();
  const { url, server } = await startCoreServer(o.recordsPath);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${url}/`);
    const hardwareConcurrency = await page.evaluate(() => navigator.hardwareConcurrency);
    const measure = (workers: number) =>
      page.evaluate(
        async ({ keyHex, workers }) => {
          const text = await (await fetch('/records.jsonl')).text();
          const w = window as unknown as { benchCore: (text: string, keyHex: string, workers: number) => Promise<CoreRun> };
          return w.benchCore(text, keyHex, workers);
        },
        { keyHex: key.publicKeyHex, workers },
      );
    o.log(`  core: ${o.records} records in ${hardwareConcurrency} Chromium workers…`);
    const many = await measure(hardwareConcurrency);
    o.log(`  core: ${o.records} records in 1 Chromium worker…`);
    const one = await measure(1);
    for (const r of [many, one]) {
      if ((r.tally.verified ?? 0) !== o.records || r.records !== o.records) {
        throw new Error(`core in Chromium (${r.workers} workers): expected ${o.records} verified records, got ${JSON.stringify(r.tally)}`);
      }
    }
    return { many, one, hardwareConcurrency };
  } finally {
    await context.close();
    await new Promise((r) => server.close(r));
  }
}

export async function runBrowserBench(key: BenchKey, o: BrowserBenchOptions): Promise<BrowserResults> {
  const launch = playwrightConfig.use?.launchOptions ?? {};
  const browser = await chromium.launch({ ...launch, args: [...(launch.args ?? []), ...LOCAL_ONLY_ARGS], executablePath: launch.executablePath ?? '/usr/bin/chromium', headless: true });
  try {
    const chromiumVersion = browser.version();
    const app = await appBatch(browser, key, o);
    if (app.status !== 'measured') o.log(`  app: ${app.reason}`);
    const core = await coreInWorkers(browser, key, o);
    const responsiveness = await runResponsiveness(browser, o.recordsPath, key, o.log);
    const firstLoad = await runFirstLoad(browser, o.log);
    return { chromiumVersion, hardwareConcurrency: core.hardwareConcurrency, app, coreWorkers: core.many, coreOneWorker: core.one, responsiveness, firstLoad };
  } finally {
    await browser.close();
  }
}
