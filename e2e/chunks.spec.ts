/**
 * Issue 10: parts of the app come in chunks of their own, so a chunk that is slow or fails to load
 * (a dropped connection, a deploy that replaced the files) must leave the rest of the page standing
 * and say what happened. Found by a walk-through of the lazy build; each case is provoked here by
 * delaying or aborting the chunk's request.
 */
import { EMBEDDED, SEED_SUFFIX, expect, expectVerdict, pasteText, test, useSettings } from './fixtures';

test('a record page whose details chunk fails keeps its verdict and says the rest did not load', async ({ page, pithScience: _ }) => {
  await useSettings(page, { mirrors: [EMBEDDED] });
  await page.route(/\/assets\/record-details-[^/]+\.js$/, (route) => route.abort('failed'));
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expectVerdict(page, 'verified');
  await expect(page.getByTestId('chunk-failed')).toContainText('could not be loaded');
  await expect(page.getByTestId('record-verdict')).toBeVisible();
  await expect(page.locator('header').first()).toBeVisible();
  await expect(page.getByTestId('chunk-failed').getByRole('button', { name: 'Reload the page' })).toBeVisible();
});

test('a page whose chunk fails keeps the header and offers a reload; a slow one says "Loading…"', async ({ page }) => {
  await page.route(/\/assets\/batch-route-[^/]+\.js$/, (route) => route.abort('failed'));
  let release: () => void = () => undefined;
  const slow = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/settings-page-[^/]+\.js$/, async (route) => {
    await slow;
    await route.continue();
  });
  await page.goto('/batch');
  await expect(page.getByTestId('chunk-failed')).toContainText('This page could not be loaded');
  await expect(page.locator('header').first()).toBeVisible();
  await page.goto('/settings');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Loading…');
  release();
  await expect(page.getByRole('heading', { name: 'Mirrors & keys', level: 1 })).toBeVisible();
});

test('printing before the card has loaded says so instead of printing a blank page', async ({ page, pithScience: _ }) => {
  await useSettings(page, { mirrors: [EMBEDDED] });
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/print-card-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expectVerdict(page, 'verified');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-pending')).toBeVisible();
  release();
  await expect(page.getByTestId('print-card-sheet')).toBeVisible();
  await expect(page.getByTestId('print-pending')).toHaveCount(0);
});

test('an error page is left by moving on, to the home page of the same path included', async ({ page }) => {
  await page.route(/\/assets\/record-[^/]+\.js$/, (route) => route.abort('failed'));
  await page.goto('/?q=1704.04289');
  await expect(page.getByTestId('chunk-failed')).toContainText('This page could not be loaded');
  await page.getByTestId('logo').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: 'Is this record what it claims to be?' })).toBeVisible();
  await expect(page.getByTestId('chunk-failed')).toHaveCount(0);
});

test('a paste whose verifying code fails to load says so, with a reload, instead of nothing', async ({ page }) => {
  await page.route(/\/assets\/(take-input|intake|record)-[^/]+\.js$/, (route) => route.abort('failed'));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Is this record what it claims to be?' })).toBeVisible();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await pasteText(page, '{"not": "a record"}');
  const failed = page.getByTestId('intake-failed');
  await expect(failed).toContainText('could not be loaded');
  await expect(failed.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await failed.getByRole('button', { name: 'Dismiss' }).click();
  await expect(failed).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a deep link whose verifier fails to load says so, and blames no mirror', async ({ page, pithScience: _ }) => {
  await useSettings(page, { mirrors: [EMBEDDED] });
  await page.route(/\/assets\/verifier-[^/]+\.js$/, (route) => route.abort('failed'));
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expect(page.getByTestId('chunk-failed')).toContainText('The verifier could not be loaded');
  await expect(page.getByText('No mirror could be reached')).toHaveCount(0);
  await expect(page).toHaveTitle(/^Not loaded: /);
});
