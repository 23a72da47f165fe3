/**
 * Phone-first pages (issue 9): at 390×844, light and dark, no page scrolls sideways; the header is
 * one row; the record page shows the verdict, headline and checks before the secondary panels, in
 * the reading and in the keyboard order; aliases and batch rows are cards. The desktop width is held
 * to the same no-sideways-scroll rule.
 */
import type { Page } from '@playwright/test';
import { EMBEDDED, expect, expectVerdict, SEED_SUFFIX, test, useSettings } from './fixtures';

const PHONE = { width: 390, height: 844 };
const fixtures = new URL('../tests/fixtures/', import.meta.url).pathname;

async function noSideways(page: Page, what: string) {
  const { sw, iw } = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, iw: window.innerWidth }));
  expect(sw, `${what} scrolls sideways (${sw} > ${iw})`).toBeLessThanOrEqual(iw);
}

const PAGES: { name: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'home', open: async (p) => void (await p.goto('/')) },
  {
    // The sample mirror's list, opened: its numbers did not wrap, and the page scrolled 80 px sideways (a walk-through, 2026-12-03).
    name: 'home, the sample list open',
    open: async (p) => {
      await p.goto('/');
      await p.getByText(/real records from pith\.science/).click();
      await expect(p.getByRole('link', { name: /^pith:\d{4}:/ }).first()).toBeVisible();
    },
  },
  {
    name: 'record',
    open: async (p) => {
      await p.goto(`/pith/${SEED_SUFFIX}`);
      await expectVerdict(p, 'verified');
      await expect(p.getByTestId('receipt-panel')).toBeVisible();
    },
  },
  {
    name: 'batch',
    open: async (p) => {
      await p.goto('/');
      await p.getByTestId('folder-input').setInputFiles(`${fixtures}tampered`);
      await expect(p.getByTestId('batch-summary')).toHaveAttribute('data-state', 'done');
    },
  },
  {
    name: 'compute (example, pasted arXiv date)',
    open: async (p) => {
      await p.goto('/compute');
      await p.getByRole('button', { name: /Example/ }).click();
      await p.getByLabel('Submitted (v1, UTC)').fill('[v1] Mon, 29 Feb 2016 19:03:23 UTC (1,114 KB)');
      await expect(p.getByTestId('computed-number')).toContainText('pith:2016:5A3HLEK2XQKADNVEISHU2OVNDY');
    },
  },
  {
    name: 'settings (mirror tested)',
    open: async (p) => {
      await p.goto('/settings');
      await p.getByRole('button', { name: 'Test Embedded sample mirror' }).click();
      await expect(p.getByTestId('mirror-test')).toBeVisible();
    },
  },
  {
    name: 'not a record',
    open: async (p) => {
      await p.goto('/');
      await p.getByTestId('file-input').setInputFiles({ name: 'a-rather-long-file-name-for-a-phone-screen-notes.txt', mimeType: 'text/plain', buffer: Buffer.from('just some notes, not JSON') });
      await expect(p.getByTestId('unreadable-file')).toBeVisible();
    },
  },
  {
    name: 'share',
    open: async (p) => {
      await p.goto('/');
      await p.getByTestId('file-input').setInputFiles(`${fixtures}pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json`);
      await expectVerdict(p, 'verified');
      await p.getByRole('button', { name: 'Make a self-verifying link' }).click();
      const url = await p.getByTestId('share-url').inputValue();
      await p.goto(url);
      await expectVerdict(p, 'verified');
    },
  },
  { name: 'not-found', open: async (p) => void (await p.goto('/no/such/page')) },
];

for (const theme of ['light', 'dark'] as const) {
  test.describe(`at 390×844, ${theme}`, () => {
    test.use({ viewport: PHONE });
    test.beforeEach(async ({ page, pithScience: _ }) => {
      await useSettings(page, { mirrors: [EMBEDDED], theme });
    });
    for (const p of PAGES) {
      test(`${p.name}: no sideways scrolling, the header in one row`, async ({ page }) => {
        await p.open(page);
        await noSideways(page, p.name);
        // On home the logo is the page's name, not a link to itself.
        const logo = await page.getByTestId('logo').boundingBox();
        const menu = await page.getByTestId('nav-menu').boundingBox();
        expect(Math.abs(logo!.y - menu!.y)).toBeLessThan(12);
      });
    }
  });
}

