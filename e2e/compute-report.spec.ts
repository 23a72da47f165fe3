import { readFileSync } from 'node:fs';
import { EMBEDDED, expect, expectVerdict, SEED_SUFFIX, test, useSettings } from './fixtures';

test.beforeEach(async ({ page, pithScience: _ }) => {
  await useSettings(page, { mirrors: [EMBEDDED] });
});

test('compute a pith number from the paper itself (the 1602.09102 example gives its published number)', async ({ page }) => {
  await page.goto('/compute');
  await page.getByRole('button', { name: /example/i }).click();
  await expect(page.getByText('pith:2016:5A3HLEK2XQKADNVEISHU2OVNDY').first()).toBeVisible();
});

test('the result’s live region never says an earlier result: while a field is wrong it is empty, then says what is shown', async ({ page }) => {
  await page.goto('/compute');
  await page.getByRole('button', { name: /example/i }).click();
  const status = page.getByRole('region', { name: 'Result' }).getByRole('status');
  await expect(status).toHaveText('Computed pith:2016:5A3HLEK2XQKADNVEISHU2OVNDY');
  await page.getByLabel('Submitted (v1, UTC)').fill('yesterday');
  // At once, not after the 800 ms pause: the number is no longer shown, so it is no longer said.
  await expect(status).not.toContainText('Computed', { timeout: 500 });
  await expect(status).toHaveText(/^Not computed yet: 1 field needs attention \(Submitted \(v1, UTC\)\)\.$/);
});

test('export a report as Markdown and JSON with replayable commands', async ({ page }) => {
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expectVerdict(page, 'verified');
  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Report \(Markdown\)/ }).click()]);
  const text = readFileSync((await md.path())!, 'utf8');
  expect(text).toContain('pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74');
  expect(text).toContain('openssl pkeyutl -verify');
  const [js] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Report \(JSON\)/ }).click()]);
  const report = JSON.parse(readFileSync((await js.path())!, 'utf8'));
  expect(report.verdict).toBe('verified');
  expect(JSON.stringify(report)).toContain('8d4b5ee74e4693bcd1df2446408b0d54');
});
