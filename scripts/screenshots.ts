/**
 * Takes the README screenshots of the production build in Debian Chromium: at 1280 wide
 * docs/record-light.png, docs/record-dark.png (the seed record) and docs/home.png; at a 390×844
 * phone docs/record-phone.png, docs/record-phone-dark.png (the first screen) and docs/batch-phone.png;
 * docs/badge.png, `<pith-badge>` in each state (after `npm run build:embed`).
 * Usage: npm run build && npm run screenshots   (starts its own `vite preview`)
 * pith.science is blocked (it cannot be reached here); the embedded mirror answers.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from '@playwright/test';

const PORT = 4174;
const BASE = `http://127.0.0.1:${PORT}`;
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('vite preview did not start');
}

try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const DESKTOP = { width: 1280, height: 900 };
  const PHONE = { width: 390, height: 844 };
  const shots: { name: string; path: string; theme: 'light' | 'dark'; full?: boolean; viewport?: typeof PHONE; batch?: boolean }[] = [
    { name: 'home', path: '/', theme: 'light' },
    { name: 'record-light', path: '/pith/UTTGU3KIYM6JKD6ALUV7A7CX74', theme: 'light', full: true },
    { name: 'record-dark', path: '/pith/UTTGU3KIYM6JKD6ALUV7A7CX74', theme: 'dark', full: true },
    { name: 'record-phone', path: '/pith/UTTGU3KIYM6JKD6ALUV7A7CX74', theme: 'light', viewport: PHONE },
    { name: 'record-phone-dark', path: '/pith/UTTGU3KIYM6JKD6ALUV7A7CX74', theme: 'dark', viewport: PHONE },
    { name: 'batch-phone', path: '/', theme: 'light', viewport: PHONE, batch: true },
  ];
  for (const s of shots) {
    const page = await browser.newPage({ viewport: s.viewport ?? DESKTOP, colorScheme: s.theme });
    await page.route('https://pith.science/**', (r) => r.abort());
    await page.goto(BASE + s.path);
    await page.waitForLoadState('networkidle');
    if (s.batch) {
      // The tampered fixtures (not their manifest): a batch with every verdict in it.
      const dir = 'tests/fixtures/tampered';
      await page.getByTestId('file-input').setInputFiles(readdirSync(dir).filter((f) => f !== 'manifest.json').map((f) => `${dir}/${f}`));
      await page.locator('[data-testid="batch-summary"][data-state="done"]').waitFor();
    } else if (s.path !== '/') {
      await page.locator('[data-verdict]').first().waitFor();
      await page.getByTestId('receipt-panel').waitFor();
    }
    await page.screenshot({ path: `docs/${s.name}.png`, fullPage: s.full ?? false });
    await page.close();
    console.log(`docs/${s.name}.png`);
  }
  await badgeShot(browser);
  await browser.close();
} finally {
  server.kill();
}

/** docs/badge.png: `<pith-badge>` in each state on a plain host page, light and dark (issue 12). */
async function badgeShot(browser: Browser) {
  const suffix = 'UTTGU3KIYM6JKD6ALUV7A7CX74';
  const mirror = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    const file = req.url === `/forged/pith/${suffix}.json` ? 'paper-title.json' : req.url === `/unknown-key/pith/${suffix}.json` ? 'receipt-key-id.json' : null;
    if (req.url === '/') res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    else if (file) res.writeHead(200, { 'Content-Type': 'application/json' }).end(readFileSync(`tests/fixtures/tampered/${file}`));
    else res.writeHead(404).end();
  });
  // The host page comes from this server too: a loopback origin, as Chromium's local-network rules want.
  let html = '';
  await new Promise<void>((r) => mirror.listen(0, '127.0.0.1', r));
  const m = `http://127.0.0.1:${(mirror.address() as AddressInfo).port}`;
  const b = (attrs: string, note: string) => `<tr><td>${note}</td><td><pith-badge number="pith:2017:${suffix}" ${attrs}></pith-badge></td></tr>`;
  html = `<!doctype html><html><head><meta charset="utf-8"><script type="module" src="${BASE}/embed/pith-badge.js"></script><style>body{font:14px system-ui;margin:16px}td{padding:6px 12px;vertical-align:top}</style></head><body><table>${[
    b(`mirror="${BASE}/mirror"`, 'the seed, from a mirror'),
    b(`mirror="${BASE}/mirror" theme="dark"`, 'theme="dark"'),
    b(`mirror="${BASE}/mirror" size="small"`, 'size="small"'),
    b(`mirror="${m}/forged"`, 'a tampered title'),
    b(`mirror="${m}/unknown-key"`, 'an unknown signer'),
    b('mirror="http://127.0.0.1:9"', 'a mirror that is down'),
  ].join('')}</table></body></html>`;
  const page = await browser.newPage({ viewport: { width: 820, height: 520 } });
  await page.goto(`${m}/`);
  // A string, not a function: tsx's name helpers (__name) do not exist inside the page.
  await page.waitForFunction(`[...document.querySelectorAll('pith-badge')].every((e) => e.dataset.state && e.dataset.state !== 'checking')`);
  await page.screenshot({ path: 'docs/badge.png', fullPage: true });
  await page.close();
  mirror.close();
  console.log('docs/badge.png');
}
