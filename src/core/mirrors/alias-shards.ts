/**
 * Writing a sharded alias index (docs/MIRROR-FORMAT.md §3): which keys a record has, how many hex
 * characters name a shard for a corpus of a given size, and the exact bytes of a root and a shard.
 * Pure and deterministic (sorted keys, no clock unless given), so a rebuild from the same inputs
 * gives the same files; the streaming and the files are the CLI's (src/cli/mirror-build.ts).
 *
 * @module alias-shards
 */
import { deriveAliases, type ArxivSource } from '../pith/aliases';
import type { AliasRecordEntry, AliasRoot, AliasValue } from './alias-index';

/** A shard holds about this many keys on average: ~60 bytes each, so ~15 KB, far under the 1 MB a reader accepts (SHARD_MAX_BYTES) and the 64 KB the bench holds a lookup to. */
export const SHARD_TARGET_ENTRIES = 256;
/** How many records a root lists for people (examples, titles); a large mirror lists the first by suffix. */
export const ROOT_RECORDS_MAX = 100;
/** Where shards live, relative to the root. */
export const SHARD_PATH = 'alias-index/{shard}.json';

/** The fewest hex characters (1 to 6) that keep the average shard at or under SHARD_TARGET_ENTRIES keys. */
export function shardPrefixLength(entryCount: number): number {
  let n = 1;
  while (n < 6 && entryCount / 16 ** n > SHARD_TARGET_ENTRIES) n++;
  return n;
}

/** Every shard name of a prefix length, in order: '0'…'f', '00'…'ff', … */
export function shardNames(length: number): string[] {
  return Array.from({ length: 16 ** length }, (_, i) => i.toString(16).padStart(length, '0'));
}

/**
 * The alias keys of a record (FORMAT.md §5): the short numbers from its suffix, and, when its
 * canonical source is known and hash-bound, its arXiv id, versioned id and DOI.
 */
export function recordAliasKeys(suffix: string, source: ArxivSource | null): string[] {
  const keys = [`pith_short_8:${suffix.slice(0, 8)}`, `pith_short_12:${suffix.slice(0, 12)}`, `pith_short_16:${suffix.slice(0, 16)}`];
  if (source) {
    const a = deriveAliases(source, suffix);
    keys.push(`arxiv:${a.arxiv}`, `arxiv_version:${a.arxiv_version}`, `doi:${a.doi.toLowerCase()}`);
  }
  return keys;
}

/** A key's value from the suffixes that claim it: the one suffix, or all of them sorted when several do. */
export function aliasValue(suffixes: ReadonlySet<string>): AliasValue {
  const sorted = [...suffixes].sort();
  return sorted.length === 1 ? sorted[0]! : sorted;
}

/** The text of one shard file: its keys sorted, one per line, so diffs between builds stay readable. */
export function shardText(shard: string, aliases: ReadonlyMap<string, ReadonlySet<string>>): string {
  const keys = [...aliases.keys()].sort();
  const body = keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(aliasValue(aliases.get(k)!))}`).join(',\n');
  return `{"index_type":"pith_alias_shard","index_version":2,"shard":${JSON.stringify(shard)},"aliases":{${body ? `\n${body}\n` : ''}}}\n`;
}

/** The text of the root file. */
export function rootText(options: { prefixLength: number; entryCount: number; records: readonly AliasRecordEntry[]; generatedAt?: string }): string {
  const root: AliasRoot = {
    index_type: 'pith_alias_index',
    index_version: 2,
    layout: 'sharded',
    shard_function: 'sha256-hex-prefix',
    shard_prefix_length: options.prefixLength,
    shard_path: SHARD_PATH,
    entry_count: options.entryCount,
    ...(options.generatedAt ? { generated_at: options.generatedAt } : {}),
    records: [...options.records].sort((a, b) => (a.suffix < b.suffix ? -1 : a.suffix > b.suffix ? 1 : 0)).slice(0, ROOT_RECORDS_MAX),
  };
  return `${JSON.stringify(root, null, 1)}\n`;
}
