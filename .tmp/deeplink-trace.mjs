import { chromium } from '/work/main/node_modules/playwright/index.mjs';
import { writeFileSync } from 'node:fs';
const url = 'http://127.0.0.1:4399';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
// warm the server/disk
for (let i = 0; i < 2; i++) { const c = await browser.newContext(); const p = await c.newPage(); await p.route(/^https:\/\//, (r) => r.abort()); await p.goto(`${url}/pith/UTTGU3KIYM6JKD6ALUV7A7CX74`); await p.locator('[data-testid="record-verdict"] [data-verdict]').waitFor(); await c.close(); }
const ctx = await browser.newContext();
const page = await ctx.newPage();
await page.route(/^https:\/\//, (r) => r.abort());
await page.addInitScript(() => {
  new MutationObserver(() => {
    if (window.verdictAt === undefined && document.querySelector('[data-testid="record-verdict"] [data-verdict]')) { window.verdictAt = performance.now(); performance.mark('verdict'); }
  }).observe(document, { subtree: true, childList: true });
});
await browser.startTracing(page, { path: '/tmp/deeplink-trace.json', categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'v8'] });
await page.goto(`${url}/pith/UTTGU3KIYM6JKD6ALUV7A7CX74`);
await page.locator('[data-testid="record-verdict"] [data-verdict]').waitFor();
console.log('verdict', await page.evaluate(() => window.verdictAt));
await page.waitForTimeout(100);
await browser.stopTracing();
await browser.close();
