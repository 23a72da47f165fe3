/**
 * The mirror format at corpus scale (issue 11): builds the sharded alias index for N synthetic papers
 * (default 1,500,000, about pith.science's count; generated here, never committed) with the same
 * streaming writer `pith-mirror build` uses, and reports build time, peak memory (the child
 * process's own maxRSS), total size, file count, the largest shard and the bytes one lookup
 * downloads (the root and the largest shard). Targets: a lookup fetches ≤ 2 files and ≤ 64 KB; peak
 * memory ≤ 1 GB. Also checks a sample of keys resolve through the core's reader.
 *
 * Usage: npm run bench:mirror [-- --papers N]   (prints a table, writes bench/results/mirror-scale.json)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { IndexStats } from '../src/cli/alias-index-writer';

export interface MirrorScaleResults {
  readonly papers: number;
  readonly keys: number;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly totalMb: number;
  readonly files: number;
  readonly prefixLength: number;
  readonly rootBytes: number;
  readonly largestShardBytes: number;
  readonly lookupBytes: number;
  readonly sampled: number;
  readonly machine: string;
  readonly load: readonly [number, number];
}

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The child: builds the index and prints its figures as JSON. */
async function child(papers: number, out: string): Promise<void> {
  const { AliasIndexWriter } = await import('../src/cli/alias-index-writer');
  const { recordAliasKeys } = await import('../src/core/mirrors/alias-shards');
  const { loadFastSha256 } = await import('../src/core/crypto/sha256');
  const { sha256Utf8 } = await import('../src/core/crypto/sha256');
  const { base32 } = await import('../src/core/crypto/base32');
  await loadFastSha256();
  const started = performance.now();
  const writer = new AliasIndexWriter();
  for (let i = 0; i < papers; i++) {
    // A synthetic paper: a suffix from a hash (as real ones are), a new-style arXiv id and version.
    const suffix = base32(sha256Utf8(`paper ${i}`).digest).slice(0, 26);
    const month = 1 + (i % 12);
    const id = `${String(7 + Math.floor(i / 240000)).padStart(2, '0')}${String(month).padStart(2, '0')}.${String(i % 100000).padStart(5, '0')}`;
    for (const key of recordAliasKeys(suffix, { id, version: 1 + (i % 3) })) writer.add(key, suffix);
  }
  const stats = writer.finish(out);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(JSON.stringify({ stats, seconds, maxRssKb: process.resourceUsage().maxRSS }));
}

function du(dir: string): { bytes: number; files: number } {
  const r = spawnSync('sh', ['-c', `find "${dir}" -type f | wc -l; find "${dir}" -type f -printf '%s\\n' | awk '{s+=$1} END {print s}'`], { encoding: 'utf8' });
  const [files, bytes] = r.stdout.trim().split('\n').map(Number);
  return { files: files ?? 0, bytes: bytes ?? 0 };
}

/** Runs the build in a child process and checks a sample of lookups. */
export async function runMirrorScale(papers: number): Promise<MirrorScaleResults> {
  const out = mkdtempSync(join(tmpdir(), 'pith-mirror-scale-'));
  const before = loadavg()[0]!;
  try {
    const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', String(papers), out], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
    if (run.status !== 0) throw new Error(`mirror-scale child failed: ${run.stderr}`);
    const { stats, seconds, maxRssKb } = JSON.parse(run.stdout) as { stats: IndexStats; seconds: number; maxRssKb: number };
    // A lookup reads the root and the key's shard: check a sample resolve through the core's reader.
    const { readAliasIndex, readAliasShard, aliasReader } = await import('../src/core/mirrors/alias-index');
    const { lookupAlias } = await import('../src/core/mirrors/alias-lookup');
    const { parseQuery } = await import('../src/core/query/parse-query');
    const index = readAliasIndex(JSON.parse(readFileSync(join(out, 'alias-index.json'), 'utf8')));
    if (!index.ok) throw new Error(index.error.message);
    const read = aliasReader(index.value, (shard) => {
      const r = readAliasShard(JSON.parse(readFileSync(join(out, 'alias-index', `${shard}.json`), 'utf8')), shard);
      return Promise.resolve(r.ok ? r.value : null);
    });
    let sampled = 0;
    for (const i of [0, 1, 7, papers >> 1, papers - 1]) {
      const id = `${String(7 + Math.floor(i / 240000)).padStart(2, '0')}${String(1 + (i % 12)).padStart(2, '0')}.${String(i % 100000).padStart(5, '0')}`;
      const q = parseQuery(`arXiv:${id}v${1 + (i % 3)}`);
      if (q.ok && (await lookupAlias(read, q.value)).found) sampled++;
    }
    const size = du(out);
    return {
      papers,
      keys: stats.entryCount,
      seconds,
      peakRssMb: maxRssKb / 1024,
      totalMb: size.bytes / 1024 / 1024,
      files: size.files,
      prefixLength: stats.prefixLength,
      rootBytes: stats.rootBytes,
      largestShardBytes: stats.largestShard.bytes,
      lookupBytes: stats.rootBytes + stats.largestShard.bytes,
      sampled,
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
      load: [before, loadavg()[0]!],
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The figures as a Markdown table, each target with met / not met. */
export function mirrorScaleMarkdown(r: MirrorScaleResults): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const met = (ok: boolean) => (ok ? 'met' : '**not met**');
  return [
    `Mirror index at scale (\`npm run bench:mirror\`): ${r.papers.toLocaleString('en')} synthetic papers, ${r.keys.toLocaleString('en')} alias keys; ${r.machine}, load ${r.load[0].toFixed(2)} before, ${r.load[1].toFixed(2)} after.`,
    '',
    '| figure | measured | target |',
    '|---|---|---|',
    `| build time | ${r.seconds.toFixed(1)} s | |`,
    `| peak memory of the build (maxRSS) | ${r.peakRssMb.toFixed(0)} MB | ≤ 1024 MB: ${met(r.peakRssMb <= 1024)} |`,
    `| total size | ${r.totalMb.toFixed(0)} MB in ${r.files.toLocaleString('en')} files (shards of ${r.prefixLength} hex characters) | |`,
    `| largest shard | ${kb(r.largestShardBytes)} | |`,
    `| one lookup downloads | 2 files, at most ${kb(r.lookupBytes)} (root ${kb(r.rootBytes)} + largest shard) | ≤ 2 files and ≤ 64 KB: ${met(r.lookupBytes <= 64 * 1024)} |`,
    `| sample lookups through the core's reader | ${r.sampled} of 5 found | 5 |`,
  ].join('\n');
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  await child(Number(args[1]), args[2]!);
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { papers: { type: 'string' } } });
  const papers = values.papers === undefined ? 1_500_000 : Number(values.papers);
  if (!Number.isInteger(papers) || papers < 1000 || papers > 5_000_000) throw new Error(`--papers: expected an integer from 1000 to 5000000, got ${values.papers}`);
  const r = await runMirrorScale(papers);
  const md = mirrorScaleMarkdown(r);
  console.log(md);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/mirror-scale.json'), `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(join(ROOT, 'bench/results/mirror-scale.md'), `${md}\n`);
}
