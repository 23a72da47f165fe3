/**
 * Fetching a mirror's alias index (either form, docs/MIRROR-FORMAT.md) and its shards. Apart from
 * the resolver, so a page that only lists a mirror's records (the home page's examples) does not
 * load the resolver with its first screen (issue 10's budget).
 *
 * @module alias-fetch
 */
import { readAliasIndex, readAliasShard, shardUrl, type AliasIndex, type AliasValue } from './alias-index';
import { expandPattern, type MirrorConfig } from './mirror-config';
import { fetchMirrorText, MIRROR_LIMITS, type FetchLimits, type MirrorIo } from './mirror-fetch';

/**
 * An alias index that could not be fetched for a reason of the moment (offline, unreachable, timed
 * out): thrown, not returned as null, so a cache never keeps the failure as "this mirror has no
 * index" and the lookup can say what happened (found by review: offline was cached as "not found").
 */
export class AliasIndexUnavailable extends Error {
  /** As the attempt will name it: the network's failures, or a server error, an answer too large, bytes that are not a document. */
  readonly kind: 'offline' | 'unreachable' | 'timeout' | 'http-error' | 'too-large' | 'bad-json';
  constructor(kind: AliasIndexUnavailable['kind'], message: string) {
    super(message);
    this.name = 'AliasIndexUnavailable';
    this.kind = kind;
  }
}

/** A mirror's alias index as fetched: either form, or why it cannot be read (an unknown version, say). */
export type FetchedAliasIndex = AliasIndex | { readonly form: 'unusable'; readonly reason: string };

async function fetchJson(url: string, io: MirrorIo, limits: FetchLimits, signal: AbortSignal | undefined, what: string): Promise<unknown | null> {
  const got = await fetchMirrorText(url, io, limits, signal);
  if (got.kind === 'offline' || got.kind === 'unreachable' || got.kind === 'timeout') throw new AliasIndexUnavailable(got.kind, got.message);
  if (got.kind === 'not-found') return null;
  if (got.kind === 'aborted') throw new AliasIndexUnavailable('unreachable', `${what}: cancelled`);
  if (got.kind !== 'ok') throw new AliasIndexUnavailable(got.kind === 'bad-bytes' ? 'bad-json' : got.kind, `${what}: ${got.message}`);
  try {
    return JSON.parse(got.text) as unknown;
  } catch {
    throw new AliasIndexUnavailable('bad-json', `${what} is not JSON`);
  }
}

/**
 * A mirror's alias index (single-file or a sharded root, docs/MIRROR-FORMAT.md), null when it has
 * none; throws AliasIndexUnavailable when it could not be asked now.
 */
export async function fetchAliasIndex(mirror: MirrorConfig, io: MirrorIo, limits: FetchLimits = MIRROR_LIMITS, signal?: AbortSignal): Promise<FetchedAliasIndex | null> {
  if (!mirror.aliasIndexUrl) return null;
  const value = await fetchJson(expandPattern(mirror.aliasIndexUrl, mirror), io, limits, signal, 'its alias index');
  if (value === null) return null;
  const index = readAliasIndex(value);
  return index.ok ? index.value : { form: 'unusable', reason: index.error.message };
}

/** A shard is read up to this size (a builder following the layout writes ~15 KB ones). */
export const SHARD_MAX_BYTES = 1024 * 1024;

/** Where a shard of a mirror's sharded index is: beside the root, which may be app-relative (/mirror). */
export function aliasShardUrl(mirror: MirrorConfig, index: Extract<AliasIndex, { form: 'sharded' }>, shard: string, pageHref?: string): string {
  return shardUrl(index.root, new URL(expandPattern(mirror.aliasIndexUrl ?? '', mirror), pageHref).href, shard);
}

/**
 * One shard of a mirror's sharded index: its aliases; throws AliasIndexUnavailable when it could not
 * be asked now, is missing, or serves something else.
 */
export async function fetchAliasShard(mirror: MirrorConfig, index: Extract<AliasIndex, { form: 'sharded' }>, shard: string, io: MirrorIo, limits: FetchLimits = MIRROR_LIMITS, signal?: AbortSignal): Promise<Readonly<Record<string, AliasValue>>> {
  // A shard is ~15 KB by the layout (docs/MIRROR-FORMAT.md §3.2): one of more than 1 MB is not read.
  const capped = { ...limits, maxBytes: Math.min(limits.maxBytes, SHARD_MAX_BYTES) };
  const value = await fetchJson(aliasShardUrl(mirror, index, shard, io.pageHref), io, capped, signal, `its alias shard ${shard}`);
  // Every shard of the layout exists, empty ones too: a missing one is a broken mirror, not "no such key".
  if (value === null) throw new AliasIndexUnavailable('unreachable', `its alias shard ${shard} is missing (HTTP 404): a broken mirror, so this lookup cannot be answered`);
  const aliases = readAliasShard(value, shard);
  if (!aliases.ok) throw new AliasIndexUnavailable('unreachable', `its alias shard ${shard} is not one: ${aliases.error.message}`);
  return aliases.value;
}
