/**
 * Main-thread responsiveness while a batch streams (issue 13): the strict figures that depend on the
 * host, measured here and printed beside the host and its load, never asserted by a test.
 *
 * The app (production build, `vite preview`) is given the first RESPONSIVENESS_RECORDS lines of the
 * bench records as one JSONL file, after its workers are ready. While the batch runs, the bench
 * types into the batch table's Find box as a user would (each key filters every row so far). It
 * records every main-thread long task (PerformanceObserver 'longtask', > 50 ms) and the Event Timing
 * duration of each key press (input delay + handlers + next paint, what INP is made of).
 *
 * Each run is done twice, interleaved: as this host is, and with Chromium's main thread slowed 2.5×
 * (CDP Emulation.setCPUThrottlingRate; workers are not slowed), which is how much slower the 2-core
 * Xeon host of issue 13 ran this build. The e2e test holds only the host-independent bound (no task
 * or interaction over 200 ms); the 50 ms figure lives here.
 */
import type { Browser } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_MIRRORS } from '../src/core/mirrors/mirror-config';
import { firstPasteTimes, installFirstPasteProbe, pasteOnPage } from '../tests/first-paste-probe';
import { ensureAppBuild, startPreview, UI_WAIT_MS, waitForAppSettled } from './app-server';
import { BENCH_KEY_ID, ROOT, TMP_DIR, type BenchKey } from './make-records';

export const RESPONSIVENESS_RECORDS = 10_000;
const RUNS = 3;
const SLOWDOWNS = [1, 2.5] as const;
/** The web's long-task bound, and the e2e test's "feels frozen" bound (INP "good" is ≤ 200 ms). */
const LONG_MS = 50;
const FROZEN_MS = 200;

export interface ResponsivenessRun {
  readonly slowdown: number;
  readonly records: number;
  readonly batchMs: number;
  readonly longestTaskMs: number;
  readonly tasksOver50: number;
  readonly tasksOver200: number;
  readonly keysWhileRunning: number;
  readonly slowestInteractionMs: number;
}

/** The first paste after a cold load (issue 9): when "Verifying…" shows, and when the verdict does. */
export interface FirstPasteRun {
  readonly slowdown: number;
  readonly statusMs: number;
  readonly verdictAfterPasteMs: number;
  /** After the later of the paste and the workers' warm-up: the issue's ≤ 300 ms target. */
  readonly verdictAfterWarmMs: number;
}

export interface ResponsivenessResults {
  readonly records: number;
  readonly runs: readonly ResponsivenessRun[];
  readonly firstPaste: readonly FirstPasteRun[];
}

async function firstPasteRun(browser: Browser, url: string, slowdown: number): Promise<FirstPasteRun> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await installFirstPasteProbe(page);
    const cdp = await context.newCDPSession(page);
    if (slowdown !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await page.goto(`${url}/`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: UI_WAIT_MS * slowdown });
    await pasteOnPage(page, SEED_RECORD);
    await page.getByTestId('record-verdict').waitFor({ timeout: UI_WAIT_MS * slowdown * 2 });
    const seen = await firstPasteTimes(page);
    return {
      slowdown,
      statusMs: Math.round(seen.status! - seen.paste),
      verdictAfterPasteMs: Math.round(seen.verdict! - seen.paste),
      verdictAfterWarmMs: Math.round(seen.verdict! - Math.max(seen.ready ?? 0, seen.paste)),
    };
  } finally {
    await context.close();
  }
}

const SEED_RECORD = readFileSync(resolve(ROOT, 'tests/fixtures/pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json'), 'utf8');

interface Seen {
  longTasks: number[];
  interactions: number[];
  keysWhile: number;
}

function firstLines(path: string, n: number): string {
  const text = readFileSync(path, 'utf8');
  let at = 0;
  for (let i = 0; i < n; i++) {
    const nl = text.indexOf('\n', at);
    if (nl === -1) return text;
    at = nl + 1;
  }
  return text.slice(0, at);
}

