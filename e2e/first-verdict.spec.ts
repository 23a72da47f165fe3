/**
 * Issue 10: a deep link to a full pith number shows its verdict before React is fetched
 * (src/main.ts, features/record/first-verdict.ts), and the React record page takes its place with no
 * moment without a verdict. The first verdict is the core's report, shown as the record page shows
 * it: the same verdict, headline and bindings, for a verified seed and for forged copies alike.
 */
import type { Page, Route } from '@playwright/test';
import { installFirstLoadProbe } from '../tests/first-load-probe';
import { EMBEDDED, PITH_SCIENCE, SEED, SEED_SUFFIX, expect, expectVerdict, fixture, test, useSettings } from './fixtures';

interface FirstSeen {
  verdict: string;
  headline: string;
  bindings: Record<string, string>;
  /** Which mirror served it, as the first verdict says. */
  origin: string;
  /** The request-mismatch notes it shows. */
  mismatches: string[];
  lead: string | null;
  leadBeforeVerdict: boolean;
  /** Whether the page was dark when the first verdict was drawn. */
  dark: boolean;
  /** Whether React's record view was already in the page (it must not be). */
  react: boolean;
}

/** Records what the first verdict showed, and every change of "is a verdict on screen" (each frame and DOM change). */
async function watchVerdicts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { verdictLog: string[]; firstSeen?: FirstSeen };
    w.verdictLog = [];
    let last = '';
    const check = () => {
      const first = document.querySelector('[data-first-verdict]');
      const shown = document.querySelector('[data-testid="record-verdict"] [data-verdict]');
      // A hidden element is not on screen: React's root is hidden while the first verdict holds.
      const visible = shown && (shown as HTMLElement).offsetParent !== null;
      if (first && !w.firstSeen && shown) {
        const bindings: Record<string, string> = {};
        for (const b of first.querySelectorAll<HTMLElement>('[data-binding]')) bindings[b.dataset.field!] = b.dataset.binding!;
        w.firstSeen = { verdict: shown.getAttribute('data-verdict')!, headline: first.querySelector('[data-testid="headline"]')!.textContent!, bindings, origin: first.querySelector('[data-testid="record-origin"] p')!.textContent!, mismatches: [...first.querySelectorAll('[role="note"] p')].map((p) => p.textContent!), lead: first.querySelector('[data-testid="mismatch-lead"]')?.textContent ?? null, leadBeforeVerdict: (() => { const l = first.querySelector('[data-testid="mismatch-lead"]'); return !!l && !!(l.compareDocumentPosition(shown) & Node.DOCUMENT_POSITION_FOLLOWING); })(), dark: document.documentElement.classList.contains('dark'), react: !!document.querySelector('[data-testid="record-view"]') };
      }
      const state = `${visible ? 'verdict' : 'none'}${first ? '+first' : ''}`;
      if (state !== last) w.verdictLog.push((last = state));
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden'] });
    const frame = () => {
      check();
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

async function reactShown(page: Page) {
  await expect(page.getByTestId('record-view')).toBeVisible();
  await expect(page.locator('[data-first-verdict]')).toHaveCount(0);
  await expect(page.locator('#root')).toBeVisible();
}

async function reactBindings(page: Page): Promise<Record<string, string>> {
  return page.getByTestId('record-view').locator('header [data-binding]').evaluateAll((els) => Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset.field, (e as HTMLElement).dataset.binding])));
}

