/**
 * The CLI's throughput (issue 11: `--jobs N` ≥ 0.8 × N × node's single-thread crypto.verify rate):
 * `pith-verify --jsonl --jobs N` as installed on the bench's JSON Lines records (signed by the
 * bench key), for N = 1 and N = the cores, against node's synchronous crypto.verify on the same
 * records' signatures, measured in the same run, before and after (the mean of the two). Printed by
 * `npm run bench:cli-throughput` and `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { verify as nodeVerify } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchKey, RECORDS_PATH, signedDigests, writeRecords, type BenchKey } from './make-records';

export interface CliThroughputResults {
  readonly records: number;
  readonly nativePerSecond: number;
  readonly runs: readonly { readonly jobs: number; readonly perSecond: number; readonly maxRssMb: number; readonly ratio: number }[];
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
export function runCliThroughput(records = 50_000): CliThroughputResults {
  const key = benchKey();
  writeRecords(records, key);
  const before = nativeRate(key, 20_000);
  const jobsList = [...new Set([1, cpus().length])];
  const measured = jobsList.map((jobs) => ({ jobs, ...cliRun(jobs, key, records) }));
  const nativePerSecond = (before + nativeRate(key, 20_000)) / 2;
  return {
    records,
    nativePerSecond,
    runs: measured.map((m) => ({ ...m, ratio: m.perSecond / (m.jobs * nativePerSecond) })),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
    load: loadavg()[0]!,
  };
}

/** The figures as Markdown, with the 0.8 target met or not for each N. */
export function cliThroughputMarkdown(r: CliThroughputResults): string {
  const rows = r.runs.map((m) => `| ${m.jobs} | ${Math.round(m.perSecond).toLocaleString('en-US')} | ${m.maxRssMb.toFixed(0)} MB | ${m.ratio.toFixed(2)} | ${m.ratio >= 0.8 ? 'met' : '**not met**'} |`);
  return [
    `CLI throughput (\`npm run bench:cli-throughput\`, ${r.machine}, load ${r.load.toFixed(2)}; ${r.records.toLocaleString('en-US')} records; node crypto.verify, one thread: ${Math.round(r.nativePerSecond).toLocaleString('en-US')}/s):`,
    '',
    '| --jobs N | records/s | peak RSS | ÷ (N × crypto.verify) | target ≥ 0.8 |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(cliThroughputMarkdown(runCliThroughput()));
