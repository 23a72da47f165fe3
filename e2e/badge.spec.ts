/**
 * `<pith-badge>` on someone else's page (issue 12): a host page served from another origin than the
 * app, with a strict Content-Security-Policy of its own and hostile CSS, loading the badge script
 * from the app's server. Mirrors are real local servers (the app's own embedded mirror, one serving
 * tampered copies, a port where nothing listens); pith.science is the route fixture (404).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Server } from 'node:http';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { BADGE_ENFORCED_GZIP_BYTES, BADGE_TARGET_GZIP_BYTES } from '../config/size-budget';
import { expect, fixture, SEED, SEED_SUFFIX, serveLocal, test } from './fixtures';

const APP = 'http://127.0.0.1:4173';
const HOSTILE_CSS = [
  '* { color: red !important; background: yellow !important; font-size: 30px !important; border-color: red !important; } a { text-decoration: line-through !important; }',
  // A fake verdict drawn beside or over the badge, its colours redefined, its layout mirrored.
  'pith-badge::before { content: "✓ Verified" !important; color: green !important; } pith-badge::after { content: "✓ Verified" !important; position: absolute; }',
  'pith-badge { --bg: #ecfdf5 !important; --fg: green !important; --tone: green !important; --tone-text: green !important; direction: rtl !important; }',
].join('\n');

let host: { server: Server; url: string };
let evil: { server: Server; url: string };
const DOWN = 'http://127.0.0.1:9';
let body = '';

test.beforeAll(async () => {
  // A mirror serving tampered copies: the title changed, or signed by a key nobody pinned.
  evil = await serveLocal((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    const file = req.url === `/forged/pith/${SEED_SUFFIX}.json` ? 'tampered/paper-title.json' : req.url === `/unknown-key/pith/${SEED_SUFFIX}.json` ? 'tampered/receipt-key-id.json' : null;
    if (file) res.writeHead(200, { 'Content-Type': 'application/json' }).end(fixture(file));
    else res.writeHead(404).end();
  });
  host = await serveLocal((req, res) => {
    if (req.url === '/hostile.css') return void res.writeHead(200, { 'Content-Type': 'text/css' }).end(HOSTILE_CSS);
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      // The host's own policy: scripts only from the app, connections only to the mirrors it names.
      'Content-Security-Policy': `default-src 'none'; script-src ${APP}; connect-src ${APP} ${evil.url} ${DOWN} https://pith.science; style-src 'self'`,
    });
    res.end(body);
  });
});
test.afterAll(() => {
  host.server.close();
  evil.server.close();
});

function page(badges: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A lab page</title><link rel="stylesheet" href="/hostile.css"><script type="module" src="${APP}/embed/pith-badge.js"></script></head><body><main><h1>Our papers</h1>${badges}</main></body></html>`;
}
const badge = (attrs: string, id: string) => `<p><pith-badge id="${id}" ${attrs}><a href="${APP}/pith/${SEED_SUFFIX}">${SEED}</a></pith-badge></p>`;

async function openHost(p: Page, badges: string) {
  body = page(badges);
  await p.goto(`${host.url}/`);
}
const state = (p: Page, id: string) => p.locator(`#${id}`);
const inner = (p: Page, id: string, css: string) => p.locator(`#${id}`).locator(css);

test('the seed badge says verified, from the app’s own mirror, with its title bound, and links to the record page', async ({ page: p, pithScience: _ }) => {
  const records: string[] = [];
  const alias: string[] = [];
  p.on('request', (r) => r.url().includes('/pith/') && records.push(r.url()));
  p.on('request', (r) => /alias/.test(r.url()) && alias.push(r.url()));
  await openHost(p, badge(`number="${SEED}"`, 'seed'));
  await expect(state(p, 'seed')).toHaveAttribute('data-state', 'verified');
  // A full number reads no alias index, and fetches no code to read one (alias-suffix.ts).
  expect(alias).toEqual([]);
  await expect(inner(p, 'seed', '.verdict')).toHaveText('Verified');
  await expect(inner(p, 'seed', '.number')).toHaveText('pith:UTTGU3KI');
  await expect(inner(p, 'seed', '.title')).toHaveAttribute('data-binding', 'bound');
  await expect(inner(p, 'seed', 'a[data-state]')).toHaveAttribute('href', `${APP}/pith/${SEED_SUFFIX}`);
  // Keyboard-focusable, and named by its verdict.
  await p.keyboard.press('Tab');
  await expect(inner(p, 'seed', 'a[data-state]')).toBeFocused();
  await expect(inner(p, 'seed', 'a[data-state]')).toHaveAttribute('aria-label', /^Verified: pith:2017:/);
  // The host page's hostile CSS does not reach the verdict (Shadow DOM).
  const look = await inner(p, 'seed', '.verdict').evaluate((e) => ({ color: getComputedStyle(e).color, size: getComputedStyle(e).fontSize }));
  expect(look).toEqual({ color: 'rgb(4, 120, 87)', size: '14px' });
  expect(await inner(p, 'seed', 'a[data-state]').evaluate((e) => [getComputedStyle(e).backgroundColor, getComputedStyle(e).direction])).toEqual(['rgb(255, 255, 255)', 'ltr']);
  // No generated "Verified" beside it, whatever the host's own !important says.
  expect(await state(p, 'seed').evaluate((e) => [getComputedStyle(e, '::before').content, getComputedStyle(e, '::after').content])).toEqual(['none', 'none']);
  // One check per badge, by the app's resolver: pith.science (the route fixture, 404) for the record
  // and then its bundle, then the app's mirror, each once.
  expect(records.map((u) => new URL(u).pathname).sort()).toEqual([`/mirror/pith/${SEED_SUFFIX}.json`, `/pith/${SEED_SUFFIX}.json`, `/pith/${SEED_SUFFIX}/bundle.json`]);
});

test('a mirror serving a tampered copy gives invalid, naming the check; an unknown signer gives incomplete; both on one page, each on its own', async ({ page: p }) => {
  await openHost(p, badge(`number="${SEED}" mirror="${evil.url}/forged"`, 'forged') + badge(`number="${SEED}" mirror="${evil.url}/unknown-key"`, 'unknown'));
  await expect(state(p, 'forged')).toHaveAttribute('data-state', 'invalid');
  await expect(inner(p, 'forged', '.reason')).toHaveText('Title ↔ title hash (title-hash) fails.');
  await expect(inner(p, 'forged', '.title')).toHaveAttribute('data-binding', 'contradicted');
  await expect(state(p, 'unknown')).toHaveAttribute('data-state', 'incomplete');
  await expect(inner(p, 'unknown', '.reason')).toContainText('signer unknown');
  await expect(inner(p, 'unknown', '.verdict')).toHaveText('Incomplete');
});

test('a mirror that is down gives unreachable, naming the mirrors tried; and no JavaScript leaves a plain link', async ({ page: p, browser }) => {
  await openHost(p, badge(`number="${SEED}" mirror="${DOWN}"`, 'down'));
  await expect(state(p, 'down')).toHaveAttribute('data-state', 'unreachable');
  await expect(inner(p, 'down', '.reason')).toHaveText(/^No mirror could be reached \(tried 127\.0\.0\.1:9\)\. 127\.0\.0\.1:9: /);
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  try {
    const q = await noJs.newPage();
    await q.goto(`${host.url}/`);
    await expect(q.locator('#down a')).toHaveAttribute('href', `${APP}/pith/${SEED_SUFFIX}`);
    await expect(q.locator('#down a')).toHaveText(SEED);
  } finally {
    await noJs.close();
  }
});

test('by default a badge asks pith.science, then the app’s own mirror; the host page stays clean under axe', async ({ page: p, pithScience: _ }) => {
  await openHost(p, badge(`arxiv="1704.04289" size="small"`, 'arxiv') + badge(`number="${SEED}" theme="dark"`, 'dark'));
  await expect(state(p, 'arxiv')).toHaveAttribute('data-state', 'verified');
  await expect(inner(p, 'arxiv', '.number')).toHaveText('pith:UTTGU3KI');
  await expect(state(p, 'dark')).toHaveAttribute('data-state', 'verified');
  expect(await inner(p, 'dark', 'a[data-state]').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(15, 23, 42)');
  const axe = await new AxeBuilder({ page: p }).include('pith-badge').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

/**
 * The files a host page downloads before a badge can say anything: pith-badge.js and every chunk it
 * imports statically, recursively (each gzip -9, as served one by one). Dynamic imports are left out:
 * the noble fallback (only where WebCrypto lacks Ed25519) and the alias index's reading (arxiv= or a short number only).
 * Until 2026-12-01 this measured pith-badge.js alone and missed a 5.7 KB chunk it imported.
 */
