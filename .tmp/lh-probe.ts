import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
const url = process.argv[2]!;
const runs = Number(process.argv[3] ?? 3);
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
for (let i = 0; i < runs; i++) {
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: FLAGS });
  const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  chrome.kill();
  const a = r!.lhr.audits;
  console.log(`score ${Math.round(r!.lhr.categories.performance!.score! * 100)} FCP ${Math.round(a['first-contentful-paint']!.numericValue!)} LCP ${Math.round(a['largest-contentful-paint']!.numericValue!)} TBT ${Math.round(a['total-blocking-time']!.numericValue!)} SI ${Math.round(a['speed-index']!.numericValue!)}`);
  const lt = (a['long-tasks']?.details as { items?: { url: string; startTime: number; duration: number }[] })?.items ?? [];
  for (const t of lt) console.log(`   long task ${Math.round(t.startTime)} +${Math.round(t.duration)} ${t.url.replace(/.*\//, '')}`);
  const bu = (a['bootup-time']?.details as { items?: { url: string; total: number; scripting: number; scriptParseCompile: number }[] })?.items ?? [];
  for (const t of bu.slice(0, 6)) console.log(`   bootup ${t.url.replace(/.*\//, '')} total ${Math.round(t.total)} script ${Math.round(t.scripting)} parse ${Math.round(t.scriptParseCompile)}`);
  const mw = (a['mainthread-work-breakdown']?.details as { items?: { groupLabel: string; duration: number }[] })?.items ?? [];
  console.log('   ' + mw.map((m) => `${m.groupLabel} ${Math.round(m.duration)}`).join(', '));
}
