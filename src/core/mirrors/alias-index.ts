/**
 * Alias indexes, read and validated: arXiv id, versioned id, DOI or a pith_short_* prefix → suffix (no
 * resolve API is known, FORMAT.md §6, so a mirror publishes its own; the lookup is alias-lookup.ts). Two forms, both at the mirror's
 * `alias-index.json` (docs/MIRROR-FORMAT.md):
 *  - single file (version 1): `{"aliases": {key: suffix}, "records"?: […]}`, fine for a few thousand records;
 *  - sharded (version 2): that URL holds a small root naming the layout, and the aliases live in
 *    shard files chosen by the first hex characters of SHA-256 of the key, so one lookup reads the
 *    root and one shard whatever the corpus size.
 * A root of a version, layout or shard function this code does not know is refused, not guessed.
 *
 * @module alias-index
 */
import { err, ok, pithError, type Result } from '../errors';

/** One record as a mirror lists it for people (examples, titles of suggestions); optional. */
export interface AliasRecordEntry {
  readonly suffix: string;
  readonly pith_number: string;
  readonly title: string | null;
  readonly arxiv: string | null;
  readonly signed?: boolean;
  readonly built?: boolean;
}

/** A key's value: the suffix it names, or every suffix when records share it (a short prefix can). */
export type AliasValue = string | readonly string[];

/** The root of a sharded index (docs/MIRROR-FORMAT.md §3). */
export interface AliasRoot {
  readonly index_type: 'pith_alias_index';
  readonly index_version: 2;
  readonly layout: 'sharded';
  readonly shard_function: 'sha256-hex-prefix';
  /** How many leading hex characters of SHA-256(key) name a key's shard: 1 to 6. */
  readonly shard_prefix_length: number;
  /** Where a shard is, relative to the root's URL, with `{shard}`: e.g. `alias-index/{shard}.json`. */
  readonly shard_path: string;
  readonly entry_count: number;
  readonly generated_at?: string;
  readonly records?: readonly AliasRecordEntry[];
}

export type AliasIndex =
  | { readonly form: 'single'; readonly aliases: Readonly<Record<string, AliasValue>>; readonly records?: readonly AliasRecordEntry[] }
  | { readonly form: 'sharded'; readonly root: AliasRoot; readonly records?: readonly AliasRecordEntry[] };

export type IndexLookup =
  /** `candidates`: the first MAX_CANDIDATES records that claim the key, when several do (an arXiv id: ask each, keep the best). */
  | { readonly found: true; readonly suffix: string; readonly note?: string; readonly candidates?: readonly string[] }
  /** `shared`: the records a short prefix names when several do (the first MAX_SHARED), for the user to pick from. */
  | { readonly found: false; readonly reason: string; readonly shared?: readonly string[] };

/** Reads one key of a mirror's index; undefined when the index does not have it. */
export type AliasReader = (key: string) => Promise<AliasValue | undefined>;

/** A shard's aliases, or null when no shard is read (a capped reader); a missing shard throws (alias-fetch.ts). */
export type ShardReader = (shard: string) => Promise<Readonly<Record<string, AliasValue>> | null>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A 26-character pith suffix (FORMAT.md §1): the only value an alias may map to. */
export function isPithSuffix(v: unknown): v is string {
  return typeof v === 'string' && /^[A-Z2-7]{26}$/.test(v);
}

/** The listed records that are records: an entry that is not is skipped, not trusted to be one. */
function recordsOf(v: unknown): AliasRecordEntry[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.filter((r): r is AliasRecordEntry => isObject(r) && isPithSuffix(r.suffix) && typeof r.pith_number === 'string' && (r.title === null || typeof r.title === 'string') && (r.arxiv === null || typeof r.arxiv === 'string'));
}
const SHARD_PATH = /^(?!\/)(?!.*\.\.)[A-Za-z0-9._/-]*\{shard\}[A-Za-z0-9._/-]*$/;

/** A parsed `alias-index.json` of either form, or why it is not one this code can read. */
export function readAliasIndex(value: unknown): Result<AliasIndex> {
  if (!isObject(value)) return err(pithError('unknown-document', 'an alias index is a JSON object'));
  const records = recordsOf(value.records);
  if (value.index_type === undefined) {
    if (!isObject(value.aliases)) return err(pithError('unknown-document', 'JSON, but not an alias index (no "aliases" object and no "index_type")'));
    return ok({ form: 'single', aliases: value.aliases as Record<string, AliasValue>, ...(records ? { records } : {}) });
  }
  if (value.index_type !== 'pith_alias_index') return err(pithError('unknown-document', `index_type ${JSON.stringify(value.index_type)} is not pith_alias_index`));
  // Fail closed: a layout this code does not know would be read wrong, so it is not read at all.
  if (value.index_version !== 2 || value.layout !== 'sharded' || value.shard_function !== 'sha256-hex-prefix') {
    return err(pithError('unsupported-version', `alias index version ${JSON.stringify(value.index_version)}, layout ${JSON.stringify(value.layout)}, shard function ${JSON.stringify(value.shard_function)}: only version 2, sharded, sha256-hex-prefix is known`));
  }
  const n = value.shard_prefix_length;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 6) return err(pithError('unknown-document', 'shard_prefix_length must be an integer from 1 to 6'));
  if (typeof value.shard_path !== 'string' || !SHARD_PATH.test(value.shard_path)) {
    return err(pithError('unknown-document', 'shard_path must be a relative path holding {shard} (letters, digits, . _ - /; no .., no leading /), so shards stay on the mirror'));
  }
  if (typeof value.entry_count !== 'number' || !Number.isInteger(value.entry_count) || value.entry_count < 0) return err(pithError('unknown-document', 'entry_count must be a whole number'));
  return ok({ form: 'sharded', root: value as unknown as AliasRoot, ...(records ? { records } : {}) });
}

/** A shard file's aliases, or why it is not the shard asked for. */
export function readAliasShard(value: unknown, shard: string): Result<Readonly<Record<string, AliasValue>>> {
  if (!isObject(value) || value.index_type !== 'pith_alias_shard' || value.index_version !== 2) return err(pithError('unknown-document', 'not a version 2 alias shard'));
  if (value.shard !== shard) return err(pithError('unknown-document', `asked for shard ${shard}, got ${JSON.stringify(value.shard)}`));
  if (!isObject(value.aliases)) return err(pithError('unknown-document', 'an alias shard has an "aliases" object'));
  return ok(value.aliases as Record<string, AliasValue>);
}

/** Where a shard of this root is, given the root's own URL. */
export function shardUrl(root: AliasRoot, rootUrl: string, shard: string): string {
  return new URL(root.shard_path.replaceAll('{shard}', shard), rootUrl).href;
}

/**
 * A key reader over an index: the single file's map, or the key's shard (read through `readShard`,
 * which the caller caches). A key found in a shard it does not hash to is ignored: a shard answers
 * only for its own keys.
 */
export function aliasReader(index: AliasIndex, readShard: ShardReader): AliasReader {
  if (index.form === 'single') return (key) => Promise.resolve(Object.hasOwn(index.aliases, key) ? index.aliases[key] : undefined);
  const n = index.root.shard_prefix_length;
  return async (key) => {
    const { shardOf } = await import('./shard-of'); // SHA-256: see shard-of.ts for why not statically
    const aliases = await readShard(shardOf(key, n));
    return aliases && Object.hasOwn(aliases, key) ? aliases[key] : undefined;
  };
}
