/**
 * The CLI's throughput (issue 11: `--jobs N` ≥ 0.8 × N × node's single-thread crypto.verify rate):
 * `pith-verify --jsonl --jobs N` as installed on the bench's JSON Lines records (signed by the
 * bench key), for N = 1 and N = the cores, against node's synchronous crypto.verify on the same
 * records' signatures, measured in the same run, before and after (the mean of the two). Printed by
 * `npm run bench:cli-throughput` and `npm run bench`.
 *
 * Beside it, the ceiling: N worker threads doing nothing but crypto.verify on the same signatures.
 * Where the ceiling itself is under 0.8 × N × crypto.verify (on 2 cores it is 1.60–1.68 ×, measured
 * 2026-12-01), no pipeline that also parses, hashes and reports can meet the target with N threads.
 */
import { spawnSync } from 'node:child_process';
import { verify as nodeVerify } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { benchKey, RECORDS_PATH, signedDigests, writeRecords, type BenchKey } from './make-records';

export interface CliThroughputResults {
  readonly records: number;
  readonly nativePerSecond: number;
  readonly runs: readonly {
    readonly jobs: number;
    readonly perSecond: number;
    readonly maxRssMb: number;
    readonly ratio: number;
    /** N threads of bare crypto.verify on the same signatures, ÷ (N × crypto.verify): what any pipeline is capped at. */
    readonly ceiling: number;
  }[];
  readonly machine: string;
  readonly load: number;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function nativeRate(key: BenchKey, n: number): number {
  const { digests, signatures } = signedDigests(n, key);
  const t = performance.now();
  for (let i = 0; i < n; i++) if (!nodeVerify(null, digests[i]!, key.publicKeyObject, signatures[i]!)) throw new Error('bench signature did not verify');
  return (n / (performance.now() - t)) * 1000;
}

/** The same signatures verified by `jobs` worker threads at once, each all of them: records/s in all. */
async function nativeParallelRate(key: BenchKey, jobs: number, n: number): Promise<number> {
  const { digests, signatures } = signedDigests(n, key);
  const spki = key.publicKeyObject.export({ format: 'der', type: 'spki' });
  const code = `const { parentPort, workerData: d } = require('node:worker_threads');
    const { createPublicKey, verify } = require('node:crypto');
    const k = createPublicKey({ key: Buffer.from(d.spki), format: 'der', type: 'spki' });
    parentPort.once('message', () => { for (let i = 0; i < d.digests.length; i++) if (!verify(null, d.digests[i], k, d.signatures[i])) throw new Error('bad'); parentPort.postMessage(0); });`;
  const workers = Array.from({ length: jobs }, () => new Worker(code, { eval: true, workerData: { spki, digests, signatures } }));
  await Promise.all(workers.map((w) => new Promise((r) => w.once('online', r))));
  const t = performance.now();
  await Promise.all(workers.map((w) => new Promise((r, j) => (w.once('message', r), w.once('error', j), w.postMessage(0)))));
  const rate = ((jobs * n) / (performance.now() - t)) * 1000;
  await Promise.all(workers.map((w) => w.terminate()));
  return rate;
}

function cliRun(jobs: number, key: BenchKey, records: number): { perSecond: number; maxRssMb: number } {
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'maxrss_kb=%M', process.execPath, 'bin/pith-verify.mjs', '--jsonl', '--jobs', String(jobs), '--key', `${key.keyId}=${key.publicKeyHex}`, RECORDS_PATH], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`pith-verify --jobs ${jobs} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  const verified = r.stdout.split('\n').filter((l) => l.includes('"verdict":"verified"')).length;
  if (verified !== records) throw new Error(`pith-verify --jobs ${jobs} verified ${verified} of ${records} records`);
  return { perSecond: (records / ms) * 1000, maxRssMb: Number(/maxrss_kb=(\d+)/.exec(r.stderr)?.[1]) / 1024 };
}

/** N = 1 and N = the cores, each once, with the native rate measured before and after. */
export async function runCliThroughput(records = 50_000): Promise<CliThroughputResults> {
  const key = benchKey();
  writeRecords(records, key);
  const before = nativeRate(key, 20_000);
  const jobsList = [...new Set([1, cpus().length])];
  const measured = [];
  for (const jobs of jobsList) measured.push({ jobs, ...cliRun(jobs, key, records), parallel: await nativeParallelRate(key, jobs, 20_000) });
  const nativePerSecond = (before + nativeRate(key, 20_000)) / 2;
  return {
    records,
    nativePerSecond,
    runs: measured.map(({ parallel, ...m }) => ({ ...m, ratio: m.perSecond / (m.jobs * nativePerSecond), ceiling: parallel / (m.jobs * nativePerSecond) })),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
    load: loadavg()[0]!,
  };
}

/** The figures as Markdown, with the 0.8 target met or not for each N. */
export function cliThroughputMarkdown(r: CliThroughputResults): string {
  const rows = r.runs.map((m) => `| ${m.jobs} | ${Math.round(m.perSecond).toLocaleString('en-US')} | ${m.maxRssMb.toFixed(0)} MB | ${m.ratio.toFixed(2)} | ${m.ratio >= 0.8 ? 'met' : '**not met**'} | ${m.ceiling.toFixed(2)} |`);
  return [
    `CLI throughput (\`npm run bench:cli-throughput\`, ${r.machine}, load ${r.load.toFixed(2)}; ${r.records.toLocaleString('en-US')} records; node crypto.verify, one thread: ${Math.round(r.nativePerSecond).toLocaleString('en-US')}/s):`,
    '',
    '| --jobs N | records/s | peak RSS | ÷ (N × crypto.verify) | target ≥ 0.8 | ceiling: N threads of bare crypto.verify, same ÷ |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(cliThroughputMarkdown(await runCliThroughput()));
