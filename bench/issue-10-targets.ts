/**
 * Every target of issue 10 with what this run measured and whether it is met, as the bench prints it
 * (log and bench/results/latest.md) and the README quotes it. Ratios, not absolute times: they are
 * measured side by side in one run (the guide's rule for a host-dependent figure).
 */
import { ENFORCED_GZIP_BYTES, TARGET_GZIP_BYTES } from '../config/size-budget';
import { median, type FirstLoadResults } from './first-load';
import { CATEGORIES, LIGHTHOUSE_TARGETS, lighthouseMet, type LighthouseResults } from './lighthouse';

export interface TargetRow {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean | null;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The rows; a part not measured in this run (--skip-browser) is said to be so. */
export function issue10Targets(f: FirstLoadResults | null, batchOverTwoNative: number | null, batchTarget: number, lh: LighthouseResults | null): TargetRow[] {
  const rows: TargetRow[] = [];
  if (f) {
    rows.push(
      { target: `JavaScript before the first verdict, cold deep link ≤ ${kb(TARGET_GZIP_BYTES)} gzip (npm test enforces ≤ ${kb(ENFORCED_GZIP_BYTES['deep-link'])})`, measured: kb(f.jsGzipBytes.deepLink), met: f.jsGzipBytes.deepLink <= TARGET_GZIP_BYTES },
      { target: `JavaScript of the home page ≤ ${kb(TARGET_GZIP_BYTES)} gzip (npm test enforces ≤ ${kb(ENFORCED_GZIP_BYTES.home)})`, measured: kb(f.jsGzipBytes.home), met: f.jsGzipBytes.home <= TARGET_GZIP_BYTES },
      { target: 'Cold deep link → verdict ≤ 3× a static page’s first paint, same server', measured: `${Math.round(median(f.deepLinkVerdictMs))} ms vs ${Math.round(median(f.staticFcpMs))} ms: ${f.ratio.toFixed(1)}×`, met: f.ratio <= 3 },
      { target: 'First paste → verdict ≤ 2× a warm paste (pasted at the first paint)', measured: `${Math.round(median(f.paste.coldMs))} ms vs ${Math.round(median(f.paste.warmMs))} ms: ${f.paste.ratio.toFixed(1)}×`, met: f.paste.ratio <= 2 },
    );
  } else rows.push({ target: 'First load (bytes, deep link, first paste)', measured: 'not measured (--skip-browser)', met: null });
  rows.push({
    target: `Batch: app end to end ≥ ${batchTarget} × (2 × node’s single-thread crypto.verify)`,
    measured: batchOverTwoNative === null ? 'not measured' : batchOverTwoNative.toFixed(2),
    met: batchOverTwoNative === null ? null : batchOverTwoNative >= batchTarget,
  });
  if (lh) {
    for (const p of lh.pages.filter((x) => x.preset === 'mobile')) {
      for (const c of CATEGORIES) {
        rows.push({ target: `Lighthouse ${c} ${c === 'accessibility' ? '=' : '≥'} ${LIGHTHOUSE_TARGETS[c]} on \`${p.path}\` (mobile preset)`, measured: `${p.scores[c]} (runs ${p.runs.map((r) => r[c]).join('/')})`, met: lighthouseMet(p, c) });
      }
    }
  } else rows.push({ target: 'Lighthouse', measured: 'not measured (--skip-browser)', met: null });
  return rows;
}

const word = (met: boolean | null) => (met === null ? '–' : met ? 'met' : '**not met**');

/** The rows as a markdown table. */
export function targetsMarkdown(rows: readonly TargetRow[], host: string): string[] {
  return [`Issue 10's targets, this run (${host}):`, '', '| target | measured | |', '|---|---|---|', ...rows.map((r) => `| ${r.target} | ${r.measured} | ${word(r.met)} |`), ''];
}

/** The rows as log lines. */
export function targetsLog(rows: readonly TargetRow[]): string[] {
  return rows.map((r) => `  ${r.met === null ? '–' : r.met ? 'MET   ' : 'MISSED'}  ${r.target.replace(/\*\*|`/g, '')}: ${r.measured}`);
}
