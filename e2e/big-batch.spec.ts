import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EMBEDDED, expect, fixture, test, useSettings } from './fixtures';

// A JSONL file of real signed records (the seed, minified, one per line): at least 50 MB and at
// least 10,000 records (the two responsiveness targets), about 73 MB.
const line = JSON.stringify(JSON.parse(fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json')));
const COUNT = Math.max(10_000, Math.ceil((50 * 1024 * 1024) / (line.length + 1)));
const bigFile = (() => {
  const p = join(mkdtempSync(join(tmpdir(), 'pith-big-')), 'big.jsonl');
  writeFileSync(p, `${line}\n`.repeat(COUNT));
  return p;
})();

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeEach(async ({ page, pithScience: _ }) => {
  await useSettings(page, { mirrors: [EMBEDDED] });
  // Long tasks (> 50 ms on the main thread) are what make a page feel frozen.
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
  });
});

test(`a ${Math.round((COUNT * (line.length + 1)) / 2 ** 20)} MB JSONL file (${COUNT} records) is streamed, verified, with no request and no long task`, async ({ page }) => {
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('html')).toHaveAttribute('data-workers', 'ready');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));
  await page.getByTestId('file-input').setInputFiles(bigFile);
  const summary = page.getByTestId('batch-summary');
  await expect(summary).toHaveAttribute('data-state', 'done', { timeout: 150_000 });
  await expect(summary).toHaveAttribute('data-processed', String(COUNT));
  await expect(summary).toHaveAttribute('data-verified', String(COUNT));
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  const elapsed = Number(await summary.getAttribute('data-elapsed-ms'));
  console.log(`big JSONL: ${COUNT} records in ${elapsed} ms (${Math.round((COUNT / elapsed) * 1000)} records/s); long tasks: ${JSON.stringify(longTasks.map(Math.round))}`);
  expect(requests).toEqual([]);
  expect(longTasks).toEqual([]);
});

test('cancel stops a running batch', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('file-input').setInputFiles(bigFile);
  const summary = page.getByTestId('batch-summary');
  await expect.poll(async () => Number(await summary.getAttribute('data-processed')), { timeout: 30_000 }).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(summary).toHaveAttribute('data-state', 'cancelled');
  const at = Number(await summary.getAttribute('data-processed'));
  expect(at).toBeLessThan(COUNT);
  await page.waitForTimeout(1000);
  expect(Number(await summary.getAttribute('data-processed'))).toBe(at);
});
