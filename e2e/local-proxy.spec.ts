/**
 * Issue 11, "pith.science itself": `npm start` offers a same-origin path to pith.science
 * (config/local-proxy.ts), so a local user can look records up even if pith.science sends no CORS
 * headers. pith.science cannot be reached from here, so a local server stands in for it (the one
 * mock of this suite): it serves the seed record as pith.science does, with no CORS header at all.
 * The app is a real `vite preview` of the production build with PITH_SCIENCE_PROXY set, as npm start
 * runs it; the suite's own server (port 4173) runs without it, as the static build does.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { serveAppCopy, type AppCopy } from './app-copy-server';
import { EMBEDDED, expect, expectVerdict, fixture, PITH_SCIENCE, SEED_SUFFIX, serveLocal, test, useSettings } from './fixtures';
import type { LocalServer } from '../tests/local-server';

const SEED_TEXT = fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json');
const HTML_SUFFIX = 'A'.repeat(26);
const MOVED_SUFFIX = 'B'.repeat(26);

let upstream: LocalServer;
let app: AppCopy;
const asked: { url: string; headers: IncomingHttpHeaders }[] = [];

test.beforeAll(async () => {
  upstream = await serveLocal((req, res) => {
    asked.push({ url: req.url ?? '', headers: req.headers });
    if (req.url === `/pith/${SEED_SUFFIX}.json`) res.writeHead(200, { 'Content-Type': 'application/json' }).end(SEED_TEXT);
    else if (req.url === `/pith/${HTML_SUFFIX}.json`) res.writeHead(404, { 'Content-Type': 'text/html' }).end('<script>document.title = "ran"</script>');
    else if (req.url === `/pith/${MOVED_SUFFIX}.json`) res.writeHead(302, { Location: 'http://127.0.0.1:9/internal' }).end();
    else res.writeHead(404).end('not found');
  });
  app = await serveAppCopy({ env: { PITH_SCIENCE_PROXY: upstream.url } });
});

test.afterAll(async () => {
  upstream.close();
  await app.close();
});

test('through npm start’s proxy, pith.science answers on the app’s own origin and its record verifies', async ({ page }) => {
  await useSettings(page, { mirrors: [{ ...EMBEDDED, enabled: false }, PITH_SCIENCE] });
  const direct: string[] = [];
  page.on('request', (r) => r.url().startsWith('https://pith.science') && direct.push(r.url()));
  await page.goto(`${app.url}/pith/${SEED_SUFFIX}`);
  await expectVerdict(page, 'verified');
  await expect(page.getByTestId('record-origin')).toContainText('through npm start’s local proxy');
  expect(direct, 'the page never asks pith.science itself').toEqual([]);
  const seen = asked.filter((a) => a.url === `/pith/${SEED_SUFFIX}.json`);
  expect(seen.length).toBeGreaterThan(0);
  // Nothing of the browser's is passed on: no cookie, no origin, no referrer.
  for (const a of seen) expect([a.headers.cookie, a.headers.origin, a.headers.referer]).toEqual([undefined, undefined, undefined]);
  // The page the proxy server sends keeps the strict policy (the fixture fails on any violation).
  const res = await page.request.get(`${app.url}/pith/${SEED_SUFFIX}`, { headers: { Accept: 'text/html' } });
  expect(res.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(await res.text()).toContain('<meta name="pith-science-proxy" content="/__pith-science">');
});

test('the proxy passes on only record, bundle and state documents, by GET', async ({ page }) => {
  for (const path of ['/alias-index.json', '/api/pith-number/X/graph.json', `/pith/${SEED_SUFFIX}.json/%2e%2e/%2e%2e/secret`, '/pith/short.json']) {
    const r = await page.request.get(`${app.url}/__pith-science${path}`);
    expect(r.status(), path).toBe(404);
  }
  const post = await page.request.post(`${app.url}/__pith-science/pith/${SEED_SUFFIX}.json`, { data: '{}' });
  expect(post.status()).toBe(404);
  const bundle = await page.request.get(`${app.url}/__pith-science/pith/${SEED_SUFFIX}/bundle.json`);
  expect(bundle.status(), 'passed on, and pith.science’s own 404 comes back').toBe(404);
  expect(asked.some((a) => a.url === `/pith/${SEED_SUFFIX}/bundle.json`)).toBe(true);
});

test('when the proxy cannot reach pith.science, the lookup names it and says why', async ({ page }) => {
  const down = await serveLocal((_req, res) => res.end());
  down.close();
  const lonely = await serveAppCopy({ env: { PITH_SCIENCE_PROXY: down.url } });
  try {
    await useSettings(page, { mirrors: [{ ...EMBEDDED, enabled: false }, PITH_SCIENCE] });
    await page.goto(`${lonely.url}/pith/${SEED_SUFFIX}`);
    await expect(page.getByTestId('resolve-error')).toBeVisible();
    await expect(page.getByTestId('mirror-attempts')).toContainText('through npm start’s local proxy');
    await expect(page.getByTestId('mirror-attempts')).toContainText('502');
  } finally {
    // The page first: its warm-up may still be fetching chunks from the copy about to be removed.
    await page.close();
    await lonely.close();
  }
});

test('the static build has no proxy: no meta element, no proxy path', async ({ page }) => {
  await page.goto('/');
  expect(await page.locator('meta[name="pith-science-proxy"]').count()).toBe(0);
  const r = await page.request.get(`/__pith-science/pith/${SEED_SUFFIX}.json`);
  expect(await r.text()).not.toContain('"record_type"');
});

test('what the upstream answers is passed on as JSON that cannot run, and a redirect is not followed', async ({ page }) => {
  const html = await page.request.get(`${app.url}/__pith-science/pith/${HTML_SUFFIX}.json`);
  expect(html.status()).toBe(404);
  expect(html.headers()['content-type']).toBe('application/json; charset=utf-8');
  expect(html.headers()['x-content-type-options']).toBe('nosniff');
  expect(html.headers()['content-security-policy']).toBe("default-src 'none'; sandbox");
  // Opened as a page, the answer's script does not run.
  await page.goto(`${app.url}/__pith-science/pith/${HTML_SUFFIX}.json`);
  expect(await page.title()).not.toBe('ran');
  const moved = await page.request.get(`${app.url}/__pith-science/pith/${MOVED_SUFFIX}.json`, { maxRedirects: 0 });
  expect(moved.status()).toBe(502);
  expect(await moved.text()).toContain('redirected (HTTP 302), which this proxy does not follow');
});

test('every route and the page the service worker saves name the proxy, dotted deep links included', async ({ page }) => {
  for (const path of ['/', '/arxiv/1704.04289', '/doi/10.48550/arxiv.1704.04289', `/pith/${SEED_SUFFIX}`]) {
    const r = await page.request.get(`${app.url}${path}`, { headers: { Accept: 'text/html' } });
    expect(await r.text(), path).toContain('name="pith-science-proxy"');
  }
  // Workbox precaches index.html with a plain fetch (no text/html in Accept).
  const saved = await page.request.get(`${app.url}/index.html?__WB_REVISION__=x`, { headers: { Accept: '*/*' } });
  expect(await saved.text()).toContain('name="pith-science-proxy"');
  // Built files are served as they are.
  const manifest = await page.request.get(`${app.url}/manifest.webmanifest`, { headers: { Accept: 'text/html' } });
  expect(await manifest.text()).not.toContain('pith-science-proxy');
});
