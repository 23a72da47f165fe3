import { chromium } from '/work/main/node_modules/playwright/index.mjs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
await page.goto('http://127.0.0.1:4399/pith/UTTGU3KIYM6JKD6ALUV7A7CX74');
await page.locator('html[data-workers="ready"]').waitFor({ timeout: 30000 });
console.log(await page.evaluate(() => {
  const total = document.querySelectorAll('*').length;
  const rows = [];
  const walk = (el, depth) => {
    for (const c of el.children) {
      const n = c.querySelectorAll('*').length;
      if (n > 150) { rows.push(`${'  '.repeat(depth)}${c.tagName.toLowerCase()}${c.id ? '#' + c.id : ''}${c.dataset.testid ? '[' + c.dataset.testid + ']' : ''}${c.getAttribute('aria-label') ? '{' + c.getAttribute('aria-label') + '}' : ''} ${n} h=${Math.round(c.getBoundingClientRect().height)}`); if (depth < 7) walk(c, depth + 1); }
    }
  };
  walk(document.body, 0);
  return `total ${total}\n${rows.join('\n')}`;
}));
await browser.close();
