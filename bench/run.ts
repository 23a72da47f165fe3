/**
 * `npm run bench -- [--records N] [--skip-browser]`
 *
 * Generates N signed records (bench/make-records.ts, bench-only test key), measures node (core
 * pipeline with each Ed25519 backend; signature-only native / WebCrypto / noble) and headless
 * Chromium (the app end to end; the core in Web Workers; the first load, bench/first-load.ts), runs
 * Lighthouse (bench/lighthouse.ts), prints issue 10's targets with what was measured and whether each
 * is met (bench/issue-10-targets.ts), and writes bench/results/latest.json and bench/results/latest.md
 * (the tables the README quotes).
 * Target: ≥ 20,000 records/s end to end in the app in headless Chromium on this machine. Missing the
 * target is reported, not an error; a record that does not verify is an error (exit code 1).
 */
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runBrowserBench, type BrowserResults } from './browser-bench';
import type { ResponsivenessResults } from './responsiveness';
import { firstLoadMarkdown } from './first-load';
import { issue10Targets, targetsLog, targetsMarkdown } from './issue-10-targets';
import { lighthouseMarkdown, runLighthouse, type LighthouseResults } from './lighthouse';
import { benchKey, DEFAULT_RECORDS, RECORDS_PATH, ROOT, writeRecords } from './make-records';
import { cliStartupMarkdown, runCliStartup, type CliStartupResults } from './cli-startup';
import { cliThroughputMarkdown, runCliThroughput, type CliThroughputResults } from './cli-throughput';
import { mirrorScaleMarkdown, runMirrorScale, type MirrorScaleResults } from './mirror-scale';
import { runNodeBench, type NodeResults } from './node-bench';

const TARGET_PER_SECOND = 20_000;
/** Issue 10: the app end to end against two cores' worth of node's signature-only verify, measured in the same run. */
const TARGET_OVER_TWO_NATIVE = 0.65;
const RESULTS_DIR = resolve(ROOT, 'bench/results');