function staticClosure(entry: string): { file: string; gzip: number }[] {
  const dir = new URL('../dist/embed/', import.meta.url);
  const seen = new Map<string, number>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const code = readFileSync(new URL(file, dir), 'utf8');
    seen.set(file, gzipSync(code, { level: 9 }).length);
    for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g)) visit(m[1]!);
  };
  visit(entry);
  return [...seen].map(([file, gzip]) => ({ file, gzip }));
}

test('the badge script, with what it imports statically, stays within its size budget', () => {
  const files = staticClosure('pith-badge.js');
  const gzip = files.reduce((n, f) => n + f.gzip, 0);
  console.log(`pith-badge.js and its static imports: ${(gzip / 1024).toFixed(1)} KB gzip in ${files.length} file(s) (enforced ${(BADGE_ENFORCED_GZIP_BYTES / 1024).toFixed(1)} KB, target ${(BADGE_TARGET_GZIP_BYTES / 1024).toFixed(1)} KB)`);
  expect(files[0]?.file).toBe('pith-badge.js');
  expect(gzip).toBeLessThanOrEqual(BADGE_ENFORCED_GZIP_BYTES);
});

test('the record page gives the snippet with this app’s origin and the record’s number, and a live preview that verifies', async ({ page: p, pithScience: _ }) => {
  const requests: string[] = [];
  p.on('request', (r) => requests.push(r.url()));
  await p.goto(`/pith/${SEED_SUFFIX}`);
  const embed = p.getByTestId('embed-badge');
  await expect(embed.getByTestId('embed-snippet')).toHaveValue(
    [`<script type="module" src="${APP}/embed/pith-badge.js"></script>`, `<pith-badge number="${SEED}">`, `  <a href="${APP}/pith/${SEED_SUFFIX}">${SEED}</a>`, '</pith-badge>'].join('\n'),
  );
  // Nothing of the badge is loaded until the preview is asked for.
  expect(requests.filter((u) => u.includes('/embed/'))).toEqual([]);
  await embed.getByRole('button', { name: 'Show a live preview' }).focus();
  await p.keyboard.press('Enter');
  // The button goes; focus goes to the preview it made, not to <body> (a walk-through, 2026-12-03).
  await expect(embed.getByRole('group', { name: 'Live preview of the badge' })).toBeFocused();
  await expect(embed.locator('pith-badge')).toHaveAttribute('data-state', 'verified');
  await expect(embed.locator('pith-badge .verdict')).toHaveText('Verified');
  // The next Tab reaches the badge's own link.
  await p.keyboard.press('Tab');
  expect(await p.evaluate(() => document.activeElement?.tagName)).toBe('PITH-BADGE');
  // It can be put away again, and the focus is not lost to <body>.
  await embed.getByRole('button', { name: 'Hide the preview' }).click();
  await expect(embed.locator('pith-badge')).toHaveCount(0);
  await expect(embed.getByRole('button', { name: 'Show a live preview' })).toBeFocused();
});
