import type { Page } from '@playwright/test';
import { EMBEDDED, expect, expectVerdict, fixture, PITH_SCIENCE, SEED, SEED_SUFFIX, serveLocal, test, useSettings, userMirror } from './fixtures';

// A hostile mirror cannot exist on this machine's network, so it is a route fixture serving
// the project's tampered copies of the real seed record.
const EVIL = userMirror('https://evil-mirror.test', 'evil-mirror.test');

async function serveEvil(page: Page, file: string) {
  await page.route('https://evil-mirror.test/**', (route) =>
    new URL(route.request().url()).pathname === `/pith/${SEED_SUFFIX}.json`
      ? route.fulfill({ status: 200, contentType: 'application/json', body: fixture(`tampered/${file}`) })
      : route.fulfill({ status: 404, body: '' }),
  );
}

test('a mirror serving a tampered copy shows invalid and names the failing check', async ({ page, pithScience: _ }) => {
  await useSettings(page, { mirrors: [EVIL, { ...EMBEDDED, enabled: false }, { ...PITH_SCIENCE, enabled: false }] });
  await serveEvil(page, 'paper-title.json');
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expectVerdict(page, 'invalid');
  await expect(page.locator('[data-check="title-hash"]')).toHaveAttribute('data-status', 'fail');
  await expect(page.getByTestId('headline')).toContainText('Invalid: title-hash (Title ↔ title hash) fails');
  // The forged title is shown as contradicted, never as bound (truth issue).
  await expect(page.getByTestId('paper-panel').locator('[data-field-row="title"] [data-binding]')).toHaveAttribute('data-binding', 'contradicted');
  await expect(page.locator('[data-mirror="user:https://evil-mirror.test"]').first()).toHaveAttribute('data-outcome', 'invalid');
});

test('an incomplete copy is passed over for a verified one from the next mirror, and the user is told what each served', async ({ page, pithScience }) => {
  pithScience.set(`/pith/${SEED_SUFFIX}.json`, fixture('tampered/receipt-key-id.json'));
  await useSettings(page, { mirrors: [PITH_SCIENCE, EMBEDDED] });
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expectVerdict(page, 'verified');
  await expect(page.getByTestId('record-origin')).toContainText('Embedded');
  await page.getByText(/mirror answers/).click();
  await expect(page.locator('[data-mirror="pith-science"]').first()).toHaveAttribute('data-outcome', 'incomplete');
  await expect(page.locator('[data-mirror="pith-science"]').first()).toContainText('signer unknown');
});

test('a tampered copy is passed over when another mirror serves a good one, and the user is told', async ({ page, pithScience: _ }) => {
  await useSettings(page, { mirrors: [EVIL, EMBEDDED, PITH_SCIENCE] });
  await serveEvil(page, 'cr-license.json');
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expectVerdict(page, 'verified');
  const evil = page.locator('[data-mirror="user:https://evil-mirror.test"]');
  await expect(evil).toHaveAttribute('data-outcome', 'invalid');
  await expect(evil).toContainText('canonical-hash');
  await expect(page.getByTestId('record-origin')).toContainText('Embedded sample mirror');
});

