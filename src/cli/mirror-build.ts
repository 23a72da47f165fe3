/**
 * pith-mirror build --out DIR [--base-url URL] [--key KEY_ID=PUBLIC_KEY]… INPUT…
 *
 * Turns records, bundles and merged states (JSON files, JSON arrays, JSON Lines dumps of any size,
 * directories, or - for JSON Lines on stdin) into a static mirror tree (docs/MIRROR-FORMAT.md):
 * records at pith/<SUFFIX>.json, bundles at pith/<SUFFIX>/bundle.json, states at
 * pith/<SUFFIX>/state.json, the sharded alias index, and with --base-url a pith-mirrors.json
 * manifest. Every input is verified with the core first; an invalid one, or one that is not a
 * record, bundle or state, is refused and reported, never written. Adding to an
 * existing tree keeps what is there (its index is read back in); the same inputs give the same
 * bytes. JSON Lines are read line by line, so memory stays bounded.
 *
 * Exit codes: 1 when an input was refused (the rest are written); 2 on a usage error or when the
 * inputs held no document; else 0.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Keyring } from '../core/keyring';
import { parseJson } from '../core/json/parse-json';
import { isPithSuffix, readAliasIndex, readAliasShard } from '../core/mirrors/alias-index';
import { recordAliasKeys, shardNames } from '../core/mirrors/alias-shards';
import { userMirror } from '../core/mirrors/mirror-config';
import { shardOf } from '../core/mirrors/shard-of';
import type { Verdict } from '../core/verify/check-types';
import type { VerifyReport } from '../core/verify/report-types';
import { verifyDocument } from '../core/verify/verify-document';
import { AliasIndexWriter, type IndexStats } from './alias-index-writer';
import { buildDocuments } from './build-inputs';

export const BUILD_USAGE = `usage: pith-mirror build --out DIR [--base-url URL] [--key KEY_ID=PUBLIC_KEY]... INPUT...
  INPUT       a record, bundle or state .json (one document or an array), a .jsonl dump, a directory
              (searched recursively), or - for JSON Lines on stdin
  --out       the mirror tree to write or add to
  --base-url  where the tree will be served; writes pith-mirrors.json naming it
  --key       trust an extra Ed25519 public key (as pith-verify)
exit: 1 an input was refused (invalid, unreadable, or not a record, bundle or state; the rest are
      written); else 2 on a usage error or when the inputs held no document; else 0`;

export interface BuildReport {
  readonly written: number;
  readonly unchanged: number;
  /** Inputs a better copy already in the tree was kept over (verified over incomplete, signed over not). */
  readonly kept: readonly { readonly input: string; readonly reason: string }[];
  /** The first REFUSALS_KEPT refusals; `refusedCount` counts them all. */
  readonly refused: readonly { readonly input: string; readonly reason: string }[];
  readonly refusedCount: number;
  readonly index: IndexStats;
}

/** Refusals kept for the report: a dump of a million bad lines is counted, not held in memory. */
export const REFUSALS_KEPT = 1000;

/**
 * Reads an existing tree's index back in, so a build adds to it: only keys in the shard they hash
 * to, and only values that are pith suffixes (what a reader would use); the rest is dropped and said.
 */