const { values } = parseArgs({
  options: {
    records: { type: 'string' },
    'skip-browser': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log('usage: npm run bench -- [--records N (default 50000)] [--skip-browser]');
  process.exit(0);
}
const records = values.records === undefined ? DEFAULT_RECORDS : Number(values.records);
if (!Number.isInteger(records) || records < 1000 || records > 1_000_000) {
  console.error(`--records: expected an integer from 1000 to 1000000, got ${values.records}`);
  process.exit(2);
}

const log = (line: string) => console.log(line);
const fmt = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a');
const ratio = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)}×` : 'n/a');

interface Row {
  readonly where: string;
  readonly what: string;
  readonly count: number | null;
  readonly perSecond: number | null;
  readonly unit: string;
}

function rows(node: NodeResults, browser: BrowserResults | null): Row[] {
  const out: Row[] = [];
  if (browser) {
    const a = browser.app;
    out.push({
      where: 'Chromium',
      what: a.status === 'measured' ? '**App end to end** (file input → batch done)' : `App end to end: ${a.status === 'unavailable' ? 'app batch UI not available' : 'FAILED'}`,
      count: a.status === 'measured' ? a.batch.verified : null,
      perSecond: a.status === 'measured' ? a.batch.perSecond : null,
      unit: 'records/s',
    });
    if (a.status === 'measured') out.push({ where: 'Chromium', what: 'App, by its own data-elapsed-ms', count: a.batch.verified, perSecond: a.batch.perSecondAppElapsed, unit: 'records/s' });
    out.push({ where: 'Chromium', what: `Core verifyText in ${browser.coreWorkers.workers} Web Workers (webcrypto)`, count: browser.coreWorkers.records, perSecond: browser.coreWorkers.perSecond, unit: 'records/s' });
    out.push({ where: 'Chromium', what: 'Core verifyText in 1 Web Worker (webcrypto)', count: browser.coreOneWorker.records, perSecond: browser.coreOneWorker.perSecond, unit: 'records/s' });
  }
  out.push(
    { where: 'node', what: 'Core verifyText, webcrypto backend (1 thread)', count: node.pipelineWebcrypto.count, perSecond: node.pipelineWebcrypto.perSecond, unit: 'records/s' },
    { where: 'node', what: 'Core verifyText, noble backend (1 thread)', count: node.pipelineNoble.count, perSecond: node.pipelineNoble.perSecond, unit: 'records/s' },
    { where: 'node', what: 'Signature only: crypto.verify, sync (1 thread)', count: node.nativeVerifySync.count, perSecond: node.nativeVerifySync.perSecond, unit: 'verifies/s' },
    { where: 'node', what: `Signature only: ${node.nativeVerifyAsync.label.replace('node ', '')}`, count: node.nativeVerifyAsync.count, perSecond: node.nativeVerifyAsync.perSecond, unit: 'verifies/s' },
    { where: 'node', what: `Signature only: ${node.webcryptoVerify.label}`, count: node.webcryptoVerify.count, perSecond: node.webcryptoVerify.perSecond, unit: 'verifies/s' },
    { where: 'node', what: 'Signature only: verifyEd25519Noble (1 thread)', count: node.nobleVerify.count, perSecond: node.nobleVerify.perSecond, unit: 'verifies/s' },
  );
  return out;
}

function targetsOf(r: Results) {
  return issue10Targets(r.browser?.firstLoad ?? null, r.ratios.appOverTwoNative ?? null, TARGET_OVER_TWO_NATIVE, r.lighthouse);
}

function markdown(r: Results): string {
  const lines = [
    `Benchmark (\`npm run bench\`), ${r.date.slice(0, 10)}: ${r.machine.cpus} × ${r.machine.cpuModel}, node ${r.machine.node}${r.browser ? `, headless Chromium ${r.browser.chromiumVersion}` : ''}; ${fmt(r.records)} distinct records signed with a bench-only test key. Every measured record verified. 1-minute load average ${r.load.before.toFixed(2)} before, ${r.load.after.toFixed(2)} after${r.load.before > r.machine.cpus / 4 ? ' (other work was running on the machine, so these numbers may be low)' : ''}.`,
    '',
    ...targetsMarkdown(targetsOf(r), `${r.machine.cpus} × ${r.machine.cpuModel}, load ${r.load.before.toFixed(2)} before, ${r.load.after.toFixed(2)} after`),
    '| where | what | n | rate |',
    '|---|---|---:|---:|',
    ...r.rows.map((row) => `| ${row.where} | ${row.what} | ${row.count === null ? '–' : fmt(row.count)} | ${row.perSecond === null ? '–' : `${fmt(row.perSecond)} ${row.unit}`} |`),
    '',
    `Ratios: node crypto.verify ÷ noble = ${ratio(r.ratios.nativeOverNoble)}; WebCrypto verify ÷ noble = ${ratio(r.ratios.webcryptoOverNoble)}; verifyText webcrypto ÷ noble = ${ratio(r.ratios.pipelineWebcryptoOverNoble)}.`,
    '',
    `Target ≥ ${fmt(TARGET_PER_SECOND)} records/s end to end in the app: ${r.target.status}.`,
    '',
    ...(r.ratios.appOverTwoNative !== undefined ? [`Batch target (issue 10, host-independent): app end to end ≥ ${TARGET_OVER_TWO_NATIVE} × (2 × node's single-thread crypto.verify, ${fmt(r.node.nativeVerifySync.perSecond)}/s here): ${r.ratios.appOverTwoNative.toFixed(2)}, ${r.ratios.appOverTwoNative >= TARGET_OVER_TWO_NATIVE ? 'met' : 'NOT met'}.`] : []),
    '',
    ...(r.browser ? responsivenessLines(r.browser.responsiveness, r) : []),
    ...(r.browser ? firstLoadMarkdown(r.browser.firstLoad, `${r.machine.cpus} × ${r.machine.cpuModel}, load ${r.load.before.toFixed(2)}`) : []),
    ...(r.lighthouse ? lighthouseMarkdown(r.lighthouse, `${r.machine.cpus} × ${r.machine.cpuModel}`) : []),
    mirrorScaleMarkdown(r.mirrorScale),
    '',
    cliStartupMarkdown(r.cliStartup),
    '',
    cliThroughputMarkdown(r.cliThroughput),
    '',
    ...(r.browser?.app.status === 'measured'
      ? [
          `The app's batch workers set html[data-workers="ready"] (loaded, and warmed up on bundled sample records) ${fmt(r.browser.app.readyMs)} ms after navigation started; the file is given to the app after that, and timed from then until the batch summary says done.`,
          '',
        ]
      : []),
  ];
  return lines.join('\n');
}