async function oneRun(browser: Browser, url: string, file: string, records: number, key: BenchKey, slowdown: number): Promise<ResponsivenessRun> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const settings = JSON.stringify({ mirrors: DEFAULT_MIRRORS, userKeys: [{ keyId: BENCH_KEY_ID, publicKey: key.publicKeyHex }], theme: 'light' });
    await page.addInitScript((v) => {
      localStorage.setItem('pith-explorer:settings:v1', v);
      const w = window as unknown as { seen: Seen };
      w.seen = { longTasks: [], interactions: [], keysWhile: 0 };
      new PerformanceObserver((l) => l.getEntries().forEach((e) => w.seen.longTasks.push(e.duration))).observe({ type: 'longtask' });
      new PerformanceObserver((l) =>
        l.getEntries().forEach((e) => {
          if ((e as PerformanceEventTiming).interactionId) w.seen.interactions.push(e.duration);
        }),
      ).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
      addEventListener('keydown', () => {
        if (document.querySelector('[data-testid="batch-summary"]')?.getAttribute('data-state') === 'running') w.seen.keysWhile++;
      }, true);
    }, settings);
    const cdp = await context.newCDPSession(page);
    if (slowdown !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await page.goto(`${url}/`);
    await waitForAppSettled(page, UI_WAIT_MS * slowdown * 2);
    await page.evaluate(() => Object.assign((window as unknown as { seen: Seen }).seen, { longTasks: [], interactions: [], keysWhile: 0 }));
    await page.getByTestId('file-input').setInputFiles(file);
    const summary = page.getByTestId('batch-summary');
    const find = page.getByPlaceholder('file, number or title');
    await find.click();
    for (let i = 0; (await summary.getAttribute('data-state')) === 'running' && i < 400; i++) await find.press(i % 8 < 4 ? 'p' : 'Backspace');
    await page.locator('[data-testid="batch-summary"][data-state="done"]').waitFor({ timeout: 120_000 });
    const verified = Number(await summary.getAttribute('data-verified'));
    if (verified !== records) throw new Error(`responsiveness run: expected ${records} verified records, the app says ${verified}`);
    const seen = await page.evaluate(() => (window as unknown as { seen: Seen }).seen);
    return {
      slowdown,
      records,
      batchMs: Number(await summary.getAttribute('data-elapsed-ms')),
      longestTaskMs: Math.round(Math.max(0, ...seen.longTasks)),
      tasksOver50: seen.longTasks.filter((d) => d > LONG_MS).length,
      tasksOver200: seen.longTasks.filter((d) => d > FROZEN_MS).length,
      keysWhileRunning: seen.keysWhile,
      slowestInteractionMs: Math.round(Math.max(0, ...seen.interactions)),
    };
  } finally {
    await context.close();
  }
}

/** Runs RUNS × SLOWDOWNS interleaved, so a change in the host's load touches both alike. */
export async function runResponsiveness(browser: Browser, recordsPath: string, key: BenchKey, log: (line: string) => void): Promise<ResponsivenessResults> {
  await ensureAppBuild(log);
  const file = resolve(TMP_DIR, 'responsiveness.jsonl');
  writeFileSync(file, firstLines(recordsPath, RESPONSIVENESS_RECORDS));
  const records = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').length;
  const preview = await startPreview();
  try {
    const runs: ResponsivenessRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      for (const slowdown of SLOWDOWNS) {
        const r = await oneRun(browser, preview.url, file, records, key, slowdown);
        log(`  responsiveness (main thread ×${slowdown} slower): longest task ${r.longestTaskMs} ms, ${r.tasksOver50} over 50 ms, ${r.tasksOver200} over 200 ms; ${r.keysWhileRunning} keys while running, slowest ${r.slowestInteractionMs} ms`);
        runs.push(r);
      }
    }
    const firstPaste: FirstPasteRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      for (const slowdown of SLOWDOWNS) {
        const r = await firstPasteRun(browser, preview.url, slowdown);
        log(`  first paste (main thread ×${slowdown} slower): "Verifying…" after ${r.statusMs} ms; verdict ${r.verdictAfterPasteMs} ms after the paste, ${r.verdictAfterWarmMs} ms after warm-up`);
        firstPaste.push(r);
      }
    }
    return { records, runs, firstPaste };
  } finally {
    await preview.stop();
  }
}