test('a mirror serving a different record is flagged as hostile, not "not found"', async ({ page, pithScience: _ }) => {
  await useSettings(page, { mirrors: [EVIL, { ...EMBEDDED, enabled: false }] });
  await page.route('https://evil-mirror.test/**', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json') }));
  await page.goto('/pith/2AEN4MOBPLL372HGEXWNG3JGNG');
  await expect(page.getByTestId('resolve-error')).toHaveAttribute('data-error-kind', 'wrong-record');
  await expect(page.locator('[data-outcome="wrong-record"]')).toContainText('hostile');
});

test('a mirror that is down falls through to the next, with the reason shown', async ({ page, pithScience: _ }) => {
  // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
  const down = userMirror('http://127.0.0.1:9', 'down mirror');
  await useSettings(page, { mirrors: [down, EMBEDDED, PITH_SCIENCE] });
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expectVerdict(page, 'verified');
  await page.getByText(/mirror answers/).click();
  // Down, not offline: the browser has a network, so the mirror is named unreachable (issue 10).
  await expect(page.locator('[data-mirror="user:http://127.0.0.1:9"]').first()).toHaveAttribute('data-outcome', 'unreachable');
  await expect(page.locator('[data-mirror="embedded"]')).toHaveAttribute('data-outcome', 'found');
});

test('pith.science (mocked: it cannot be reached here) answers when it is the only mirror', async ({ page, pithScience }) => {
  pithScience.set(`/pith/${SEED_SUFFIX}.json`, fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json'));
  await useSettings(page, { mirrors: [{ ...EMBEDDED, enabled: false }, PITH_SCIENCE] });
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expectVerdict(page, 'verified');
  await expect(page.getByTestId('record-origin')).toContainText('pith.science');
  // pith.science has no alias index: an arXiv id cannot be resolved there, and the page says why.
  await page.goto('/arxiv/1704.04289');
  await expect(page.getByTestId('resolve-error')).toBeVisible();
  await expect(page.locator('[data-mirror="pith-science"]')).toHaveAttribute('data-outcome', 'no-index');
});

test('mirrors and keys are added in settings and kept across reloads', async ({ page, pithScience: _ }) => {
  await useSettings(page, {});
  await page.goto('/settings');
  await page.getByLabel(/Add a mirror/).fill('not a url');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('is not a URL');
  await page.getByLabel(/Add a mirror/).fill('https://mirror.example.org/');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('mirror-list')).toContainText('https://mirror.example.org');
  await page.getByLabel('Key id').fill('pith-v2-2027-01');
  await page.getByLabel(/Public key/).fill('b2d552b68890857171a78b36a5dccf368a953413288c353f7c9d9d6f94b709b3');
  await page.getByRole('button', { name: 'Add key' }).click();
  await page.reload();
  await expect(page.getByTestId('mirror-list')).toContainText('https://mirror.example.org');
  await expect(page.getByTestId('key-list')).toContainText('pith-v2-2027-01');
  await expect(page.getByTestId('key-list')).toContainText('8d4b5ee74e4693bcd1df2446408b0d54');
});

test('settings says what is wrong with a mirror or key that is accepted, and refuses a duplicate of the built-in mirror (a walk-through, 2026-12-03)', async ({ page, pithScience: _ }) => {
  await useSettings(page, {});
  await page.goto('/settings');
  const mirrorUrl = page.getByLabel(/Add a mirror/);
  await mirrorUrl.fill(new URL('/mirror/', page.url()).href);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.locator('#mirror-url-error')).toHaveText(`${new URL('/mirror', page.url()).href} is already in the mirror list (Embedded sample mirror).`);
  await expect(mirrorUrl).toHaveAttribute('aria-invalid', 'true');
  await mirrorUrl.fill('https://someone.github.io/pith/');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.locator('[data-mirror="user:https://someone.github.io/pith"] [data-testid="mirror-note"]')).toContainText('If https://someone.github.io/pith is itself the folder of records, this mirror will find none: add https://someone.github.io instead.');
  // The pinned key's bytes under a second id: kept, and said on both entries.
  await page.getByLabel('Key id').fill('pith-renamed');
  await page.getByLabel(/Public key/).fill('stVStoiQhXFxp4s2pdzPNoqVNBMojDU/fJ2db5S3CbM=');
  await page.getByRole('button', { name: 'Add key' }).click();
  await expect(page.getByTestId('same-key')).toHaveCount(2);
  await expect(page.getByTestId('same-key').first()).toContainText('The same public key as pith-renamed');
  // The pinned key again, under its own id: said, not silently taken.
  await page.getByLabel('Key id').fill('pith-v1-2026-05');
  await page.getByLabel(/Public key/).fill('b2d552b68890857171a78b36a5dccf368a953413288c353f7c9d9d6f94b709b3');
  await page.getByRole('button', { name: 'Add key' }).click();
  await expect(page.locator('#key-error')).toHaveText('pith-v1-2026-05 is already in your keyring with this public key.');
  // Test keeps the focus it was pressed with (a disabled button dropped it to <body>).
  const testButton = page.getByRole('button', { name: 'Test Embedded sample mirror' });
  await testButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-mirror="embedded"] [data-testid="mirror-test"]')).toBeVisible();
  await expect(testButton).toBeFocused();
  // A refused key: the inputs are marked invalid and described by the message.
  await page.getByLabel('Key id').fill('pith-bad');
  await page.getByLabel(/Public key/).fill('abc');
  await page.getByRole('button', { name: 'Add key' }).click();
  await expect(page.locator('#key-error')).toHaveText('Public key: expected 32 bytes as 64 hex characters or 44 base64 characters, got 3 characters');
  await expect(page.getByLabel(/Public key/)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel(/Public key/)).toHaveAttribute('aria-describedby', 'key-error');
});

test('a record signed by a key the user added verifies; before, its signer is unknown', async ({ page, pithScience }) => {
  pithScience.set(`/pith/${SEED_SUFFIX}.json`, fixture('tampered/receipt-key-id.json'));
  // Only this mirror: the embedded one would serve the verified seed, which beats an incomplete copy.
  await useSettings(page, { mirrors: [PITH_SCIENCE, { ...EMBEDDED, enabled: false }] });
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expectVerdict(page, 'incomplete');
  await expect(page.locator('[data-check="signature"]')).toHaveAttribute('data-status', 'warn');
  await expect(page.locator('[data-check="signature"]')).toContainText('Signer unknown');
  await page.goto('/settings');
  await page.getByLabel('Key id').fill('pith-v2-2027-01');
  await page.getByLabel(/Public key/).fill('stVStoiQhXFxp4s2pdzPNoqVNBMojDU/fJ2db5S3CbM=');
  await page.getByRole('button', { name: 'Add key' }).click();
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expectVerdict(page, 'verified');
  await expect(page.getByTestId('pith-number')).toHaveText(SEED);
});