test('a cold deep link shows its verdict before React is fetched, and the record page takes its place with no gap', async ({ page, pithScience: _ }) => {
  await installFirstLoadProbe(page);
  await watchVerdicts(page);
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expectVerdict(page, 'verified');
  await reactShown(page);
  const { first, log, appChunkBefore } = await page.evaluate(() => {
    const w = window as unknown as { verdictLog: string[]; firstSeen: FirstSeen; verdictAt: number };
    const before = performance.getEntriesByType('resource').filter((e) => e.startTime < w.verdictAt && /\/assets\/(app|start-app)-/.test(e.name));
    return { first: w.firstSeen, log: w.verdictLog, appChunkBefore: before.map((e) => e.name) };
  });
  expect(appChunkBefore, 'React chunks fetched before the first verdict').toEqual([]);
  expect(first).toMatchObject({ verdict: 'verified', react: false });
  // From the first verdict on, one is always on screen: the first, then React's.
  expect(log.slice(log.indexOf('verdict+first'))).toEqual(['verdict+first', 'verdict']);
  await expect(page.getByTestId('headline')).toHaveText(first.headline);
  expect(first.bindings).toEqual(await reactBindings(page));
  expect(first.bindings.title).toBe('rehash-bound');
  expect(first.origin).toBe('served by this app Fetched from Embedded sample mirror /mirror/pith/UTTGU3KIYM6JKD6ALUV7A7CX74.json for pith number UTTGU3KIYM6JKD6ALUV7A7CX74.');
  await expect(page.getByTestId('record-origin').locator('p').first()).toHaveText(first.origin);
  await expect(page).toHaveTitle(/^Stochastic Gradient Descent as Approximate Bayesian Inference · pith:UTTGU3KI · pith-explorer$/);
});

for (const [file, verdict, titleBinding] of [
  ['paper-title.json', 'invalid', 'contradicted'],
  ['receipt-key-id.json', 'incomplete', 'unbound'],
] as const) {
  test(`a forged copy (${file}) reads ${verdict} before React too, with the title ${titleBinding}, as the record page shows it`, async ({ page, pithScience }) => {
    // pith.science is mocked (it cannot be reached here); the embedded mirror is off, so it serves the forgery.
    pithScience.set(`/pith/${SEED_SUFFIX}.json`, fixture(`tampered/${file}`));
    await useSettings(page, { mirrors: [{ ...EMBEDDED, enabled: false }, PITH_SCIENCE] });
    await watchVerdicts(page);
    await page.goto(`/pith/${SEED_SUFFIX}`);
    await expectVerdict(page, verdict);
    await reactShown(page);
    const first = await page.evaluate(() => (window as unknown as { firstSeen: FirstSeen }).firstSeen);
    expect(first).toMatchObject({ verdict, react: false });
    expect(first.bindings.title).toBe(titleBinding);
    expect(first.bindings).toEqual(await reactBindings(page));
    await expect(page.getByTestId('headline')).toHaveText(first.headline);
    expect(first.origin).toContain('needs network Fetched from pith.science https://pith.science/pith/');
    await expect(page.getByTestId('record-origin').locator('p').first()).toHaveText(first.origin);
  });
}

test('a deep link whose record no mirror has shows the record page’s error, with no first verdict, having asked each mirror once', async ({ page, pithScience: _ }) => {
  await useSettings(page, { mirrors: [{ ...EMBEDDED, enabled: false }, PITH_SCIENCE] });
  const asked: string[] = [];
  page.on('request', (r) => void (r.url().startsWith('https://pith.science/') && asked.push(r.url())));
  await watchVerdicts(page);
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expect(page.getByTestId('resolve-error')).toHaveAttribute('data-error-kind', 'not-found');
  expect(await page.evaluate(() => (window as unknown as { verdictLog: string[] }).verdictLog.some((s) => s.includes('verdict')))).toBe(false);
  // The lookup before React and React's page read one answer (the record query keeps its error):
  // the record, then its bundle, each asked once.
  expect(asked).toEqual([`https://pith.science/pith/${SEED_SUFFIX}.json`, `https://pith.science/pith/${SEED_SUFFIX}/bundle.json`]);
});

test('a link whose year is not the record’s: the first verdict says so, as the page does; a dark theme is dark from the first verdict on', async ({ page, pithScience: _ }) => {
  await useSettings(page, { theme: 'dark' });
  await watchVerdicts(page);
  await page.goto(`/pith/pith:2016:${SEED_SUFFIX}`);
  await expectVerdict(page, 'verified');
  const first = await page.evaluate(() => (window as unknown as { firstSeen: FirstSeen }).firstSeen);
  expect(first.dark).toBe(true);
  expect(first.mismatches).toHaveLength(1);
  expect(first.mismatches[0]).toMatch(/2016.*2017/);
  expect(first.lead).toBe(`Not the record you asked for. The verdict below is about ${SEED} and says nothing about what you asked for.`);
  expect(first.leadBeforeVerdict).toBe(true);
  await expect(page.getByTestId('request-mismatch').locator('p')).toHaveText(first.mismatches.map((m) => m.replace(/^! /, '')).map((m) => new RegExp(m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))));
});