function readExisting(out: string, writer: AliasIndexWriter, refuse: (input: string, reason: string) => void): void {
  const rootPath = join(out, 'alias-index.json');
  if (!existsSync(rootPath)) return;
  let value: unknown = null;
  try {
    value = JSON.parse(readFileSync(rootPath, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    // not JSON: said below, as an index this tool cannot read
  }
  const index = readAliasIndex(value);
  if (!index.ok) throw new Error(`${rootPath}: ${index.error.message}; refusing to add to an index this tool cannot read`);
  for (const r of index.value.records ?? []) writer.addRecord(r);
  const add = (where: string, aliases: Readonly<Record<string, unknown>>, shard: string | null, n: number) => {
    for (const [key, v] of Object.entries(aliases)) {
      if (shard !== null && shardOf(key, n) !== shard) {
        refuse(where, `the key ${JSON.stringify(key.slice(0, 80))} is not in its own shard: dropped (a reader ignores it)`);
        continue;
      }
      const values = typeof v === 'string' ? [v] : Array.isArray(v) ? v : [];
      if (values.length === 0 || !values.every(isPithSuffix) || /[\t\n]/.test(key)) {
        refuse(where, `the key ${JSON.stringify(key.slice(0, 80))} maps to something that is not a pith suffix: dropped`);
        continue;
      }
      for (const suffix of values as string[]) writer.add(key, suffix);
    }
  };
  if (index.value.form === 'single') return add(rootPath, index.value.aliases, null, 0);
  const { shard_path, shard_prefix_length: n } = index.value.root;
  for (const shard of shardNames(n)) {
    const path = join(out, shard_path.replace('{shard}', shard));
    if (!existsSync(path)) {
      refuse(path, 'missing: its keys, if it had any, are lost (every shard of the layout should exist)');
      continue;
    }
    const aliases = readAliasShard(JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as unknown, shard);
    if (!aliases.ok) throw new Error(`${path}: ${aliases.error.message}; refusing to add to an index this tool cannot read`);
    add(path, aliases.value, shard, n);
  }
}

const RANK: Record<Verdict, number> = { verified: 3, incomplete: 2, invalid: 0 };
/** How good a copy is to serve: the verdict, then whether a valid signature covers it. */
const worth = (r: VerifyReport) => RANK[r.verdict] * 2 + (r.evidence.signedDigest !== null ? 1 : 0);

/**
 * The number a copy is filed under (FORMAT.md §1–§2), or why it has none to trust: the one computed
 * here from a canonical record whose hash checks (or that claims none); for a document with no
 * canonical record, the number it claims (it is then incomplete, and says so). A canonical record
 * that is present but cannot be checked (a float, a big integer) confirms no number: refused.
 */
function filingNumber(r: VerifyReport): { number: string; fromCanonical: boolean } | string {
  const ch = r.checks.find((c) => c.id === 'canonical-hash');
  if (ch && (ch.status === 'pass' || (ch.status === 'skip' && ch.code === 'no-claim')) && r.computedPithNumber) return { number: r.computedPithNumber, fromCanonical: true };
  if ((!ch || (ch.status === 'skip' && ch.code === 'absent')) && r.claimedPithNumber) return { number: r.claimedPithNumber, fromCanonical: false };
  return ch && ch.status === 'skip' ? `its canonical record cannot be checked (${ch.code}), so no number to file it under is confirmed` : 'no full pith number to file it under';
}

/** Builds or extends the tree at `out` from `inputs`; see the module comment. */
export async function buildMirror(inputs: readonly string[], out: string, keyring: Keyring, options: { baseUrl?: string } = {}): Promise<BuildReport> {
  const writer = new AliasIndexWriter();
  const refused: { input: string; reason: string }[] = [];
  const kept: { input: string; reason: string }[] = [];
  let refusedCount = 0;
  const refuse = (input: string, reason: string) => {
    refusedCount++;
    if (refused.length < REFUSALS_KEPT) refused.push({ input, reason });
  };
  let written = 0;
  let unchanged = 0;
  try {
    mkdirSync(join(out, 'pith'), { recursive: true });
    readExisting(out, writer, refuse);
    const seen = new Set<string>();
    for (const path of inputs) {
      for await (const doc of buildDocuments(path, seen)) {
        if (doc.error !== undefined || doc.value === undefined) {
          refuse(doc.input, doc.error ?? 'unreadable');
          continue;
        }
        const r = await verifyDocument(doc.value, { keyring, detail: true });
        if ('code' in r) refuse(doc.input, r.message);
        else if (r.kind !== 'record' && r.kind !== 'bundle' && r.kind !== 'state') refuse(doc.input, `a ${r.kindLabel}, not a record, bundle or state`);
        else if (r.verdict === 'invalid') refuse(doc.input, `invalid: ${r.checks.filter((c) => c.status === 'fail').map((c) => `${c.id} (${c.code})`).join(', ')}`);
        else {
          const filing = filingNumber(r);
          const suffix = typeof filing === 'string' ? null : filing.number.split(':').pop()!;
          if (typeof filing === 'string' || !suffix || !isPithSuffix(suffix)) {
            refuse(doc.input, typeof filing === 'string' ? filing : 'no full pith number to file it under');
            continue;
          }
          const file = join(out, 'pith', r.kind === 'record' ? `${suffix}.json` : join(suffix, `${r.kind}.json`));
          if (existsSync(file)) {
            const old = readFileSync(file, 'utf8');
            if (old === doc.text) {
              unchanged++;
              continue;
            }
            // A second copy of the same record: the better one stays (first come wins a tie).
            const parsed = parseJson(old);
            const before = parsed.ok ? await verifyDocument(parsed.value, { keyring }) : null;
            if (before && !('code' in before) && worth(before) >= worth(r)) {
              kept.push({ input: doc.input, reason: `the copy already at ${file} (${before.verdict}${before.evidence.signedDigest ? ', signed' : ''}) is kept over this one (${r.verdict}${r.evidence.signedDigest ? ', signed' : ''})` });
              continue;
            }
          }
          mkdirSync(join(file, '..'), { recursive: true });
          writeFileSync(file, doc.text);
          written++;
          // A merged state is not a record a lookup can open (FORMAT.md §6): filed, not indexed.
          if (r.kind === 'state') continue;
          // The arXiv keys only from the canonical record this number was computed from: following one
          // leads to a record whose number hashes that very source (docs/MIRROR-FORMAT.md §3).
          const source = filing.fromCanonical && r.fields.source?.path.endsWith('canonical_record.source') ? r.fields.source.value : null;
          try {
            for (const key of recordAliasKeys(suffix, source)) writer.add(key, suffix);
          } catch (e) {
            refuse(doc.input, `written, but not indexed: ${e instanceof Error ? e.message : String(e)}`);
            continue;
          }
          // A bundle names its record in the list only where no record document does (whatever the input order).
          writer.addRecord({ suffix, pith_number: filing.number, title: r.title, arxiv: source ? `${source.id}v${source.version}` : null, signed: r.evidence.signedDigest !== null, built: r.detail?.provenance?.built ?? false }, r.kind === 'record');
        }
      }
    }
    const index = writer.finish(out);
    if (options.baseUrl) writeFileSync(join(out, 'pith-mirrors.json'), manifestText(options.baseUrl));
    return { written, unchanged, kept, refused, refusedCount, index };
  } finally {
    writer.discard();
  }
}

/** Why a --base-url cannot name a mirror (the app's own rule for a mirror URL), or null. */
export function baseUrlProblem(url: string): string | null {
  const m = userMirror(url, []);
  return m.ok ? null : m.error.message;
}

/** A pith-mirrors.json for the tree (FORMAT.md §6). It names no key: keys come only from a keyring. */
export function manifestText(baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  const manifest = {
    manifest_type: 'pith_mirror_manifest',
    manifest_version: '1.0',
    mirrors: [
      {
        name: new URL(base).host,
        mirror_type: 'https',
        base_url: base,
        record_pattern: `${base}/pith/{suffix}.json`,
        bundle_pattern: `${base}/pith/{suffix}/bundle.json`,
        alias_index: `${base}/alias-index.json`,
      },
    ],
    notes: 'Built by pith-mirror (pith-explorer). Every record here was verified before it was written; verify it again wherever you read it.',
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
