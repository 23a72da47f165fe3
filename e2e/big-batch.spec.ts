import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EMBEDDED, expect, fixture, test, useSettings } from './fixtures';

// A JSONL file of real signed records (the seed, minified, one per line): at least 50 MB and at
// least 10,000 records (the batch issue's two responsiveness targets), about 73 MB.
const line = JSON.stringify(JSON.parse(fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json')));
const COUNT = Math.max(10_000, Math.ceil((50 * 1024 * 1024) / (line.length + 1)));
const bigFile = (() => {
  const p = join(mkdtempSync(join(tmpdir(), 'pith-big-')), 'big.jsonl');
  writeFileSync(p, `${line}\n`.repeat(COUNT));
  return p;
})();

/**
 * What this test holds on any 2-core host, however slow: no main-thread task long enough to feel
 * frozen, and every key the user types while the batch runs is handled and painted within that
 * time. 200 ms is the web's "good" bound for an interaction (INP). The strict 50 ms long-task
 * figure depends on the host (a 2.5× slower Xeon drew one 71–84 ms task where this one drew none),
 * so it is measured by `npm run bench` (responsiveness), not asserted here (issue 13).
 */
const FROZEN_MS = 200;

interface Seen {
  longTasks: number[];
  /** Event Timing entries (input delay + handlers + next paint) of real key presses. */
  interactions: { type: string; duration: number }[];
  /** The batch's state at each keydown, so the test knows the keys landed while it ran. */
  keysWhile: string[];
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeEach(async ({ page, pithScience: _ }) => {
  await useSettings(page, { mirrors: [EMBEDDED] });
  await page.addInitScript(() => {
    const w = window as unknown as { seen: Seen };
    w.seen = { longTasks: [], interactions: [], keysWhile: [] };
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.seen.longTasks.push(e.duration))).observe({ type: 'longtask' });
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => {
        if ((e as PerformanceEventTiming).interactionId) w.seen.interactions.push({ type: e.name, duration: e.duration });
      }),
    ).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    addEventListener('keydown', () => w.seen.keysWhile.push(document.querySelector('[data-testid="batch-summary"]')?.getAttribute('data-state') ?? 'none'), true);
  });
});

test(`a ${Math.round((COUNT * (line.length + 1)) / 2 ** 20)} MB JSONL file (${COUNT} records) is streamed and verified with no request, and the page answers typing while it runs`, async ({ page }) => {
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('html')).toHaveAttribute('data-workers', 'ready');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.evaluate(() => Object.assign((window as unknown as { seen: Seen }).seen, { longTasks: [], interactions: [], keysWhile: [] }));
  await page.getByTestId('file-input').setInputFiles(bigFile);
  const summary = page.getByTestId('batch-summary');
  // While it runs, the user types into the table's Find box (each key filters every row so far) and deletes it again.
  const find = page.getByPlaceholder('file, number or title');
  await find.click();
  for (let i = 0; (await summary.getAttribute('data-state')) === 'running' && i < 200; i++) await find.press(i % 8 < 4 ? 'p' : 'Backspace');
  await expect(summary).toHaveAttribute('data-state', 'done', { timeout: 150_000 });
  await find.fill('');
  await expect(summary).toHaveAttribute('data-processed', String(COUNT));
  await expect(summary).toHaveAttribute('data-verified', String(COUNT));
  const seen = await page.evaluate(() => (window as unknown as { seen: Seen }).seen);
  const elapsed = Number(await summary.getAttribute('data-elapsed-ms'));
  const worst = Math.max(0, ...seen.interactions.map((e) => e.duration));
  console.log(
    `big JSONL: ${COUNT} records in ${elapsed} ms (${Math.round((COUNT / elapsed) * 1000)} records/s); long tasks: ${JSON.stringify(seen.longTasks.map(Math.round))}; ` +
      `${seen.keysWhile.filter((s) => s === 'running').length} keys while running, slowest interaction ${Math.round(worst)} ms`,
  );
  expect(requests).toEqual([]);
  expect(seen.longTasks.filter((d) => d > FROZEN_MS)).toEqual([]);
  // The keys really were typed while the batch ran, and each was answered in time.
  expect(seen.keysWhile.filter((s) => s === 'running').length).toBeGreaterThan(0);
  expect(seen.interactions.filter((e) => e.duration > FROZEN_MS)).toEqual([]);
});

test('cancel stops a running batch', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('file-input').setInputFiles(bigFile);
  const summary = page.getByTestId('batch-summary');
  // Cancel as soon as the first rows are in (checked every frame), so even a fast host is mid-batch.
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="batch-summary"]')?.getAttribute('data-processed') ?? 0) > 0, null, { polling: 'raf', timeout: 30_000 });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(summary).toHaveAttribute('data-state', 'cancelled');
  const at = Number(await summary.getAttribute('data-processed'));
  expect(at).toBeLessThan(COUNT);
  // Results still in flight when Cancel was pressed are dropped: nothing is counted after it.
  await page.waitForTimeout(1000);
  expect(Number(await summary.getAttribute('data-processed'))).toBe(at);
});
