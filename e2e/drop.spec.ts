import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { EMBEDDED, expect, expectVerdict, fixture, pasteText, PITH_SCIENCE, SEED, test, useSettings } from './fixtures';

/** Starts recording every request after the app (and its workers) finished loading. */
async function recordRequests(page: Page): Promise<string[]> {
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  // The workers are started after the first render; wait until their code has been fetched.
  await expect(page.locator('html')).toHaveAttribute('data-workers', 'ready');
  const seen: string[] = [];
  page.on('request', (r) => seen.push(r.url()));
  return seen;
}

function tmp(name: string, body: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'pith-drop-'));
  const p = join(dir, name);
  writeFileSync(p, body);
  return p;
}

test.beforeEach(async ({ page, pithScience: _ }) => {
  await useSettings(page, { mirrors: [EMBEDDED, PITH_SCIENCE] });
});

test('one valid file opens as a record "from file", with no network request', async ({ page }) => {
  const requests = await recordRequests(page);
  await page.getByTestId('file-input').setInputFiles(tmp('seed.json', fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json')));
  await expectVerdict(page, 'verified');
  await expect(page.getByTestId('record-origin')).toContainText('From file seed.json');
  await expect(page.getByTestId('pith-number')).toHaveText(SEED);
  expect(requests).toEqual([]);
});

test('a tampered file is invalid and names the failing check; checking the mirrors shows the hash-bound difference', async ({ page }) => {
  const requests = await recordRequests(page);
  await page.getByTestId('file-input').setInputFiles(tmp('tampered.json', fixture('tampered/cr-license.json')));
  await expectVerdict(page, 'invalid');
  await expect(page.locator('[data-check="canonical-hash"]')).toHaveAttribute('data-status', 'fail');
  expect(requests).toEqual([]);
  await page.getByRole('button', { name: /Check all mirrors/ }).click();
  const embedded = page.locator('[data-audit-detail="embedded"]');
  await expect(embedded.getByTestId('compare-result')).toContainText('1 field differs');
  await expect(embedded.locator('[data-diff-coverage="hash-bound"]')).toContainText('canonical_record.metadata.license');
});

test('a folder of the real vectors is batch-verified, one row per file', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'pith-vectors-'));
  mkdirSync(join(dir, 'vectors'));
  const vectors = JSON.parse(fixture('pith/vectors.json')) as { pith_number: string }[];
  for (const v of vectors) writeFileSync(join(dir, 'vectors', `${v.pith_number.split(':')[2]}.json`), JSON.stringify(v));
  writeFileSync(join(dir, 'vectors', 'seed.json'), fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json'));
  const requests = await recordRequests(page);
  await page.getByTestId('folder-input').setInputFiles(join(dir, 'vectors'));
  const summary = page.getByTestId('batch-summary');
  await expect(summary).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  await expect(summary).toHaveAttribute('data-processed', '45');
  await expect(summary).toHaveAttribute('data-verified', '1');
  await expect(summary).toHaveAttribute('data-incomplete', '44');
  await expect(summary).toHaveAttribute('data-invalid', '0');
  // The table is virtualized: find a row to bring it into the DOM.
  await page.getByPlaceholder('file, number or title').fill('seed.json');
  await expect(page.locator('[data-file="vectors/seed.json"]')).toHaveAttribute('data-verdict', 'verified');
  await page.getByPlaceholder('file, number or title').fill('5A3HLEK2');
  await expect(page.locator('[data-file="vectors/5A3HLEK2XQKADNVEISHU2OVNDY.json"]')).toHaveAttribute('data-verdict', 'incomplete');
  expect(requests).toEqual([]);
});