/** The strict responsiveness figures (issue 13): benchmarked here, beside the host and its load; the e2e test holds only ≤ 200 ms. */
function responsivenessLines(resp: ResponsivenessResults, r: Results): string[] {
  return [
    `Responsiveness while ${fmt(resp.records)} records stream (${r.machine.cpus} × ${r.machine.cpuModel}, load ${r.load.before.toFixed(2)}), typing into the batch table's Find box throughout; "×2.5" slows Chromium's main thread 2.5× (CDP), as on the slower host of issue 13:`,
    '',
    '| main thread | batch | longest task | tasks > 50 ms | tasks > 200 ms | keys while running | slowest key (Event Timing) |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...resp.runs.map((x) => `| ×${x.slowdown} | ${fmt(x.batchMs)} ms | ${x.longestTaskMs} ms | ${x.tasksOver50} | ${x.tasksOver200} | ${x.keysWhileRunning} | ${x.slowestInteractionMs} ms |`),
    '',
    'The first paste after a cold load (issue 9; target: the verdict within 300 ms of the workers\' warm-up):',
    '',
    '| main thread | "Verifying…" shown | verdict after the paste | verdict after warm-up |',
    '|---|---:|---:|---:|',
    ...resp.firstPaste.map((x) => `| ×${x.slowdown} | ${x.statusMs} ms | ${fmt(x.verdictAfterPasteMs)} ms | ${x.verdictAfterWarmMs} ms |`),
    '',
  ];
}

interface Results {
  readonly date: string;
  readonly records: number;
  readonly machine: { cpus: number; cpuModel: string; platform: string; release: string; memoryGB: number; node: string };
  /** 1-minute load average before and after the run: other work on this 2-core box lowers every number. */
  readonly load: { before: number; after: number };
  readonly generation: { path: string; bytes: number; ms: number; reused: boolean };
  readonly node: NodeResults;
  readonly browser: BrowserResults | null;
  readonly lighthouse: LighthouseResults | null;
  readonly mirrorScale: MirrorScaleResults;
  readonly cliStartup: CliStartupResults;
  readonly cliThroughput: CliThroughputResults;
  readonly browserSkipped: boolean;
  readonly ratios: NodeResults['ratios'] & { coreWorkersOverOneWorker?: number; appOverCoreWorkers?: number; appOverTwoNative?: number };
  readonly target: { recordsPerSecond: number; measured: number | null; status: string };
  readonly rows: Row[];
}

