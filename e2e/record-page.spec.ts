/**
 * Issue 9, the record page as a reader meets it: less noise (one legend, an anatomy that does not
 * repeat the aliases, a key bar with its dates, a checks bar that says why a check was skipped),
 * honest links (none to the page you are on, external ones marked), a QR code a phone can scan,
 * and a print stylesheet that gives a one-page verification card, in light and dark.
 */
import jsQR from 'jsqr';
import { EMBEDDED, expect, expectVerdict, fixture, SEED, SEED_SUFFIX, test, useSettings } from './fixtures';

test.describe('the seed record page', () => {
  test.beforeEach(async ({ page, pithScience: _ }) => {
    await useSettings(page, { mirrors: [EMBEDDED] });
    await page.goto(`/pith/${SEED_SUFFIX}`);
    await expectVerdict(page, 'verified');
    await expect(page.getByTestId('receipt-panel')).toBeVisible();
  });

  test('noise: one legend, an anatomy with a heading and no alias rows, a dated key bar, a full checks bar', async ({ page }) => {
    // The receipt marks only bound fields; every unbound one is covered by the single legend.
    await expect(page.getByTestId('receipt-panel').locator('[data-binding="unbound"]')).toHaveCount(1);
    await expect(page.getByTestId('receipt-legend')).toContainText('Every field without a mark is unbound');
    const anatomy = page.getByTestId('anatomy');
    await expect(anatomy.getByRole('heading', { name: 'Anatomy of the number' })).toBeVisible();
    await expect(anatomy).toContainText(SEED);
    await expect(anatomy).toContainText('\\pithnumber{UTTGU3KIYM6JKD6ALUV7A7CX74}');
    // The DOI, the arXiv ids and the 12/16 prefixes live in the alias table only.
    await expect(anatomy.locator('dt')).toHaveText(['Full number', 'Short', 'Bare suffix', 'URL', 'LaTeX']);
    for (const alias of ['10.48550/arxiv.1704.04289', '1704.04289v2']) await expect(anatomy).not.toContainText(alias);
    await expect(page.getByTestId('aliases').getByRole('heading', { name: 'Aliases' })).toBeVisible();
    await expect(page.getByTestId('aliases')).toContainText('10.48550/arxiv.1704.04289');
    // The key validity bar is labelled with its dates.
    const bar = page.getByTestId('key-window-bar');
    await expect(bar.locator('[data-label="signed"]')).toHaveText('signed 2026-05-18');
    await expect(bar.locator('[data-label="rotation"]')).toHaveText('no rotation date');
    // Nine checks, nine segments: the skipped one is a segment too, and the reason is given.
    const progress = page.getByTestId('checks-progress');
    await expect(progress.locator('[data-segment]')).toHaveCount(9);
    await expect(progress.locator('[data-segment="skip"]')).toHaveCount(1);
    await expect(progress.getByRole('img')).toHaveAttribute('aria-label', '9 checks ran: 8 passed, 1 skipped');
    await expect(page.getByTestId('checks-not-passed')).toContainText(/Skipped: .+ — .*abstract/);
  });

  test('links: none to the page you are on, and those that leave the site are marked', async ({ page }) => {
    // The pith_short_* aliases lead to this very record: text, not a link.
    const short = page.locator('[data-alias-kind="pith_short_8"]');
    await expect(short.locator('[data-current-page]')).toHaveText(/this record/);
    await expect(short.locator('a')).toHaveCount(0);
    // The DOI leaves the site: marked with ↗ and, for screen readers, in words.
    const doi = page.locator('[data-alias-kind="doi"] a');
    await expect(doi).toHaveAttribute('data-external', '');
    await expect(doi).toHaveAttribute('rel', 'noreferrer');
    await expect(doi).toHaveAccessibleName(/doi\.org for 10\.48550\/arxiv\.1704\.04289 \(another site\)/);
    for (const link of await page.locator('main a[href^="http"]').all()) await expect(link).toHaveAttribute('data-external', '');
    // In the header, the page you are on is named, not linked.
    await page.getByRole('link', { name: 'Mirrors & keys' }).first().click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Mirrors & keys' })).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Main' }).first().locator('[aria-current="page"]')).toHaveText('Mirrors & keys');
  });

  test('the QR code scans as the record deep link', async ({ page, baseURL }) => {
    const qr = page.getByTestId('share-panel').getByTestId('record-qr');
    const url = `${baseURL}/pith/${SEED_SUFFIX}`;
    await expect(qr).toHaveAttribute('data-url', url);
    // Rasterise the SVG the page drew, as a camera would see it, and decode it with jsQR.
    const pixels = await qr.locator('svg').evaluate(async (svg) => {
      const size = 400;
      const img = new Image();
      const clone = svg.cloneNode(true) as SVGSVGElement;
      clone.setAttribute('width', String(size));
      clone.setAttribute('height', String(size));
      clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(clone.outerHTML)}`;
      await img.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size });
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0, size, size);
      const data = ctx.getImageData(0, 0, size, size).data;
      let binary = '';
      for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
      return { size, b64: btoa(binary) };
    });
    const data = new Uint8ClampedArray(Buffer.from(pixels.b64, 'base64'));
    expect(jsQR(data, pixels.size, pixels.size)?.data).toBe(url);
  });
});

for (const width of [1024, 1280, 1440]) {
  test(`the Cite panel opens inside the window at ${width} px, and Escape closes it`, async ({ page, pithScience: _ }) => {
    await page.setViewportSize({ width, height: 800 });
    await useSettings(page, { mirrors: [EMBEDDED] });
    await page.goto(`/pith/${SEED_SUFFIX}`);
    await expectVerdict(page, 'verified');
    const summary = page.getByTestId('cite-details').locator('summary');
    await summary.click();
    const copy = page.getByTestId('cite-details').getByRole('button', { name: /copy/i }).first();
    await expect(copy).toBeVisible();
    const box = await page.getByTestId('cite-details').locator('div').first().boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    // The plain-text citation is a sentence: it wraps instead of hiding its end behind a scroll bar;
    // BibTeX keeps its lines (a walk-through, 2026-12-03).
    const plain = page.locator('[data-snippet="plain-text citation"] pre');
    expect(await plain.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
    await expect(page.locator('[data-snippet="BibTeX entry"] pre')).toHaveCSS('white-space', 'pre');
    await copy.focus();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('cite-details')).not.toHaveAttribute('open');
    await expect(summary).toBeFocused();
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`printing gives a one-page verification card (${theme})`, async ({ page, pithScience: _ }) => {
    await useSettings(page, { mirrors: [EMBEDDED], theme });
    await page.goto(`/pith/${SEED_SUFFIX}`);
    await expectVerdict(page, 'verified');
    await expect(page.getByTestId('print-card')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const card = page.getByTestId('print-card-sheet');
    await expect(card).toBeVisible();
    await expect(page.getByTestId('record-view')).toBeHidden();
    await expect(page.locator('header').first()).toBeHidden();
    await expect(card).toContainText(SEED);
    // The summary says the verdict once, and the reasons it announces follow it (the seed's authors
    // and abstract are not bound).
    const headline = card.getByTestId('print-headline');
    await expect(headline).toContainText('Verified: the hash');
    expect((await headline.innerText()).match(/Verified/g)).toHaveLength(1);
    await expect(card.getByTestId('print-headline-reasons').locator('li')).not.toHaveCount(0);
    for (const reason of await page.getByTestId('headline-reasons').locator('li').allInnerTexts()) await expect(card.getByTestId('print-headline-reasons')).toContainText(reason.trim());
    await expect(card.locator('[data-print-check]')).toHaveCount(9);
    await expect(card).toContainText('8d4b5ee74e4693bcd1df2446408b0d54');
    await expect(card.getByTestId('record-qr')).toBeVisible();
    // Dark theme or not, the card is black on white paper.
    await expect(card).toHaveCSS('color', 'rgb(0, 0, 0)');
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
  });
}

test('the print card says which printed values are not tied to the signed digest', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('file-input').setInputFiles({ name: 'forged-title.json', mimeType: 'application/json', buffer: Buffer.from(fixture('tampered/paper-title.json')) });
  await expectVerdict(page, 'invalid');
  await page.emulateMedia({ media: 'print' });
  const card = page.getByTestId('print-card-sheet');
  await expect(card.getByTestId('print-title')).toContainText('(contradicted: not tied to the signed digest)');
  await expect(card.getByTestId('print-headline')).toContainText('Invalid:');
  expect((await card.getByTestId('print-headline').innerText()).match(/Invalid/g)).toHaveLength(1);
  await page.emulateMedia({ media: 'screen' });
  // A record whose signer is unknown binds nothing: the number is marked too.
  await page.goto('/');
  await page.getByTestId('file-input').setInputFiles({ name: 'unknown-signer.json', mimeType: 'application/json', buffer: Buffer.from(fixture('tampered/receipt-key-id.json')) });
  await expectVerdict(page, 'incomplete');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-number')).toContainText('not tied to the signed digest');
});
