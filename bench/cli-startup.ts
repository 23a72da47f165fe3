/**
 * The CLI's startup (issue 11: ≤ 150 ms for one small file): `pith-verify` as installed (compiled
 * JavaScript, dist-cli/) on the seed record, against `node -e 0` (node's own startup) in the same
 * run, interleaved, median of 15 each. Printed by `npm run bench:cli` and `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

export interface CliStartupResults {
  readonly runs: number;
  readonly nodeMs: number;
  readonly cliMs: number;
  readonly machine: string;
  readonly load: number;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timed(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** Runs both, interleaved, and returns the medians. */
export function runCliStartup(runs = 15): CliStartupResults {
  const build = spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build:cli failed: ${build.stderr}`);
  const node: number[] = [];
  const cli: number[] = [];
  for (let i = 0; i < runs; i++) {
    node.push(timed(['-e', '0']));
    cli.push(timed(['bin/pith-verify.mjs', 'public/mirror/pith/UTTGU3KIYM6JKD6ALUV7A7CX74.json']));
  }
  return { runs, nodeMs: median(node), cliMs: median(cli), machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`, load: loadavg()[0]! };
}

/** The figures as Markdown, with the target met or not. */
export function cliStartupMarkdown(r: CliStartupResults): string {
  return `CLI startup (\`npm run bench:cli\`, ${r.machine}, load ${r.load.toFixed(2)}; median of ${r.runs}): \`pith-verify\` on the seed record ${r.cliMs.toFixed(0)} ms, \`node -e 0\` ${r.nodeMs.toFixed(0)} ms; target ≤ 150 ms: ${r.cliMs <= 150 ? 'met' : '**not met**'}.`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(cliStartupMarkdown(runCliStartup()));
