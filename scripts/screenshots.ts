/**
 * Takes the README screenshots of the production build in Debian Chromium:
 * docs/record-light.png, docs/record-dark.png (the seed record) and docs/home.png.
 * Usage: npm run build && npm run screenshots   (starts its own `vite preview`)
 * pith.science is blocked (it cannot be reached here); the embedded mirror answers.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

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
  const shots: { name: string; path: string; theme: 'light' | 'dark'; full?: boolean }[] = [
    { name: 'home', path: '/', theme: 'light' },
    { name: 'record-light', path: '/pith/UTTGU3KIYM6JKD6ALUV7A7CX74', theme: 'light', full: true },
    { name: 'record-dark', path: '/pith/UTTGU3KIYM6JKD6ALUV7A7CX74', theme: 'dark', full: true },
  ];
  for (const s of shots) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: s.theme });
    await page.route('https://pith.science/**', (r) => r.abort());
    await page.goto(BASE + s.path);
    await page.waitForLoadState('networkidle');
    if (s.path !== '/') await page.locator('[data-verdict]').first().waitFor();
    await page.screenshot({ path: `docs/${s.name}.png`, fullPage: s.full ?? false });
    await page.close();
    console.log(`docs/${s.name}.png`);
  }
  await browser.close();
} finally {
  server.kill();
}