test('when the app’s own code cannot be fetched, the first verdict stays and says so, with a reload', async ({ page, pithScience: _ }) => {
  await page.route(/\/assets\/(app|start-app)-/, (route) => route.abort());
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expect(page.locator('[data-first-verdict] [data-verdict]')).toHaveAttribute('data-verdict', 'verified');
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(page.getByText('Loading the checks and the rest of this record…')).toHaveCount(0);
});

test('a mirror that never answers: "Looking up…" at once, then the app starts and shows the lookup itself', async ({ page, pithScience: _ }) => {
  await useSettings(page, { mirrors: [{ ...EMBEDDED, enabled: false }, PITH_SCIENCE] });
  // Registered after the fixture's, so it answers first: pith.science (mocked) hangs.
  await page.route('https://pith.science/**', () => undefined);
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expect(page.locator('[data-first-verdict="pending"]').getByRole('status')).toHaveText(`Looking up pith number ${SEED_SUFFIX} and verifying it…`);
  await expect(page.getByRole('link', { name: 'pith-explorer' })).toHaveAttribute('href', '/');
  // After boot's wait (3 s), React's page with its own skeleton takes the place of the first one.
  await expect(page.getByRole('searchbox')).toBeVisible({ timeout: 10_000 });
  await expect(page.locator('[data-first-verdict]')).toHaveCount(0);
  await expect(page.locator('main[aria-busy="true"], [aria-busy="true"]').first()).toBeVisible();
});

test('focus on the first verdict’s home link moves to the app’s own when React takes over', async ({ page, pithScience: _ }) => {
  // React's chunk is held back a moment, so that the first verdict can be tabbed into.
  await page.route(/\/assets\/app-/, async (route) => {
    await new Promise((r) => setTimeout(r, 1_500));
    await route.continue();
  });
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await page.locator('[data-first-verdict] a[href="/"]').focus();
  await expectVerdict(page, 'verified');
  await expect(page.getByTestId('logo')).toBeFocused();
});

/**
 * Opens the seed's deep link with its record held back until the home link of "Looking up…" has
 * focus, then answered by `answer`; React's chunk comes 1.5 s later.
 */
async function focusWhileLookingUp(page: Page, answer: (route: Route) => Promise<void>): Promise<void> {
  let release = (): void => undefined;
  const focused = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/mirror\/pith\//, async (route) => {
    await focused;
    await answer(route);
  });
  await page.route(/\/assets\/app-/, async (route) => {
    await new Promise((r) => setTimeout(r, 1_500));
    await route.continue();
  });
  await page.goto(`/pith/${SEED_SUFFIX}`, { waitUntil: 'commit' });
  await page.locator('[data-first-verdict="pending"] a[href="/"]').focus();
  release();
}

test('focus on the home link while the first verdict is still looking up stays on it when the verdict comes, then moves to the app’s', async ({ page, pithScience: _ }) => {
  await focusWhileLookingUp(page, (route) => route.continue());
  await expect(page.locator('[data-first-verdict=""] a[href="/"]')).toBeFocused();
  await expectVerdict(page, 'verified');
  await expect(page.getByTestId('logo')).toBeFocused();
});

test('focus on the home link while the first verdict is still looking up moves to the app’s when the lookup fails', async ({ page, pithScience: _ }) => {
  await focusWhileLookingUp(page, (route) => route.fulfill({ status: 500, body: 'broken' }));
  await expect(page.locator('[data-first-verdict]')).toHaveCount(0);
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expect(page.getByTestId('logo')).toBeFocused();
});
