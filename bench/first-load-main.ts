/**
 * `npm run bench:first-load`: only the first-load figures of `npm run bench` (bench/first-load.ts),
 * printed with the host and its load; nothing is written to bench/results.
 */
import { chromium } from '@playwright/test';
import { cpus, loadavg } from 'node:os';
import playwrightConfig from '../playwright.config';
import { LOCAL_ONLY_ARGS } from './app-server';
import { firstLoadMarkdown, runFirstLoad } from './first-load';

const launch = playwrightConfig.use?.launchOptions ?? {};
const before = loadavg()[0]!;
const browser = await chromium.launch({ ...launch, args: [...(launch.args ?? []), ...LOCAL_ONLY_ARGS], executablePath: launch.executablePath ?? '/usr/bin/chromium', headless: true });
try {
  const results = await runFirstLoad(browser, (line) => console.log(line));
  console.log(['', ...firstLoadMarkdown(results, `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, load ${before.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}`)].join('\n'));
  console.log(JSON.stringify(results));
} finally {
  await browser.close();
}
