import { expect, test } from '@playwright/test';

test('the production build loads in Chromium', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('pith-explorer');
  expect(errors).toEqual([]);
});