test.describe('at 390×844', () => {
  test.use({ viewport: PHONE });
  test.beforeEach(async ({ page, pithScience: _ }) => {
    await useSettings(page, { mirrors: [EMBEDDED] });
  });

  test('the record page: verdict, headline and checks first, then the rest; aliases are cards', async ({ page }) => {
    await page.goto(`/pith/${SEED_SUFFIX}`);
    await expectVerdict(page, 'verified');
    const y = async (sel: string) => (await page.locator(sel).first().boundingBox())!.y;
    const verdict = await y('[data-testid="record-verdict"]');
    const checks = await y('[data-testid="primary-checks"]');
    const aliases = await y('[data-testid="aliases"]');
    const receipt = await y('[data-testid="receipt-panel"]');
    expect(verdict).toBeLessThan(checks);
    expect(checks).toBeLessThan(receipt);
    expect(checks).toBeLessThan(aliases);
    // Cite sits beside the title, one tap away.
    expect(await y('[data-testid="cite-details"]')).toBeLessThan(checks);
    // Each alias is a card: the value and its status stack instead of standing in columns.
    const row = page.locator('[data-alias-kind="doi"]');
    await expect(row).toHaveCSS('display', 'block');
    // The menu opens and its links work.
    await page.getByTestId('nav-menu').locator('summary').click();
    await page.getByTestId('nav-menu').getByRole('link', { name: 'Compute a number' }).click();
    await expect(page).toHaveURL(/\/compute$/);
  });

  test('the record page’s stand-alone buttons and links are at least 24 px tall to tap (WCAG 2.5.8; a walk-through, 2026-12-03)', async ({ page }) => {
    await page.goto(`/pith/${SEED_SUFFIX}`);
    await expectVerdict(page, 'verified');
    // Copy buttons everywhere, the alias cards' links and the forms' links (inline links in sentences are exempt).
    await expect(page.locator('[data-testid="aliases"] a').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy signature' })).toBeVisible();
    const targets = page.locator('button[aria-label^="Copy "], [data-testid="aliases"] a, [data-testid="paper-panel"] [data-field-row="source"] a');
    expect(await targets.count()).toBeGreaterThan(10);
    const small = await targets.evaluateAll((els) =>
      els
        .map((e) => ({ label: e.getAttribute('aria-label') ?? e.textContent ?? '', h: e.getBoundingClientRect().height }))
        .filter((t) => t.h > 0 && t.h < 24),
    );
    expect(small).toEqual([]);
  });

  test('a citing paper’s row holds all its lines: nothing sits on the next row’s divider (a walk-through, 2026-12-03)', async ({ page }) => {
    await page.goto(`/pith/${SEED_SUFFIX}`);
    await expectVerdict(page, 'verified');
    const rows = page.getByTestId('citation-row');
    await expect(rows.first()).toBeVisible();
    const boxes = await rows.evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        const inner = Math.max(...[...e.querySelectorAll('*')].map((c) => c.getBoundingClientRect().bottom));
        return { top: r.top, bottom: r.bottom, inner, anchor: e.textContent?.includes('internal anchor') ?? false };
      }),
    );
    expect(boxes.some((b) => b.anchor)).toBe(true);
    for (const [i, b] of boxes.entries()) {
      expect(b.inner).toBeLessThanOrEqual(b.bottom + 0.5);
      if (i > 0) expect(b.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom - 0.5);
    }
  });

  test('Escape closes the menu and gives focus back to its button (a walk-through, 2026-12-03)', async ({ page }) => {
    await page.goto(`/pith/${SEED_SUFFIX}`);
    await expectVerdict(page, 'verified');
    const menu = page.getByTestId('nav-menu');
    await menu.locator('summary').click();
    await expect(menu).toHaveAttribute('open');
    await menu.getByRole('link', { name: 'Batch' }).focus();
    await page.keyboard.press('Escape');
    await expect(menu).not.toHaveAttribute('open');
    await expect(menu.locator('summary')).toBeFocused();
  });

  test('batch rows are cards with the verdict first, and the reason a file is unreadable shows', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('folder-input').setInputFiles(`${fixtures}hostile`);
    await expect(page.getByTestId('batch-summary')).toHaveAttribute('data-state', 'done');
    await page.getByTestId('batch-filter').selectOption('unreadable');
    const row = page.locator('[role="row"][data-verdict="unreadable"]').first();
    const box = (await row.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(PHONE.width);
    const cells = row.locator('[role="cell"]');
    const first = await cells.evaluateAll((els) => els.map((e) => ({ text: e.textContent ?? '', y: e.getBoundingClientRect().y })).sort((a, b) => a.y - b.y)[0]!.text);
    expect(first).toContain('Unreadable');
    await expect(row).toContainText(/not|Expected|UTF|binary|JSON/);
    await noSideways(page, 'batch (cards)');
  });
});

test('keyboard order follows the reading order: the checks before the secondary panels', async ({ page, pithScience: _ }) => {
  await useSettings(page, { mirrors: [EMBEDDED] });
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expectVerdict(page, 'verified');
  await expect(page.getByTestId('receipt-panel')).toBeVisible();
  const order = await page.evaluate(() => {
    const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, summary, [tabindex="0"], input, select, textarea')].filter((e) => !e.closest('[hidden]') && e.getClientRects().length > 0);
    const index = (sel: string) => focusable.findIndex((e) => e.closest(sel) !== null);
    return { checks: index('[data-testid="primary-checks"]'), aliases: index('[data-testid="aliases"]'), receipt: index('[data-testid="receipt-panel"]') };
  });
  expect(order.checks).toBeGreaterThanOrEqual(0);
  expect(order.checks).toBeLessThan(order.aliases);
  expect(order.checks).toBeLessThan(order.receipt);
});

test('no page scrolls sideways at 1280×800 either', async ({ page, pithScience: _ }) => {
  await useSettings(page, { mirrors: [EMBEDDED] });
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const p of PAGES) {
    await p.open(page);
    await noSideways(page, `${p.name} (desktop)`);
  }
});
