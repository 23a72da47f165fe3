import { chromium } from '/work/main/node_modules/playwright/index.mjs';
const url = 'http://127.0.0.1:4399';
const mode = process.env.MODE ?? 'route';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...(mode === 'dns' ? ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] : [])] });
for (let i = 0; i < 6; i++) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  if (mode === 'route') await page.route('**/*', (route) => new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient'));
  await page.addInitScript(() => {
    const f = window.fetch; window.__f = [];
    window.fetch = function (u, init) { const s = performance.now(); const rec = [String(u).replace(/^https?:\/\/[^/]+/, (h) => h.includes('127') ? '' : h).slice(0, 60), Math.round(s)]; window.__f.push(rec); return f.call(this, u, init).finally(() => rec.push(Math.round(performance.now()))); };
    new MutationObserver(() => { if (window.verdictAt === undefined && document.querySelector('[data-testid="record-verdict"] [data-verdict]')) window.verdictAt = performance.now(); }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(`${url}/pith/UTTGU3KIYM6JKD6ALUV7A7CX74`);
  await page.locator('[data-testid="record-verdict"] [data-verdict]').waitFor();
  const r = await page.evaluate(() => ({ v: Math.round(window.verdictAt), f: window.__f, fv: performance.getEntriesByType('resource').filter((e) => /first-verdict|lookup|verifier/.test(e.name)).map((e) => [e.name.replace(/.*\//, '').slice(0, 8), Math.round(e.responseEnd)]) }));
  if (i > 0) console.log(JSON.stringify(r));
  await ctx.close();
}
await browser.close();
