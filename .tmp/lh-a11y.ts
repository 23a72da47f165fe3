import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
const url = process.argv[2]!;
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: FLAGS });
const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['accessibility'] });
chrome.kill();
const lhr = r!.lhr;
console.log('a11y', lhr.categories.accessibility!.score);
for (const ref of lhr.categories.accessibility!.auditRefs) {
  const a = lhr.audits[ref.id]!;
  if (a.score !== null && a.score < 1) {
    console.log(ref.id, a.title);
    const items = (a.details as { items?: { node?: { snippet?: string; selector?: string; explanation?: string } }[] })?.items ?? [];
    for (const it of items.slice(0, 5)) console.log('   ', it.node?.snippet?.slice(0, 400), '|', (it.node as {selector?: string; path?: string; nodeLabel?: string})?.selector, '|', (it.node as {nodeLabel?: string})?.nodeLabel, '|', JSON.stringify((it.node as {boundingRect?: unknown})?.boundingRect));
  }
}
