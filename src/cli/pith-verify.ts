/**
 * pith-verify [--json | --jsonl] [--jobs N] [--key KEY_ID=PUBLIC_KEY]… PATH…
 * pith-verify audit --mirror URL… [--json] [--key …]… TARGET…   (audit-command.ts)
 *
 * Verifies pith records offline with the same core as the app. PATH is a file, a directory
 * (recursively, *.json / *.jsonl) or `-` for stdin. Input is read as bytes and must be UTF-8
 * (decodeInput): bytes that are not are an unreadable entry with their offset, never replaced.
 *
 * Exit codes, in this order of precedence (every readable file is verified and reported first):
 *   1  some record is invalid, whatever else happened;
 *   2  a usage error, a read error (a file that cannot be read, bytes that are not UTF-8 JSON,
 *      a line that is not JSON), or nothing verifiable in the whole input;
 *   0  otherwise: nothing invalid, and every entry was read.
 */
import type { PithErrorCode } from '../core/errors';
import type { Keyring } from '../core/keyring';
import { buildKeyring } from '../core/user-keys';
import { runIfMain, type Out } from './run-main';
import type { EntryJson } from '../core/verify/entry-json';
import { useNativeEd25519 } from '../core/crypto/ed25519';
import { loadFastSha256 } from '../core/crypto/sha256';
import { nodeEd25519 } from './node-ed25519';
import { formatTable } from './format-table';
import { availableParallelism } from 'node:os';
import type { UserKeySpec } from '../core/user-keys';
import type { VerifyPool } from './verify-pool';
import { verifyPath, type VerifyContext } from './verify-stream';

const USAGE = `usage: pith-verify [--json | --jsonl] [--jobs N] [--key KEY_ID=PUBLIC_KEY_HEX_OR_BASE64]... PATH...
       pith-verify audit --mirror URL... TARGET...   (compare mirrors' copies; audit --help)
  PATH   a .json/.jsonl file, a directory (searched recursively), or - for stdin
  --json  print one JSON array of results instead of a table
  --jsonl print one JSON result a line, each as soon as it is ready (for dumps of any size:
          JSON Lines input is read a line at a time, and nothing is kept)
  --jobs  worker threads for JSON Lines (a .jsonl file, stdin); default: the cores, at most 2 (each
          adds about 50 MB). Started only once a first batch of 256 lines is read; results keep
          the input's order
  --key  trust an extra Ed25519 public key (the pinned pith-v1-2026-05 key is always trusted)
exit: 1 a record is invalid (whatever else happened); else 2 on a usage or read error, when
      nothing in the input is verifiable, when the verifier failed on a document (a bug, said as
      such), or when the output was closed before every result was written; else 0`;

interface Args {
  json: boolean;
  jsonl: boolean;
  jobs: number;
  keys: string[];
  paths: string[];
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { json: false, jsonl: false, jobs: DEFAULT_JOBS, keys: [], paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--jsonl') args.jsonl = true;
    else if (a === '--help' || a === '-h') return '';
    else if (a === '--jobs' || a.startsWith('--jobs=')) {
      const v = a === '--jobs' ? argv[++i] : a.slice(7);
      if (!v || !/^[1-9][0-9]{0,2}$/.test(v) || Number(v) > MAX_JOBS) return `--jobs needs a whole number from 1 to ${MAX_JOBS}, not ${v === undefined ? 'nothing' : JSON.stringify(v)}`;
      args.jobs = Number(v);
    }
    else if (a === '--key') {
      const v = argv[++i];
      if (!v) return '--key needs KEY_ID=PUBLIC_KEY';
      args.keys.push(v);
    } else if (a.startsWith('--key=')) args.keys.push(a.slice(6));
    else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else args.paths.push(a);
  }
  if (args.paths.length === 0) return 'no PATH given';
  if (args.json && args.jsonl) return '--json and --jsonl are two ways to print; give one';
  return args;
}