function writeAtomic(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

async function main(): Promise<number> {
  const started = performance.now();
  const loadBefore = loadavg()[0]!;
  const key = benchKey();
  log(`pith-explorer bench: ${records} records, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, node ${process.version}, load average ${loadBefore.toFixed(2)}`);
  if (loadBefore > cpus().length / 4) log(`warning: the machine is already busy (1-minute load ${loadBefore.toFixed(2)} on ${cpus().length} cores); every number below will be low and noisy`);
  const set = writeRecords(records, key);
  log(`records: ${set.reused ? 'reused' : `generated in ${(set.generatedMs / 1000).toFixed(1)} s`}, ${(set.bytes / 1e6).toFixed(1)} MB at ${set.path}`);

  log('node:');
  const node = await runNodeBench(key, {
    recordsPath: RECORDS_PATH,
    records,
    // noble runs ~1,000 records/s: a 5,000-record sample keeps the run short and the rate steady.
    nobleRecords: Math.min(records, 5_000),
    signatures: Math.min(records, 20_000),
    nobleSignatures: Math.min(records, 5_000),
    chunkLines: 1_000,
    inFlight: 64,
    log,
  });

  let browser: BrowserResults | null = null;
  if (!values['skip-browser']) {
    log('chromium:');
    browser = await runBrowserBench(key, { recordsPath: RECORDS_PATH, records, log });
  }
  let lighthouse: LighthouseResults | null = null;
  if (!values['skip-browser']) {
    log('lighthouse:');
    lighthouse = await runLighthouse(log);
  }
  log('mirror index at scale (1,500,000 synthetic papers):');
  const mirrorScale = await runMirrorScale(1_500_000);
  log(mirrorScaleMarkdown(mirrorScale));
  const cliStartup = runCliStartup();
  log(cliStartupMarkdown(cliStartup));
  const cliThroughput = await runCliThroughput(records);
  log(cliThroughputMarkdown(cliThroughput));

  const table = rows(node, browser);
  const app = browser?.app;
  const measured = app?.status === 'measured' ? app.batch.perSecond : null;
  const target = {
    recordsPerSecond: TARGET_PER_SECOND,
    measured,
    status:
      measured !== null
        ? `${measured >= TARGET_PER_SECOND ? 'MET' : 'MISSED'} (${fmt(measured)} records/s)`
        : browser === null
          ? 'not measured (--skip-browser)'
          : app?.status === 'unavailable'
            ? 'not measured (app batch UI not available)'
            : `not measured (app run failed: ${app?.status === 'failed' ? app.reason : '?'})`,
  };
  const results: Results = {
    date: new Date().toISOString(),
    records,
    load: { before: loadBefore, after: loadavg()[0]! },
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', platform: platform(), release: release(), memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
    generation: { path: 'bench/.tmp/records.jsonl', bytes: set.bytes, ms: set.generatedMs, reused: set.reused },
    node,
    browser,
    lighthouse,
    mirrorScale,
    cliStartup,
    cliThroughput,
    browserSkipped: browser === null,
    ratios: {
      ...node.ratios,
      ...(browser ? { coreWorkersOverOneWorker: browser.coreWorkers.perSecond / browser.coreOneWorker.perSecond } : {}),
      ...(browser && measured !== null ? { appOverCoreWorkers: measured / browser.coreWorkers.perSecond } : {}),
      // Issue 10's host-independent batch target: the app against the two-core signature-only limit.
      ...(measured !== null ? { appOverTwoNative: measured / (2 * node.nativeVerifySync.perSecond) } : {}),
    },
    target,
    rows: table,
  };

  mkdirSync(RESULTS_DIR, { recursive: true });
  writeAtomic(resolve(RESULTS_DIR, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
  writeAtomic(resolve(RESULTS_DIR, 'latest.md'), markdown(results));

  log('');
  const w = Math.max(...table.map((r) => `${r.where}  ${r.what}`.length));
  for (const r of table) log(`${`${r.where}  ${r.what.replace(/\*\*/g, '')}`.padEnd(w + 2)}${(r.perSecond === null ? '–' : fmt(r.perSecond)).padStart(9)} ${r.perSecond === null ? '' : r.unit}`);
  log('');
  log(`ratios: native/noble ${ratio(node.ratios.nativeOverNoble)}, webcrypto/noble ${ratio(node.ratios.webcryptoOverNoble)} (signature only); verifyText webcrypto/noble ${ratio(node.ratios.pipelineWebcryptoOverNoble)}`);
  if (browser) {
    const worst = (slowdown: number) => browser!.responsiveness.runs.filter((x) => x.slowdown === slowdown);
    for (const s of [1, 2.5]) {
      const runs = worst(s);
      log(`responsiveness ×${s}: longest task ${Math.max(...runs.map((x) => x.longestTaskMs))} ms, tasks > 50 ms per run ${runs.map((x) => x.tasksOver50).join('/')}, slowest key ${Math.max(...runs.map((x) => x.slowestInteractionMs))} ms`);
    }
  }
  log(`load average: ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after`);
  log(`target ≥ ${fmt(TARGET_PER_SECOND)} records/s end to end in the app: ${target.status}`);
  if (results.ratios.appOverTwoNative !== undefined) {
    const r2 = results.ratios.appOverTwoNative;
    log(`batch target (issue 10): app ÷ (2 × node crypto.verify sync) = ${r2.toFixed(2)}, target ≥ ${TARGET_OVER_TWO_NATIVE}: ${r2 >= TARGET_OVER_TWO_NATIVE ? 'MET' : 'MISSED'}`);
  }
  log("issue 10's targets:");
  for (const line of targetsLog(targetsOf(results))) log(line);
  log(`wrote bench/results/latest.json and bench/results/latest.md (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  return app?.status === 'failed' ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
