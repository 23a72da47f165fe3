/**
 * pith-mirror build --out DIR [--base-url URL] [--key KEY_ID=PUBLIC_KEY]… INPUT…
 *
 * Turns records and bundles (JSON files, JSON arrays, JSON Lines dumps of any size, directories, or
 * - for JSON Lines on stdin) into a static mirror tree (docs/MIRROR-FORMAT.md): records at
 * pith/<SUFFIX>.json, bundles at pith/<SUFFIX>/bundle.json, the sharded alias index, and with
 * --base-url a pith-mirrors.json manifest. Every input is verified with the core first; an invalid
 * one, or one that is not a record or bundle, is refused and reported, never written. Adding to an
 * existing tree keeps what is there (its index is read back in); the same inputs give the same
 * bytes. JSON Lines are read line by line, so memory stays bounded.
 *
 * Exit codes: 1 when an input was refused (the rest are written); 2 on a usage error or when
 * nothing could be read; else 0.
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { decodeInput } from '../core/documents/decode-input';
import { splitDocuments } from '../core/documents/split-documents';
import type { Keyring } from '../core/keyring';
import { readAliasIndex, readAliasShard } from '../core/mirrors/alias-index';
import { recordAliasKeys, shardNames } from '../core/mirrors/alias-shards';
import { serializeJson } from '../core/json/serialize-json';
import { isBound } from '../core/verify/fields';
import { verifyDocument } from '../core/verify/verify-document';
import type { JsonValue } from '../core/json/json-value';
import { AliasIndexWriter, type IndexStats } from './alias-index-writer';

export const BUILD_USAGE = `usage: pith-mirror build --out DIR [--base-url URL] [--key KEY_ID=PUBLIC_KEY]... INPUT...
  INPUT       a record or bundle .json (one document or an array), a .jsonl dump, a directory
              (searched recursively), or - for JSON Lines on stdin
  --out       the mirror tree to write or add to
  --base-url  where the tree will be served; writes pith-mirrors.json naming it
exit: 1 an input was refused (invalid, or not a record or bundle; the rest are written);
      else 2 on a usage error or when nothing could be read; else 0`;

export interface BuildReport {
  readonly written: number;
  readonly unchanged: number;
  readonly refused: readonly { readonly input: string; readonly reason: string }[];
  readonly index: IndexStats;
}

interface Doc {
  readonly input: string;
  readonly text: string;
  readonly value?: JsonValue;
  readonly error?: string;
}

async function* documents(path: string): AsyncGenerator<Doc> {
  if (path === '-' || /\.jsonl$/i.test(path)) {
    const lines = createInterface({ input: path === '-' ? process.stdin : createReadStream(path), crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      yield* fromText(`${path}:${n}`, line);
    }
    return;
  }
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) {
      const child = join(path, name);
      if (statSync(child).isDirectory() || /\.jsonl?$/i.test(name)) yield* documents(child);
    }
    return;
  }
  const decoded = decodeInput(readFileSync(path));
  if (!decoded.ok) return yield { input: path, text: '', error: decoded.error.message };
  yield* fromText(path, decoded.value);
}

function* fromText(input: string, text: string): Generator<Doc> {
  const slots = splitDocuments(text);
  for (const slot of slots) {
    const name = slot.index === null ? input : `${input}#${slot.index}`;
    if (slot.error || slot.value === undefined) yield { input: name, text: '', error: slot.error?.message ?? 'empty' };
    // One document is written as it came, byte for byte; an array's entries, losslessly re-serialised.
    else yield { input: name, text: slots.length === 1 && slot.index === null ? text : `${serializeJson(slot.value)}\n`, value: slot.value };
  }
}

/** Reads an existing tree's index back in, so a build adds to it instead of replacing it. */
function readExisting(out: string, writer: AliasIndexWriter): void {
  const rootPath = join(out, 'alias-index.json');
  if (!existsSync(rootPath)) return;
  const index = readAliasIndex(JSON.parse(readFileSync(rootPath, 'utf8')) as unknown);
  if (!index.ok) throw new Error(`${rootPath}: ${index.error.message}; refusing to add to an index this tool cannot read`);
  for (const r of index.value.records ?? []) writer.addRecord(r);
  const add = (aliases: Readonly<Record<string, string | readonly string[]>>) => {
    for (const [key, v] of Object.entries(aliases)) for (const suffix of typeof v === 'string' ? [v] : v) writer.add(key, suffix);
  };
  if (index.value.form === 'single') return add(index.value.aliases);
  for (const shard of shardNames(index.value.root.shard_prefix_length)) {
    const path = join(out, index.value.root.shard_path.replace('{shard}', shard));
    const aliases = readAliasShard(JSON.parse(readFileSync(path, 'utf8')) as unknown, shard);
    if (!aliases.ok) throw new Error(`${path}: ${aliases.error.message}`);
    add(aliases.value);
  }
}