export async function main(argv: string[], out: Out, errOut: (s: string) => void): Promise<number> {
  // The WebAssembly SHA-256 for batches (sha256.ts), started and not awaited: one small file is done
  // with noble before it would have compiled (startup, issue 11), and both give the same bytes.
  void loadFastSha256();
  useNativeEd25519(nodeEd25519);
  if (argv[0] === 'audit') {
    const keyring = keyringOf(keySpecs(keyOptions(argv.slice(1))), errOut);
    // Loaded only for audit: verifying one file starts faster without the mirror code (issue 11).
    const { auditMain } = await import('./audit-command');
    return keyring ? auditMain(argv.slice(1), keyring, out, errOut) : 2;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    (args === '' ? out : errOut)(args === '' ? USAGE : `pith-verify: ${args}\n${USAGE}`);
    return args === '' ? 0 : 2;
  }
  const specs = keySpecs(args.keys);
  const keyring = keyringOf(specs, errOut);
  if (!keyring) return 2;
  const results: EntryJson[] = [];
  const tally: Tally = { invalid: false, readError: false, verifiable: false };
  const jobs = lazyPool(args.jobs, specs, keyring);
  try {
    for (const path of args.paths) {
      for await (const ready of verifyPath(path, { keyring, pool: jobs.pool })) {
        for (const r of ready) count(tally, r);
        // --jsonl keeps nothing: results are printed as they are ready (one write for those ready
        // together), and a slow reader is waited for, so memory does not grow with the input.
        if (args.jsonl) {
          // The reader has gone (`| head -1`): stop verifying; exit 2, not every result was delivered.
          if (ready.length > 0 && (await out(ready.map((r) => JSON.stringify(r)).join('\n'))) === false) return codeOf(tally, false);
        } else for (const r of ready) results.push(r);
      }
    }
  } catch (e) {
    errOut(`pith-verify: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  } finally {
    await jobs.close();
  }
  const delivered = args.jsonl || (await out(args.json ? JSON.stringify(results, null, 2) : formatTable(results))) !== false;
  return codeOf(tally, delivered);
}

/** Where the worker is: beside this file, compiled (dist-cli/verify-worker.mjs) or as source. */
const SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(SOURCE ? './verify-worker.ts' : './verify-worker.mjs', import.meta.url);
/**
 * The cores, at most 2, when compiled; from source (the unit tests import main) a TypeScript worker
 * needs a loader, so 1 unless asked. Issue 11 asks for the cores and for ≤ 300 MB on a 1 GB dump;
 * each worker adds about 45–50 MB (50,000 bench records: 221 MB with 2, 301 MB with 4), so more
 * than 2 by default would break the bound on a bigger machine; `--jobs N` trades memory for speed.
 * Since the CLI verifies with node's synchronous crypto.verify (node-ed25519.ts), a worker uses one
 * core, and on a 2-core host 2 workers beat 1: 7.7–9.3 s against 9.6–10.4 s in-thread, interleaved
 * (docs/performance-log.md, 2026-12-01, session 5).
 */
const DEFAULT_JOBS = SOURCE ? 1 : Math.min(availableParallelism(), 2);
const MAX_JOBS = 256;

/** The --jobs pool, started the first time a batch asks for it (never for jobs 1), and closed at the end. */
function lazyPool(jobs: number, keys: readonly UserKeySpec[], keyring: Keyring): { pool: VerifyContext['pool']; close: () => Promise<void> } {
  let started: Promise<VerifyPool> | null = null;
  return {
    pool: () => (jobs <= 1 ? Promise.resolve(null) : (started ??= import('./verify-pool').then(({ VerifyPool }) => new VerifyPool(jobs, WORKER_URL, keys, keyring)))),
    close: async () => void (await (await started)?.close()),
  };
}

/** The values of every --key option. */
function keyOptions(argv: readonly string[]): string[] {
  const keys: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--key' && argv[i + 1]) keys.push(argv[++i]!);
    else if (argv[i]!.startsWith('--key=')) keys.push(argv[i]!.slice(6));
  }
  return keys;
}

/** KEY_ID=PUBLIC_KEY options as key specs. */
function keySpecs(keys: readonly string[]): UserKeySpec[] {
  return keys.map((spec) => {
    const eq = spec.indexOf('=');
    return { keyId: eq > 0 ? spec.slice(0, eq) : '', publicKey: eq > 0 ? spec.slice(eq + 1) : spec };
  });
}

/** The pinned keys plus those given, or null (each bad one said) when any is not a usable key. */
function keyringOf(specs: readonly UserKeySpec[], errOut: (s: string) => void): Keyring | null {
  const { keyring, errors } = buildKeyring(specs);
  for (const e of errors) errOut(`pith-verify: --key ${e.spec.keyId}=${e.spec.publicKey}: ${e.error.message} (expected KEY_ID=PUBLIC_KEY)`);
  return errors.length > 0 ? null : keyring;
}

/** Errors that mean the input could not be read (as opposed to read, and found to hold no record). */
const READ_ERRORS: ReadonlySet<PithErrorCode> = new Set(['read-error', 'json-syntax', 'not-json', 'not-utf8', 'too-large', 'internal-error']);

interface Tally {
  invalid: boolean;
  readError: boolean;
  verifiable: boolean;
}

/** Adds one result to the tally the exit code is read from. */
function count(t: Tally, r: EntryJson): void {
  if (r.verdict === 'invalid') t.invalid = true;
  if (r.error !== undefined && READ_ERRORS.has(r.error.code)) t.readError = true;
  if (r.verdict !== 'unreadable' && r.verdict !== 'not-a-record') t.verifiable = true;
}

/** The exit code from a tally (USAGE gives the precedence); `delivered` false: the output closed early. */
function codeOf(t: Tally, delivered = true): 0 | 1 | 2 {
  return t.invalid ? 1 : !delivered || t.readError || !t.verifiable ? 2 : 0;
}

/** The exit code of a run (see the module comment for the precedence). */
export function exitCode(results: readonly EntryJson[]): 0 | 1 | 2 {
  const t: Tally = { invalid: false, readError: false, verifiable: false };
  for (const r of results) count(t, r);
  return codeOf(t);
}

runIfMain('pith-verify', main);
