/**
 * pith-verify [--json] [--key KEY_ID=PUBLIC_KEY]… PATH…
 *
 * Verifies pith records offline with the same core as the app. PATH is a file,
 * a directory (recursively, *.json / *.jsonl) or `-` for stdin.
 * Exit 0: nothing invalid. 1: some record is invalid. 2: usage or read errors
 * (every readable file is still verified and reported).
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { buildKeyring } from '../core/user-keys';
import { entryToJson, type EntryJson } from '../core/verify/entry-json';
import { verifyText } from '../core/verify/verify-document';
import { formatTable } from './format-table';

const USAGE = `usage: pith-verify [--json] [--key KEY_ID=PUBLIC_KEY_HEX_OR_BASE64]... PATH...
  PATH   a .json/.jsonl file, a directory (searched recursively), or - for stdin
  --json print one JSON array of results instead of a table
  --key  trust an extra Ed25519 public key (the pinned pith-v1-2026-05 key is always trusted)
exit: 0 nothing invalid, 1 a record is invalid, 2 usage or read error`;

interface Args {
  json: boolean;
  keys: string[];
  paths: string[];
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { json: false, keys: [], paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--help' || a === '-h') return '';
    else if (a === '--key') {
      const v = argv[++i];
      if (!v) return '--key needs KEY_ID=PUBLIC_KEY';
      args.keys.push(v);
    } else if (a.startsWith('--key=')) args.keys.push(a.slice(6));
    else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else args.paths.push(a);
  }
  if (args.paths.length === 0) return 'no PATH given';
  return args;
}

async function* expand(path: string): AsyncGenerator<{ file: string; text?: string; error?: string }> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    yield { file: '-', text: Buffer.concat(chunks).toString('utf8') };
    return;
  }
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    yield { file: path, error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
    return;
  }
  if (info.isDirectory()) {
    const names = (await readdir(path)).sort();
    for (const name of names) {
      const child = join(path, name);
      const s = await stat(child);
      if (s.isDirectory() || /\.jsonl?$/i.test(name)) yield* expand(child);
    }
    return;
  }
  try {
    yield { file: path, text: await readFile(path, 'utf8') };
  } catch (e) {
    yield { file: path, error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
}

export async function main(argv: string[], out: (s: string) => void, errOut: (s: string) => void): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    (args === '' ? out : errOut)(args === '' ? USAGE : `pith-verify: ${args}\n${USAGE}`);
    return args === '' ? 0 : 2;
  }
  const specs = args.keys.map((spec) => {
    const eq = spec.indexOf('=');
    return { keyId: eq > 0 ? spec.slice(0, eq) : '', publicKey: eq > 0 ? spec.slice(eq + 1) : spec };
  });
  const { keyring, errors } = buildKeyring(specs);
  if (errors.length > 0) {
    for (const e of errors) errOut(`pith-verify: --key ${e.spec.keyId}=${e.spec.publicKey}: ${e.error.message} (expected KEY_ID=PUBLIC_KEY)`);
    return 2;
  }
  const results: EntryJson[] = [];
  for (const path of args.paths) {
    for await (const f of expand(path)) {
      if (f.error !== undefined || f.text === undefined) {
        results.push(entryToJson(f.file, { index: null, error: { code: 'read-error', message: f.error ?? 'cannot read' } }));
        continue;
      }
      for (const entry of await verifyText(f.text, { keyring })) results.push(entryToJson(f.file, entry));
    }
  }
  out(args.json ? JSON.stringify(results, null, 2) : formatTable(results));
  if (results.some((r) => r.verdict === 'unreadable')) return 2;
  return results.some((r) => r.verdict === 'invalid') ? 1 : 0;
}

const isMain = process.argv[1] !== undefined && /pith-verify\.(ts|mjs|js)$/.test(process.argv[1]);
if (isMain) {
  main(process.argv.slice(2), (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`pith-verify: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
