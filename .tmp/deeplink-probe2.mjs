import { chromium } from '/work/main/node_modules/playwright/index.mjs';
const url = process.argv[2] ?? 'http://127.0.0.1:4399';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...(process.env.NOROUTE ? ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] : [])] });
const runs = [];
for (let i = 0; i < 6; i++) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  if (!process.env.NOROUTE) await page.route(/^https:\/\//, (r) => r.abort());
  await page.addInitScript(() => {
    const w = window;
    w.__lt = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
    new MutationObserver(() => {
      if (w.verdictAt === undefined && document.querySelector('[data-testid="record-verdict"] [data-verdict]')) w.verdictAt = performance.now();
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(`${url}/pith/UTTGU3KIYM6JKD6ALUV7A7CX74`);
  await page.locator('[data-testid="record-verdict"] [data-verdict]').waitFor();
  const r = await page.evaluate(() => ({
    verdict: Math.round(window.verdictAt),
    fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1),
    nav: (({ responseEnd, domInteractive, domContentLoadedEventEnd }) => ({ responseEnd: Math.round(responseEnd), domInteractive: Math.round(domInteractive), dcl: Math.round(domContentLoadedEventEnd) }))(performance.getEntriesByType('navigation')[0]),
    res: performance.getEntriesByType('resource').filter((e) => e.startTime < window.verdictAt).map((e) => `${e.name.replace(/.*\//, '').slice(0, 34).padEnd(34)} ${String(Math.round(e.startTime)).padStart(4)}→${String(Math.round(e.responseEnd)).padStart(4)} ${e.initiatorType}`),
    lt: window.__lt.filter(([s]) => s < window.verdictAt),
    marks: performance.getEntriesByType('mark').map((m) => `${m.name}@${Math.round(m.startTime)}`),
  }));
  runs.push(r);
  await ctx.close();
}
for (const r of runs.slice(1)) console.log(JSON.stringify({ verdict: r.verdict, fcp: r.fcp, nav: r.nav, lt: r.lt, marks: r.marks }));
console.log(runs.at(-1).res.join('\n'));
await browser.close();
