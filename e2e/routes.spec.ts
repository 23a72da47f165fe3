/**
 * The router (src/app/router.tsx on wouter's location hook, features/ui/navigation.ts and
 * scroll-restoration.ts), as a user meets it: deep links that read back exactly what was typed, a
 * new page at the top and Back where the page was, and paths that are no page.
 */
import { SEED_SUFFIX, expect, expectVerdict, test } from './fixtures';

test('a DOI holding ?, # and % opens a deep link that reads it back, through a reload', async ({ page, pithScience: _ }) => {
  const doi = '10.1000/a?b#c%20d';
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: /pith number, arxiv id or doi/i });
  await box.fill(doi);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/doi\/10\.1000\/a%3Fb%23c%2520d$/);
  const header = page.getByRole('banner').getByRole('searchbox');
  await expect(header).toHaveValue(doi);
  await page.reload();
  await expect(page.getByRole('banner').getByRole('searchbox')).toHaveValue(doi);
});

test('a new page starts at the top; Back lands where the page was', async ({ page, pithScience: _ }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expectVerdict(page, 'verified');
  const tall = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(tall).toBeGreaterThan(1400);
  await page.evaluate(() => window.scrollTo(0, 700));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(700);
  // Clicked where it is: Playwright's own click would first scroll the logo (at the top) into view.
  await page.getByTestId('logo').evaluate((a: HTMLElement) => a.click());
  await expect(page).toHaveURL(/\/$/);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  // A page of its own length, scrolled, then Back: the record page at 700 again, not at the top.
  await page.goBack();
  await expectVerdict(page, 'verified');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(700);
  await page.goForward();
  await expect(page.getByRole('heading', { name: 'Is this record what it claims to be?' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
});

test('a reload, and Back from another document, land where the record page was', async ({ page, pithScience: _ }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expectVerdict(page, 'verified');
  // Once its panels are drawn (one per task after the verdict), scroll well down.
  await expect(page.getByTestId('export-report')).toBeAttached();
  await page.evaluate(() => window.scrollTo(0, 1500));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(1500);
  await page.reload();
  await expectVerdict(page, 'verified');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(1500);
  // Away to another document (a full page load, as a link to another site is), then Back.
  await page.evaluate(() => window.scrollTo(0, 900));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(900);
  await page.goto(`/mirror/pith/${SEED_SUFFIX}.json`);
  await page.goBack();
  await expectVerdict(page, 'verified');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(900);
  // A page opened anew still starts at the top.
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expectVerdict(page, 'verified');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('a trailing slash is the same page; a broken escape in a lookup says so; an unknown path is no page', async ({ page, pithScience: _ }) => {
  await page.goto('/settings/');
  await expect(page).toHaveTitle('Mirrors & keys · pith-explorer');
  // Moved to in the page: the preview server answers such a request 400 itself, before the app (a
  // static host that serves the app for every path does not).
  await page.evaluate(() => history.pushState({}, '', '/pith/%E0%A4%A'));
  await expect(page).toHaveTitle('Could not read that · pith-explorer');
  await expect(page.getByTestId('query-error')).toContainText("The /pith/ part of this link, '%E0%A4%A', is not valid percent-encoding: '%A' at character 7 is not % and two hex digits");
  await page.goto('/pith/a/b');
  await expect(page).toHaveTitle('No such page · pith-explorer');
});

test('in-app links are real links, followed without a reload', async ({ page, pithScience: _ }) => {
  await page.goto('/');
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  const link = page.getByRole('link', { name: 'Batch' }).first();
  await expect(link).toHaveAttribute('href', '/batch');
  await link.click();
  await expect(page).toHaveTitle('Batch: no files yet · pith-explorer');
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
});

test('an in-page #fragment link lands on its target and keeps it; Back returns above it', async ({ page, pithScience: _ }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expectVerdict(page, 'verified');
  await expect(page.locator('#share-heading')).toBeAttached();
  // A plain fragment link, as the graph alert's "see Events" is: the browser's own navigation, no app state.
  const target = await page.evaluate(() => {
    const h = document.getElementById('share-heading')!;
    const a = document.createElement('a');
    a.href = `#${h.id}`;
    a.textContent = 'to the end';
    a.dataset.testid = 'fragment-link';
    document.querySelector('main')!.prepend(a);
    return h.getBoundingClientRect().top + window.scrollY;
  });
  expect(target).toBeGreaterThan(1000);
  await page.getByTestId('fragment-link').click();
  await expect(page).toHaveURL(/#/);
  // Not undone by the scroll restoration (it had sent such an entry back to the top).
  await page.waitForTimeout(300);
  const landed = await page.evaluate(() => window.scrollY);
  expect(landed).toBeGreaterThan(900);
  await page.goBack();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await page.goForward();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(landed);
});

test('a trailing slash on a lookup is the same lookup, with its query in the header box', async ({ page, pithScience: _ }) => {
  await page.goto(`/pith/${SEED_SUFFIX}/`);
  await expectVerdict(page, 'verified');
  await expect(page.getByRole('banner').getByRole('searchbox')).toHaveValue(SEED_SUFFIX);
});

test('a form that writes the URL as it is typed keeps its field and focus (the page is not remounted)', async ({ page }) => {
  await page.goto('/compute');
  const title = page.getByLabel('Title', { exact: true });
  await title.fill('A title');
  await expect(page).toHaveURL(/[?&]title=A(\+|%20)title/);
  await expect(title).toBeFocused();
  await title.press('End');
  await title.pressSequentially(' and more');
  await expect(page).toHaveURL(/and(\+|%20)more/);
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('A title and more');
});

test('focus after a move within the app goes to the new page’s main region, not to <body>; a box the new page focuses keeps it', async ({ page, pithScience: _ }) => {
  await page.goto('/');
  // The header's "Batch" link, followed from the keyboard: on its own page it is a span, so the link is gone.
  const batch = page.getByRole('banner').getByRole('link', { name: 'Batch' });
  await batch.focus();
  await batch.press('Enter');
  await expect(page).toHaveURL(/\/batch$/);
  await expect(page.locator('#main')).toBeFocused();
  // Tab goes on into the page from there, not from the document's top.
  await expect(page.getByRole('heading', { name: 'Batch verification' })).toBeVisible();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => [document.getElementById('main')!.contains(document.activeElement), document.activeElement?.outerHTML.slice(0, 120)])).toEqual([true, expect.any(String)]);
  // Back from the keyboard's point of view: the home page's own box takes focus, as on a load.
  await page.goBack();
  await expect(page.getByRole('searchbox', { name: /pith number, arxiv id or doi/i })).toBeFocused();
  // A lookup typed in the header's box: the box is drawn anew for the new page, and focus goes to the
  // page with the verdict, as after any move; a box that stays (the home page's, while typing) keeps it.
  await page.goto('/batch');
  const header = page.getByRole('banner').getByRole('searchbox');
  await header.fill(SEED_SUFFIX);
  await header.press('Enter');
  await expectVerdict(page, 'verified');
  await expect(page.locator('#main')).toBeFocused();
});