test('a mirror that redirects to another host is refused and the user is told; a redirect within the mirror is followed', async ({ page, pithScience: _ }) => {
  // A real local server (two origins: 127.0.0.1 and localhost on the same port).
  const seed = fixture(`pith/${SEED_SUFFIX}.record.json`);
  const { server, port } = await serveLocal((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    const path = req.url ?? '/';
    if (path === `/elsewhere/pith/${SEED_SUFFIX}.json`) res.writeHead(302, { Location: `http://localhost:${port}/ok/pith/${SEED_SUFFIX}.json` }).end();
    else if (path === `/same/pith/${SEED_SUFFIX}.json`) res.writeHead(302, { Location: `/ok/pith/${SEED_SUFFIX}.json` }).end();
    else if (path === `/ok/pith/${SEED_SUFFIX}.json`) res.writeHead(200, { 'Content-Type': 'application/json' }).end(seed);
    else res.writeHead(404).end();
  });
  try {
    const elsewhere = userMirror(`http://127.0.0.1:${port}/elsewhere`, 'redirecting mirror');
    await useSettings(page, { mirrors: [elsewhere, { ...EMBEDDED, enabled: false }, { ...PITH_SCIENCE, enabled: false }] });
    await page.goto(`/pith/${SEED_SUFFIX}`);
    const attempt = page.locator(`[data-mirror="${elsewhere.id}"]`).first();
    await expect(attempt).toHaveAttribute('data-outcome', 'http-error');
    await expect(attempt).toContainText(`redirected to http://localhost:${port}, another host`);
    await expect(page.getByTestId('record-view')).toHaveCount(0);

    const same = userMirror(`http://127.0.0.1:${port}/same`, 'mirror that moved its files');
    await page.evaluate((m) => {
      const s = JSON.parse(localStorage.getItem('pith-explorer:settings:v1')!);
      s.mirrors = [m];
      localStorage.setItem('pith-explorer:settings:v1', JSON.stringify(s));
    }, same);
    await page.reload();
    await expectVerdict(page, 'verified');
  } finally {
    server.close();
  }
});

test('a short prefix two records share says so and offers both, instead of "Not found"', async ({ page, pithScience: _ }) => {
  // A real local mirror whose alias index names two records for the seed's first 8 characters (the second made up).
  const twin = 'UTTGU3KIAAAAAAAAAAAAAAAAAA';
  const seed = fixture(`pith/${SEED_SUFFIX}.record.json`);
  const { server, url } = await serveLocal((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.url === '/m/alias-index.json') res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ aliases: { 'pith_short_8:UTTGU3KI': [SEED_SUFFIX, twin] } }));
    else if (req.url === `/m/pith/${SEED_SUFFIX}.json`) res.writeHead(200, { 'Content-Type': 'application/json' }).end(seed);
    else res.writeHead(404).end();
  });
  try {
    const mirror = userMirror(`${url}/m`, 'a mirror with two records under one prefix');
    // The embedded mirror after it knows only the seed by that prefix: that does not make it unique.
    await useSettings(page, { mirrors: [mirror, EMBEDDED, { ...PITH_SCIENCE, enabled: false }] });
    await page.goto('/pith/UTTGU3KI');
    const error = page.getByTestId('resolve-error');
    await expect(error).toHaveAttribute('data-error-kind', 'ambiguous');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('More than one record has this prefix');
    await expect(error.getByRole('alert')).toHaveText('2 records share the prefix UTTGU3KI: give more characters, or pick one.');
    await expect(page).toHaveTitle(/^Ambiguous: pith number prefix UTTGU3KI/);
    await expect(page.locator(`[data-mirror="${mirror.id}"]`)).toHaveAttribute('data-outcome', 'ambiguous');
    await expect(page.locator(`[data-mirror="${EMBEDDED.id}"]`)).toHaveAttribute('data-outcome', 'found');
    const picks = page.getByRole('list', { name: 'Records with this prefix' }).getByRole('link');
    await expect(picks).toHaveText([SEED_SUFFIX, twin]);
    await picks.first().click();
    await expect(page).toHaveURL(new RegExp(`/pith/${SEED_SUFFIX}$`));
    await expectVerdict(page, 'verified');
  } finally {
    server.close();
  }
});