test('a JSONL file is verified line by line; filter and open a row', async ({ page }) => {
  const seed = JSON.stringify(JSON.parse(fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json')));
  const bad = JSON.stringify(JSON.parse(fixture('tampered/signature-bit.json')));
  const requests = await recordRequests(page);
  await page.getByTestId('file-input').setInputFiles(tmp('mixed.jsonl', `${seed}\n${bad}\n{"not":"a record"}\n${seed}\n`));
  const summary = page.getByTestId('batch-summary');
  await expect(summary).toHaveAttribute('data-state', 'done');
  await expect(summary).toHaveAttribute('data-verified', '2');
  await expect(summary).toHaveAttribute('data-invalid', '1');
  await expect(summary).toHaveAttribute('data-unreadable', '1');
  await page.getByTestId('batch-filter').selectOption('invalid');
  await expect(page.locator('[data-verdict="invalid"][data-file="mixed.jsonl"]')).toHaveAttribute('data-index', '2');
  await expect(page.locator('[role="row"][data-verdict]')).toHaveCount(1);
  await page.locator('[data-verdict="invalid"] a').click();
  await expectVerdict(page, 'invalid');
  await expect(page.locator('[data-check="signature"]')).toHaveAttribute('data-status', 'fail');
  expect(requests).toEqual([]);
});

test('a mirror manifest or a graph snapshot among records is "not a record", not unreadable and no problem', async ({ page }) => {
  const requests = await recordRequests(page);
  await page.getByTestId('file-input').setInputFiles([
    tmp('seed.json', fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json')),
    tmp('pith-mirrors.json', fixture('pith/pith-mirrors.json')),
    tmp('graph.json', fixture('pith/5A3HLEK2XQKADNVEISHU2OVNDY.graph.json')),
  ]);
  const summary = page.getByTestId('batch-summary');
  await expect(summary).toHaveAttribute('data-state', 'done');
  await expect(summary).toHaveAttribute('data-verified', '1');
  await expect(summary).toHaveAttribute('data-unreadable', '0');
  await expect(summary).toHaveAttribute('data-not-a-record', '2');
  await expect(summary).toContainText('○ 2 with no record to verify');
  const manifest = page.locator('[data-file="pith-mirrors.json"]');
  await expect(manifest).toHaveAttribute('data-verdict', 'not-a-record');
  await expect(manifest).toContainText('○ Not a record');
  await expect(manifest).toContainText('This is a mirror manifest (pith-mirrors.json)');
  await expect(page.locator('[data-file="graph.json"]')).toHaveAttribute('data-verdict', 'not-a-record');
  expect(requests).toEqual([]);
});

test('a binary file gets a page of its own with a clear message naming it', async ({ page }) => {
  const requests = await recordRequests(page);
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  await page.getByTestId('file-input').setInputFiles(tmp('photo.png', png));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('⚠ photo.png is not JSON text');
  await expect(page.getByTestId('unreadable-message')).toHaveText(/^photo\.png is binary data, not JSON text\. Expected a \.json or \.jsonl file/);
  await expect(page).toHaveTitle(/^Not a record: photo\.png/);
  expect(requests).toEqual([]);
});

test('one text file that is not JSON says so on its own page, not as a one-row batch', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('file-input').setInputFiles(tmp('notes.txt', Buffer.from('Remember to check pith:UTTGU3KI\n')));
  await expect(page).toHaveURL(/\/file\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('⚠ notes.txt is not JSON');
  await expect(page.getByTestId('unreadable-message')).toHaveText("Not valid JSON: expected a JSON value but got 'R' at position 0.");
  await expect(page.getByTestId('batch-summary')).toHaveCount(0);
  await expect(page.getByText('records/s')).toHaveCount(0);
  // JSON that is not a record is named as such.
  await page.goto('/');
  await page.getByTestId('file-input').setInputFiles(tmp('config.json', Buffer.from('{"name":"x"}')));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('⚠ config.json is JSON, but not a pith record');
  await expect(page.getByTestId('unreadable-message')).toContainText('got an object with keys name');
});

test('drop anywhere shows an overlay and verifies the dropped file', async ({ page }) => {
  const requests = await recordRequests(page);
  const text = fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json');
  const dt = await page.evaluateHandle((body) => {
    const d = new DataTransfer();
    d.items.add(new File([body], 'dropped.json', { type: 'application/json' }));
    return d;
  }, text);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: dt });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  // Its words sit on a solid box: the page's text showed through under them (a walk-through, 2026-12-03).
  const bg = await page.getByTestId('drop-overlay').locator('div').first().evaluate((e) => getComputedStyle(e).backgroundColor);
  // Opaque: not transparent, and no alpha (rgba(…) or a '/ alpha' in the modern colour syntax).
  expect(bg).not.toMatch(/^rgba|\//);
  await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
  await expect(page.getByTestId('drop-overlay')).toBeHidden();
  await expectVerdict(page, 'verified');
  await expect(page.getByTestId('record-origin')).toContainText('dropped.json');
  expect(requests).toEqual([]);
});

test('paste (Ctrl/Cmd+V) of raw JSON anywhere verifies it', async ({ page }) => {
  const requests = await recordRequests(page);
  await page.locator('h1').click();
  await pasteText(page, fixture('tampered/paper-title.json'));
  await expectVerdict(page, 'invalid');
  await expect(page.getByTestId('record-origin')).toContainText('pasted text');
  expect(requests).toEqual([]);
});

test('a shared fragment link opened in a fresh browser context shows the same verdict', async ({ page, browser }) => {
  await recordRequests(page);
  await page.getByTestId('file-input').setInputFiles(tmp('tampered.json', fixture('tampered/signature-bit.json')));
  await expectVerdict(page, 'invalid');
  await page.getByRole('button', { name: 'Make a self-verifying link' }).click();
  const url = await page.getByTestId('share-url').inputValue();
  expect(url).toMatch(/\/share#v1\.[A-Za-z0-9_-]+$/);
  await expect(page.getByTestId('share-panel')).toContainText('characters');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.route('https://pith.science/**', (r) => r.abort());
  const sent: string[] = [];
  other.on('request', (r) => sent.push(r.url()));
  await other.goto(url);
  await expect(other.getByTestId('record-verdict').locator('[data-verdict]')).toHaveAttribute('data-verdict', 'invalid');
  await expect(other.locator('[data-check="signature"]')).toHaveAttribute('data-status', 'fail');
  await expect(other.getByTestId('record-origin')).toContainText('shared link');
  // The record is in the fragment: no request carries it.
  expect(sent.every((u) => !u.includes('#'))).toBe(true);
  await fresh.close();
});

test('a damaged share link says what is wrong', async ({ page }) => {
  await page.goto('/share#v1.AAAA');
  await expect(page.getByTestId('share-error')).toContainText('damaged');
});

test('batch exports: JSON in the CLI schema and CSV', async ({ page }) => {
  const seed = JSON.stringify(JSON.parse(fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json')));
  await recordRequests(page);
  await page.getByTestId('file-input').setInputFiles(tmp('two.jsonl', `${seed}\n{"broken"\n`));
  await expect(page.getByTestId('batch-summary')).toHaveAttribute('data-state', 'done');
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const entries = JSON.parse(readFileSync((await json.path())!, 'utf8'));
  expect(entries.map((e: { index: number; verdict: string }) => [e.index, e.verdict]).sort()).toEqual([
    [1, 'verified'],
    [2, 'unreadable'],
  ]);
  expect(Object.keys(entries.find((e: { verdict: string }) => e.verdict === 'verified'))).toEqual(['file', 'index', 'kind', 'pith_number', 'title', 'verdict', 'headline', 'checks', 'bindings']);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const lines = readFileSync((await csv.path())!, 'utf8').trim().split('\r\n');
  expect(lines[0]).toBe('file,index,kind,pith_number,title,title_binding,verdict,headline,failing_checks,not_checkable,error');
  expect(lines).toHaveLength(3);
});
