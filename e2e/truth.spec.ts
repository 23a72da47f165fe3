/**
 * The truth issue's routes that only a page can show: what the screen says is what the core
 * established, arrow by arrow, badge by badge, and nothing a forger controls reads as bound.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { encodeShare } from '../src/features/share/share-codec';
import { EMBEDDED, expect, expectVerdict, fixture, PITH_SCIENCE, SEED, SEED_SUFFIX, test, useSettings, userMirror } from './fixtures';

function tmp(name: string, body: string): string {
  const p = join(mkdtempSync(join(tmpdir(), 'pith-truth-')), name);
  writeFileSync(p, body);
  return p;
}

async function drop(page: Page, name: string, body: string) {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-workers', 'ready');
  await page.getByTestId('file-input').setInputFiles(tmp(name, body));
}

// useSettings seeds storage once per page: each test seeds its own.
test.beforeEach(async ({ page, pithScience: _ }, info) => {
  if (!/route (7|12)/.test(info.title)) await useSettings(page, { mirrors: [EMBEDDED] });
});

test('route 8: the derivation compares its own number with the claimed one, and says fail when they differ', async ({ page }) => {
  await drop(page, 'cr-license.json', fixture('tampered/cr-license.json'));
  await expectVerdict(page, 'invalid');
  // The claimed number is the claimed digest's (pith-number passes) but not the recomputed one's.
  await expect(page.locator('[data-check="pith-number"]')).toHaveAttribute('data-status', 'pass');
  await expect(page.getByTestId('derivation-sha256')).toHaveAttribute('data-status', 'fail');
  await expect(page.getByTestId('derivation-number')).toHaveAttribute('data-status', 'fail');
  await expect(page.getByTestId('derivation')).toContainText('document says pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74');
});

test('route 1 + headline: when the canonical record fails, nothing is bound through it, and the headline says which fields', async ({ page }) => {
  await drop(page, 'cr-license.json', fixture('tampered/cr-license.json'));
  await expectVerdict(page, 'invalid');
  for (const field of ['title', 'license', 'submitted-at', 'source']) {
    await expect(page.getByTestId('paper-panel').locator(`[data-field="${field}"]`)).toHaveAttribute('data-binding', 'unbound');
  }
  await expect(page.getByTestId('headline-reasons')).toContainText('title, submission date, primary category, cross-list categories, license not bound');
  await expect(page.locator('[data-check="title-hash"]')).toHaveAttribute('data-code', 'not-bound');
});

test('routes 9 and 11: an incomplete record names what is missing, and Cite takes only bound values and says so', async ({ page }) => {
  await drop(page, 'unknown-key.json', fixture('tampered/receipt-key-id.json'));
  await expectVerdict(page, 'incomplete');
  await expect(page.getByTestId('headline')).toHaveText('Incomplete: signer unknown: key "pith-v2-2027-01" is not in your keyring.');
  await page.getByTestId('cite-details').locator('summary').click();
  await expect(page.getByTestId('cite-warning')).toContainText('This record is not verified (incomplete)');
  // Nothing is bound, so nothing is cited: no BibTeX stub, and no unbound title in it.
  await expect(page.getByTestId('cite-nothing')).toBeVisible();
  await expect(page.getByTestId('cite').locator('pre')).toHaveCount(0);
  await expect(page.getByTestId('cite')).not.toContainText('Stochastic Gradient Descent');
  await expect(page.getByTestId('cite')).toContainText('No pith number bound to a signed digest');
});

test('route 9 on a verified record: the unbound authors are named beside the snippets', async ({ page }) => {
  await drop(page, 'seed.json', fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json'));
  await expectVerdict(page, 'verified');
  await page.getByTestId('cite-details').locator('summary').click();
  await expect(page.getByTestId('cite-warning')).toContainText('authors come from the record');
  await expect(page.locator('[data-snippet="BibTeX entry"] pre')).toContainText('author = {David M. Blei and Matthew D. Hoffman and Stephan Mandt}');
  await expect(page.getByTestId('cite').locator('pre', { hasText: '\\providecommand' })).toHaveText('\\providecommand{\\pithnumber}[1]{\\href{https://pith.science/pith/#1}{\\texttt{pith:#1}}}');
  await expect(page.getByTestId('cite').locator('pre', { hasText: 'Blei, D. M.' })).toContainText('Blei, D. M., Hoffman, M. D., & Mandt, S. (2017). Stochastic Gradient Descent as Approximate Bayesian Inference (Version 2).');
  const csl = JSON.parse(await page.getByTestId('cite').locator('pre', { hasText: '"DOI"' }).innerText()) as { DOI: string; author: { family: string }[] }[];
  expect(csl[0]).toMatchObject({ DOI: '10.48550/arXiv.1704.04289', author: [{ family: 'Blei' }, { family: 'Hoffman' }, { family: 'Mandt' }] });
  await expect(page.getByTestId('headline')).toContainText('Not every field is bound:');
  await expect(page.getByTestId('headline-reasons')).toContainText('authors not bound: no hash covers them');
  await expect(page.getByTestId('abstract-note')).toContainText('Excerpt cut at 600 characters');
});

test('route 9: unbound authors cannot close the BibTeX field and start a forged entry', async ({ page }) => {
  await drop(page, 'breakout.json', readFileSync(new URL('../tests/fixtures/hostile/bibtex-breakout-authors.json', import.meta.url), 'utf8'));
  await expectVerdict(page, 'verified');
  await page.getByTestId('cite-details').locator('summary').click();
  const bib = await page.locator('[data-snippet="BibTeX entry"] pre').innerText();
  let depth = 0;
  let entries = 0;
  for (const ch of bib) {
    if (ch === '{' && depth++ === 0) entries++;
    if (ch === '}') depth--;
    expect(depth).toBeGreaterThanOrEqual(0);
  }
  expect([entries, depth]).toEqual([1, 0]);
  expect(bib).toContain('Mallory\\textbraceright{}\\textbraceright{}\\textbraceleft{}@misc');
});

test('route 13 + honesty: a record that is not verified gets no signed-core link (leaving its unsigned data out would hide why)', async ({ page }) => {
  await drop(page, 'paper-primary-cat.json', fixture('tampered/paper-primary-cat.json'));
  await expectVerdict(page, 'invalid');
  await expect(page.getByRole('button', { name: 'Make a self-verifying link' })).toBeVisible();
  await expect(page.getByRole('button', { name: '…with the signed core only' })).toHaveCount(0);
  await expect(page.getByTestId('share-panel')).toContainText('shared whole, never as its signed core');
});

test('route 3: an excerpt longer than 600 characters is hashed; "complete abstract" only when its hash passed', async ({ page }) => {
  await drop(page, 'abstract-601.json', fixture('tampered/abstract-601.json'));
  await expectVerdict(page, 'invalid');
  await expect(page.getByTestId('paper-panel').locator('[data-field="abstract"]')).toHaveAttribute('data-binding', 'contradicted');
  await expect(page.getByTestId('abstract-note')).toHaveText('Not shown to be the complete abstract: it is not bound by its hash.');
});

test('route 4: a bundle’s paper section is shown as unchecked extra data, never as the verified record’s paper', async ({ page }) => {
  await drop(page, 'bundle.json', fixture('tampered/bundle-with-paper.json'));
  await expectVerdict(page, 'verified');
  await expect(page.getByTestId('extra-data')).toContainText('paper');
  await expect(page.getByTestId('paper-panel')).toContainText('Title not in this open graph bundle');
  await expect(page.getByTestId('paper-panel').locator('[data-field="title"]')).toHaveCount(0);
});

test('route 10: asking for another year of the same suffix is pointed out', async ({ page }) => {
  await page.goto(`/pith/pith:2016:${SEED_SUFFIX}`);
  await expectVerdict(page, 'verified');
  await expect(page.locator('header [data-field="short-pith-number"]')).toHaveAttribute('data-binding', 'hash-bound');
  await expect(page.getByTestId('record-origin')).toContainText('served by this app');
  await expect(page.getByTestId('request-mismatch')).toContainText('You asked for a number of the year 2016; this record\'s number is of 2017');
  // Said before the verdict, in the tab title and to a screen reader: the verdict is not about what was asked for.
  await expect(page.getByTestId('mismatch-lead')).toHaveText(`Not the record you asked for. The verdict below is about ${SEED} and says nothing about what you asked for.`);
  const leadY = (await page.getByTestId('mismatch-lead').boundingBox())!.y;
  expect(leadY).toBeLessThan((await page.getByTestId('record-verdict').boundingBox())!.y);
  await expect(page).toHaveTitle(/^Not what you asked for: Stochastic Gradient Descent/);
  await expect(page.getByTestId('record-view').locator('header [role="status"]')).toContainText('Not the record you asked for.');
});

test('route 6: a share link holding several documents is refused as a whole', async ({ page }) => {
  const seed = fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json');
  const link = await encodeShare(`[${seed},${fixture('tampered/paper-title.json')}]`);
  await page.goto(`/share#${link}`);
  await expect(page.getByTestId('share-error')).toContainText('holds 2 documents');
  await expect(page.locator('[data-verdict]')).toHaveCount(0);
});

test('route 7: a mirror serving a list where one record is expected is not judged by its first entry', async ({ page }) => {
  const evil = userMirror('https://list-mirror.test', 'List mirror');
  await useSettings(page, { mirrors: [evil, { ...EMBEDDED, enabled: false }, { ...PITH_SCIENCE, enabled: false }] });
  const seed = fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json');
  await page.route('https://list-mirror.test/**', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: `[${seed},${seed}]` }));
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expect(page.getByTestId('resolve-error')).toBeVisible();
  await expect(page.locator('[data-mirror="user:https://list-mirror.test"]').first()).toContainText('served 2 documents where one record was expected');
});

test('route 7: a mirror answer over the stated size (16 MB) is refused, not read', async ({ page }) => {
  const big = userMirror('https://big-mirror.test', 'Big mirror');
  await useSettings(page, { mirrors: [big, { ...EMBEDDED, enabled: false }, { ...PITH_SCIENCE, enabled: false }] });
  const body = `{"record_type":"pith_number_record","pad":"${'x'.repeat(17 * 1024 * 1024)}"}`;
  await page.route('https://big-mirror.test/**', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expect(page.getByTestId('resolve-error')).toBeVisible();
  await expect(page.locator('[data-mirror="user:https://big-mirror.test"]').first()).toHaveAttribute('data-outcome', 'too-large');
  await expect(page.locator('[data-mirror="user:https://big-mirror.test"]').first()).toContainText('over 16 MB');
});

test('route 12: re-adding a key id with other bytes never shows the verdict reached with the old ones', async ({ page }) => {
  const pinnedB64 = 'stVStoiQhXFxp4s2pdzPNoqVNBMojDU/fJ2db5S3CbM=';
  const other = (generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }) as Buffer).subarray(12).toString('base64');
  await useSettings(page, { mirrors: [EMBEDDED], userKeys: [{ keyId: 'pith-v2-2027-01', publicKey: pinnedB64 }] });
  const link = await encodeShare(fixture('tampered/receipt-key-id.json'));
  await page.goto(`/share#${link}`);
  await expectVerdict(page, 'verified');
  // Swap the key's bytes in settings, then come back within the same page (the query cache is alive).
  await page.getByRole('link', { name: 'Mirrors & keys' }).click();
  await page.getByTestId('key-list').getByRole('button', { name: 'Remove' }).click();
  await page.getByLabel('Key id').fill('pith-v2-2027-01');
  await page.getByLabel(/Public key/).fill(other);
  await page.getByRole('button', { name: 'Add key' }).click();
  await page.goBack();
  await expect(page).toHaveURL(/\/share#/);
  await expectVerdict(page, 'invalid');
  await expect(page.locator('[data-check="signature"]')).toHaveAttribute('data-code', 'signature-invalid');
});

test('an invalid file gets no QR code, card link or badge that would open the mirrors’ verified copy; a verified file and the mirrors’ copy do', async ({ page }) => {
  // A new user's walk-through (2026-12-03): signature-bit.json read Invalid, and its printed card's QR code opened "Verified".
  await drop(page, 'signature-bit.json', fixture('tampered/signature-bit.json'));
  await expectVerdict(page, 'invalid');
  const share = page.getByTestId('share-panel');
  await expect(share.getByTestId('other-copy')).toContainText(`/pith/${SEED_SUFFIX}, opens the mirrors’ copy, which is another document`);
  await expect(share.getByTestId('record-qr')).toHaveCount(0);
  await expect(page.getByTestId('embed-badge')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  const card = page.getByTestId('print-card-sheet');
  await expect(card).toContainText('none for this document');
  await expect(card.getByTestId('record-qr')).toHaveCount(0);
  await page.emulateMedia({ media: 'screen' });

  await drop(page, 'seed.json', fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json'));
  await expectVerdict(page, 'verified');
  await expect(page.getByTestId('share-panel').getByTestId('record-qr')).toHaveAttribute('data-url', new RegExp(`/pith/${SEED_SUFFIX}$`));
  await expect(page.getByTestId('other-copy')).toHaveCount(0);
});

test('direction-changing and invisible characters in a document’s text are shown as code points, and an unknown claim key is quoted (an attacker pass, 2026-12-03)', async ({ page }) => {
  const doc = JSON.parse(fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json')) as { paper: Record<string, unknown>; verification_status: Record<string, unknown> };
  doc.paper.authors_text = 'David M. Blei \u202e deifirev \u2713\u202c, Matthew D. Hoffman, Stephan Mandt \u2066✓ hash-bound: signed by the authors\u2069';
  doc.verification_status['✓ Verified — signature checked in this browser'] = true;
  await drop(page, 'bidi.json', JSON.stringify(doc));
  await expectVerdict(page, 'verified');
  const authors = page.getByTestId('paper-panel').locator('[data-field="authors"]').first();
  await expect(page.getByTestId('paper-panel')).toContainText('David M. Blei ⟨U+202E⟩ deifirev ✓⟨U+202C⟩, Matthew D. Hoffman, Stephan Mandt ⟨U+2066⟩✓ hash-bound: signed by the authors⟨U+2069⟩');
  await expect(authors).toHaveAttribute('data-binding', 'unbound');
  await expect(page.locator('[data-claim="✓ Verified — signature checked in this browser"]')).toContainText('“✓ Verified — signature checked in this browser”');
});