test('when pith.science does not answer (down, or no CORS: a browser cannot tell), the page offers the two ways out', async ({ page, pithScience: _ }) => {
  // pith.science cannot exist here: its route is made to fail as a refused or CORS-blocked fetch does.
  await page.route('https://pith.science/**', (route) => route.abort('failed'));
  const missing = 'QQQQQQQQQQQQQQQQQQQQQQQQQQ';
  await page.goto(`/pith/${missing}`);
  const ways = page.getByTestId('ways-out');
  await expect(ways).toContainText('pith.science did not answer this browser');
  await expect(ways.getByRole('link', { name: /on pith\.science/ })).toHaveAttribute('href', `https://pith.science/pith/${missing}`);
  await expect(ways.getByRole('link', { name: new RegExp(`${missing}\\.json`) })).toHaveAttribute('href', `https://pith.science/pith/${missing}.json`);
  await expect(ways.getByRole('link', { name: /add one in Settings/ })).toHaveAttribute('href', '/settings');
  await expect(page.locator('[data-mirror="pith-science"]').first()).toContainText('unreachable or blocked by the browser (CORS)');
  // A mirror that answered "not found" is no reason for the box; only pith.science not answering is.
  await page.unroute('https://pith.science/**');
  await page.route('https://pith.science/**', (route) => route.fulfill({ status: 404, body: '' }));
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('[data-mirror="pith-science"]').first()).toHaveAttribute('data-outcome', 'not-found');
  await expect(ways).toHaveCount(0);
});

test('mirrors are added from a manifest (URL or file); its key is compared with the keyring, never trusted', async ({ page, pithScience: _ }) => {
  const real = JSON.parse(fixture('pith/pith-mirrors.json')) as { mirrors: Record<string, unknown>[] };
  const { server, url } = await serveLocal((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.url !== '/pith-mirrors.json') return void res.writeHead(404).end();
    // pith.science's own manifest, plus a mirror on this machine that names another key under the pinned key id.
    const local = { name: 'Local mirror', base_url: `${url}/good`, public_key: { key_id: 'pith-v1-2026-05', algorithm: 'ed25519', public_key_hex: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a' } };
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ ...real, mirrors: [...real.mirrors, local] }));
  });
  try {
    await page.goto('/settings');
    await page.getByLabel('Manifest URL').fill(`${url}/pith-mirrors.json`);
    await page.getByRole('button', { name: 'Read' }).click();
    const result = page.getByTestId('manifest-import');
    await expect(result.getByTestId('manifest-refused')).toContainText('https://pith.science: https://pith.science is already in the mirror list.');
    await expect(result.getByTestId('manifest-warnings')).toContainText("the manifest's key for pith-v1-2026-05 (d75a980182b10ab7…) is NOT the one in your keyring");
    await expect(result.getByTestId('manifest-mirrors')).toHaveText(`${url}/good`);
    await result.getByRole('button', { name: 'Add 1 mirror' }).click();
    await expect(page.getByText('1 mirror added')).toBeVisible();
    await page.reload();
    await expect(page.locator(`[data-mirror="user:${url}/good"]`).first()).toBeVisible();
    // A file that is not a manifest says what was expected.
    await page.getByTestId('manifest-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"aliases":{}}') });
    await expect(page.getByRole('alert')).toContainText('Expected a mirror manifest (pith-mirrors.json');
  } finally {
    server.close();
  }
});

test('"not found" is said of the mirrors that answered when one could not be asked', async ({ page, pithScience: _ }) => {
  // A new user's walk-through (2026-12-03): both read "Not found in any mirror".
  const missing = 'AAAAAAAAAAAAAAAAAAAAAAAAAA';
  await useSettings(page, { mirrors: [EMBEDDED, userMirror('http://127.0.0.1:9', 'Down')] });
  await page.goto(`/pith/${missing}`);
  const error = page.getByTestId('resolve-error');
  await expect(error.getByRole('heading', { level: 1 })).toHaveText('Not found on the mirrors that answered');
  await expect(error.getByRole('alert')).toHaveText(`None of the mirrors that answered has pith number ${missing}; one could not be asked. This says nothing about whether such a record is valid: none of the mirrors that answered had it.`);
});

test('a lookup with no mirror enabled says so, not "not found"', async ({ page, pithScience: _ }) => {
  await useSettings(page, { mirrors: [{ ...EMBEDDED, enabled: false }, { ...PITH_SCIENCE, enabled: false }] });
  await page.goto(`/pith/${SEED_SUFFIX}`);
  const error = page.getByTestId('resolve-error');
  await expect(error).toHaveAttribute('data-error-kind', 'no-mirrors');
  await expect(error.getByRole('heading', { level: 1 })).toHaveText('No mirror is enabled');
  await expect(error.getByRole('alert')).toHaveText('No mirror is enabled, so none was asked: turn one on in Settings.');
  await expect(page).toHaveTitle(/^No mirror enabled: /);
});
