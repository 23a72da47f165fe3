/** `npm run bench:lighthouse`: only the Lighthouse figures of `npm run bench` (bench/lighthouse.ts); nothing is written to bench/results. */
import { cpus, loadavg } from 'node:os';
import { lighthouseMarkdown, runLighthouse } from './lighthouse';

const before = loadavg()[0]!;
const results = await runLighthouse((line) => console.log(line));
console.log(['', ...lighthouseMarkdown(results, `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, load ${before.toFixed(2)} before the wait, ${loadavg()[0]!.toFixed(2)} after the runs`)].join('\n'));
for (const p of results.pages) console.log(`${p.preset} ${p.path}: weak audits: ${p.weakAudits.join('; ') || 'none'}`);