/** Builds or extends the tree at `out` from `inputs`; see the module comment. */
export async function buildMirror(inputs: readonly string[], out: string, keyring: Keyring, options: { baseUrl?: string } = {}): Promise<BuildReport> {
  const writer = new AliasIndexWriter();
  mkdirSync(join(out, 'pith'), { recursive: true });
  readExisting(out, writer);
  const refused: { input: string; reason: string }[] = [];
  let written = 0;
  let unchanged = 0;
  for (const path of inputs) {
    for await (const doc of documents(path)) {
      if (doc.error !== undefined || doc.value === undefined) {
        refused.push({ input: doc.input, reason: doc.error ?? 'unreadable' });
        continue;
      }
      const r = await verifyDocument(doc.value, { keyring, detail: true });
      if ('code' in r) {
        refused.push({ input: doc.input, reason: r.message });
        continue;
      }
      if (r.kind !== 'record' && r.kind !== 'bundle') {
        refused.push({ input: doc.input, reason: `a ${r.kindLabel}, not a record or bundle` });
        continue;
      }
      if (r.verdict === 'invalid') {
        refused.push({ input: doc.input, reason: `invalid: ${r.checks.filter((c) => c.status === 'fail').map((c) => `${c.id} (${c.code})`).join(', ')}` });
        continue;
      }
      const number = r.computedPithNumber ?? r.claimedPithNumber;
      const suffix = number?.split(':').pop();
      if (!number || !suffix || suffix.length !== 26) {
        refused.push({ input: doc.input, reason: 'no full pith number to file it under' });
        continue;
      }
      const file = join(out, 'pith', r.kind === 'bundle' ? join(suffix, 'bundle.json') : `${suffix}.json`);
      if (existsSync(file) && readFileSync(file, 'utf8') === doc.text) unchanged++;
      else {
        mkdirSync(join(file, '..'), { recursive: true });
        writeFileSync(file, doc.text);
        written++;
      }
      // The arXiv keys only from a source the number stands for: bound by a check, or read from the
      // canonical record this number was computed from here (then the key → suffix mapping checks
      // itself: following it leads to a record whose number hashes that very source).
      const f = r.fields.source;
      const fromHashed = f !== undefined && r.derivation !== null && r.computedPithNumber?.endsWith(suffix) === true && f.path.endsWith('canonical_record.source');
      const source = f && (isBound(f.binding) || fromHashed) ? f.value : null;
      for (const key of recordAliasKeys(suffix, source)) writer.add(key, suffix);
      writer.addRecord({ suffix, pith_number: number, title: r.title, arxiv: source ? `${source.id}v${source.version}` : null, signed: r.evidence.receipt !== null, built: r.detail?.provenance?.built ?? false });
    }
  }
  const index = writer.finish(out);
  if (options.baseUrl) writeFileSync(join(out, 'pith-mirrors.json'), manifestText(options.baseUrl));
  return { written, unchanged, refused, index };
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
