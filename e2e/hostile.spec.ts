/**
 * The third of the hostile corpus marked "app" (tests/fixtures/hostile/manifest.json, expectations
 * from scripts/gen-hostile-corpus.py), dropped into the app in Chromium as a user would: the page
 * shows the same verdicts and bindings the CLI gives, never runs script from a document, and sends
 * no request for dropped data.
 */
import { HOSTILE_CASES, HOSTILE_DIR } from '../tests/hostile-manifest';
import { EMBEDDED, expect, test, useSettings } from './fixtures';

const dir = HOSTILE_DIR;
const cases = HOSTILE_CASES.filter((c) => c.app);

/** The paper panel's badges: one per row, data-field naming the row's fields. */
const PAPER_FIELDS = ['title', 'authors', 'abstract', 'submitted-at', 'license', 'source'];

test.beforeEach(async ({ page, pithScience: _ }) => {
  await useSettings(page, { mirrors: [EMBEDDED] });
});

for (const c of cases) {
  test(`${c.class}: ${c.description} (${c.file})`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const requests: string[] = [];
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-workers', 'ready');
    page.on('request', (r) => requests.push(r.url()));
    await page.getByTestId('file-input').setInputFiles(new URL(c.file, dir).pathname);

    const single = c.entries.length === 1 && c.entries[0]!.verdict !== 'unreadable' && c.entries[0]!.verdict !== 'not-a-record';
    if (single) {
      const want = c.entries[0]!;
      await expect(page.getByTestId('record-verdict').locator('[data-verdict]')).toHaveAttribute('data-verdict', want.verdict);
      for (const [field, binding] of Object.entries(want.bindings ?? {})) {
        if (field === 'pith-number') {
          await expect(page.locator('header [data-field="pith-number"]')).toHaveAttribute('data-binding', binding ?? 'none');
          continue;
        }
        if (!PAPER_FIELDS.includes(field)) continue;
        const badge = page.getByTestId('paper-panel').locator(`[data-field="${field}"]`);
        if (binding === null) await expect(badge).toHaveCount(0);
        else await expect(badge.first()).toHaveAttribute('data-binding', binding);
      }
    } else if (c.entries.length === 1) {
      // One input that is not a record gets a page of its own saying so, with the reader's reason.
      const page1 = page.getByTestId('unreadable-file');
      await expect(page1).toHaveAttribute('data-code', c.entries[0]!.error ?? '');
      await expect(page1.getByRole('heading', { level: 1 })).toContainText(c.file);
      if (c.entries[0]!.error === 'not-utf8') await expect(page.getByTestId('unreadable-message')).toContainText(/Not UTF-8 text: the bytes at offset \d+|UTF-16/);
      await expect(page.locator('[role="row"][data-verdict]')).toHaveCount(0);
    } else {
      const summary = page.getByTestId('batch-summary');
      await expect(summary).toHaveAttribute('data-state', 'done');
      const rows = page.locator('[role="row"][data-verdict]');
      await expect(rows).toHaveCount(c.entries.length);
      const got = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')));
      expect(got.sort()).toEqual(c.entries.map((e) => e.verdict).sort());
      // An unreadable file says what it is, as the CLI does: bytes that are not UTF-8 get named.
      if (c.entries.some((e) => e.error === 'not-utf8')) await expect(rows.first()).toContainText(/Not UTF-8 text: the bytes at offset \d+|UTF-16/);
    }
    // Nothing from the document ran as script, and dropped data went nowhere.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
  });
}
