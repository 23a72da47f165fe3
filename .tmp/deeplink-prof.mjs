import { chromium } from '/work/main/node_modules/playwright/index.mjs';
const url = 'http://127.0.0.1:4399';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
for (let i = 0; i < 2; i++) { const c = await browser.newContext(); const p = await c.newPage(); await p.goto(`${url}/pith/UTTGU3KIYM6JKD6ALUV7A7CX74`); await p.locator('[data-testid="record-verdict"] [data-verdict]').waitFor(); await c.close(); }
const ctx = await browser.newContext();
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await page.addInitScript(() => {
  new MutationObserver(() => {
    if (window.verdictAt === undefined && document.querySelector('[data-testid="record-verdict"] [data-verdict]')) window.verdictAt = performance.now();
  }).observe(document, { subtree: true, childList: true });
});
await cdp.send('Profiler.start');
const t0 = Date.now();
await page.goto(`${url}/pith/UTTGU3KIYM6JKD6ALUV7A7CX74`);
await page.locator('[data-testid="record-verdict"] [data-verdict]').waitFor();
const { profile } = await cdp.send('Profiler.stop');
const info = await page.evaluate(() => ({ verdict: window.verdictAt, origin: performance.timeOrigin, res: performance.getEntriesByType('resource').map((e) => [e.name.replace(/.*\//, ''), Math.round(e.startTime), Math.round(e.responseEnd)]) }));
console.log('verdict', info.verdict);
// map samples to time relative to timeOrigin: profile.startTime is in µs (monotonic); we can't map directly; use relative to first sample and print buckets
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
let t = profile.startTime; const rows = [];
for (let i = 0; i < profile.samples.length; i++) { t += profile.timeDeltas[i]; const n = nodes.get(profile.samples[i]); rows.push([t, n]); }
const bucket = new Map();
for (const [ts, n] of rows) {
  const cf = n.callFrame; if (cf.functionName === '(idle)' || cf.functionName === '(program)') continue;
  const b = Math.floor((ts - profile.startTime) / 5000) * 5;
  // take top frame with url
  let m = n; let label = `${cf.functionName || '(anon)'} ${cf.url.replace(/.*\//, '')}`;
  const key = b; const arr = bucket.get(key) ?? new Map(); arr.set(label, (arr.get(label) ?? 0) + 1); bucket.set(key, arr);
}
for (const [b, arr] of [...bucket].sort((a, c) => a[0] - c[0])) {
  const top = [...arr].sort((a, c) => c[1] - a[1]).slice(0, 3).map(([l, c]) => `${l}:${(c / 10).toFixed(1)}ms`).join(' | ');
  console.log(String(b).padStart(4), top);
}
console.log(info.res.map((r) => r.join(' ')).join('\n'));
await browser.close();
