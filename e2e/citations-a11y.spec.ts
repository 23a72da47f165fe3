import AxeBuilder from '@axe-core/playwright';
import { EMBEDDED, expect, expectVerdict, fixture, PITH_SCIENCE, SEED_SUFFIX, test, useSettings } from './fixtures';

test('10,000 inbound citations scroll in a virtualized list', async ({ page, pithScience }) => {
  const seed = JSON.parse(fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json'));
  // Citations are unsigned live data: a big list does not change the verification.
  seed.inbound_citations = {
    count: 10_000,
    internal_anchor_count: 5_000,
    sample: Array.from({ length: 10_000 }, (_, i) => ({ citing_arxiv_id: `2501.${String(i).padStart(5, '0')}`, citing_title: `Citing paper number ${i}`, ref_index: i % 300, is_internal_anchor: i % 2 === 0 })),
  };
  pithScience.set(`/pith/${SEED_SUFFIX}.json`, JSON.stringify(seed));
  await useSettings(page, { mirrors: [{ ...EMBEDDED, enabled: false }, PITH_SCIENCE] });
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expectVerdict(page, 'verified');
  const scroller = page.getByTestId('citations-scroller');
  await scroller.scrollIntoViewIfNeeded();
  expect(await scroller.getByTestId('citation-row').count()).toBeLessThan(80);
  await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(scroller.getByText('Citing paper number 9999')).toBeVisible();
  expect(await scroller.getByTestId('citation-row').count()).toBeLessThan(80);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no serious violations (${theme})`, async ({ page, pithScience: _ }) => {
    await useSettings(page, { mirrors: [EMBEDDED, PITH_SCIENCE], theme });
    for (const path of ['/', `/pith/${SEED_SUFFIX}`, '/pith/2AEN4MOBPLL372HGEXWNG3JGNG', '/settings', '/pith/AAAAAAAA']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      if (path.startsWith('/pith/U') || path.startsWith('/pith/2')) await page.locator('[data-verdict]').first().waitFor();
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    }
  });
}

test('keyboard only: search, land on the record, open a check', async ({ page, pithScience: _ }) => {
  await useSettings(page, {});
  await page.goto('/');
  await expect(page.getByRole('searchbox', { name: /pith number, arxiv id or doi/i })).toBeFocused();
  await page.keyboard.type('pith:UTTGU3KI');
  await page.keyboard.press('Enter');
  await expectVerdict(page, 'verified');
  const summary = page.locator('[data-check="signature"] summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-check="signature"] details')).toHaveAttribute('open', '');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: batch, file, compute and share pages have no serious violations (${theme})`, async ({ page, pithScience: _ }) => {
    await useSettings(page, { mirrors: [EMBEDDED], theme });
    const check = async (where: string) => {
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    };
    await page.goto('/compute');
    await page.getByRole('button', { name: /example/i }).click();
    await check('/compute');
    await page.goto('/');
    await page.getByTestId('file-input').setInputFiles({ name: 'two.jsonl', mimeType: 'application/json', buffer: Buffer.from(`${JSON.stringify(JSON.parse(fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json')))}\n${JSON.stringify(JSON.parse(fixture('tampered/paper-title.json')))}\n`) });
    await expect(page.getByTestId('batch-summary')).toHaveAttribute('data-state', 'done');
    await check('/batch');
    await page.locator('[data-verdict="invalid"] a').click();
    await page.locator('[data-verdict]').first().waitFor();
    await check('/file');
    await page.getByRole('button', { name: 'Make a self-verifying link' }).click();
    await page.goto(await page.getByTestId('share-url').inputValue());
    await page.locator('[data-verdict]').first().waitFor();
    await check('/share');
    await page.goto('/settings');
    await page.getByRole('button', { name: 'Test Embedded sample mirror' }).click();
    await expect(page.getByTestId('mirror-test')).toBeVisible();
    await check('/settings (tested)');
    await page.goto('/');
    await page.getByTestId('file-input').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not json') });
    await expect(page.getByTestId('unreadable-file')).toBeVisible();
    await check('/file (not a record)');
  });

  test(`axe at 390×844: home, record (cite open) and batch have no serious violations (${theme})`, async ({ page, pithScience: _ }) => {
    await useSettings(page, { mirrors: [EMBEDDED], theme });
    await page.setViewportSize({ width: 390, height: 844 });
    const check = async (where: string) => {
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    };
    await page.goto('/');
    await check('/ (phone)');
    await page.goto('/pith/UTTGU3KIYM6JKD6ALUV7A7CX74');
    await expect(page.getByTestId('receipt-panel')).toBeVisible();
    await page.getByTestId('cite-details').locator('summary').click();
    await check('/pith (phone, cite open)');
    await page.goto('/');
    await page.getByTestId('file-input').setInputFiles({ name: 'two.jsonl', mimeType: 'application/json', buffer: Buffer.from(`${JSON.stringify(JSON.parse(fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json')))}\n${JSON.stringify(JSON.parse(fixture('tampered/paper-title.json')))}\n`) });
    await expect(page.getByTestId('batch-summary')).toHaveAttribute('data-state', 'done');
    await check('/batch (phone)');
  });
}
