/**
 * TanStack Query factories (queryOptions, TkDodo style) of the mirrors' alias indexes: the home page's
 * examples, near misses and the resolver read through these, never fetching in effects. The record
 * lookup itself is record-query.ts, which the home page does not load.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { MirrorConfig } from '../../core/mirrors/mirror-config';
import { aliasReader, type AliasIndex, type AliasReader, type AliasRecordEntry } from '../../core/mirrors/alias-index';
import { fetchAliasIndex, fetchAliasShard, type FetchedAliasIndex } from '../../core/mirrors/alias-fetch';
import { browserIo } from './fetch-with-timeout';

export function aliasIndexQuery(mirror: MirrorConfig) {
  return queryOptions({
    queryKey: ['alias-index', mirror.id, mirror.aliasIndexUrl, mirror.baseUrl],
    // Throws AliasIndexUnavailable offline or when unreachable, so that is never cached as "no index".
    queryFn: ({ signal }) => fetchAliasIndex(mirror, browserIo(), undefined, signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

type Sharded = Extract<AliasIndex, { form: 'sharded' }>;

/** One shard of a sharded alias index (docs/MIRROR-FORMAT.md), cached like the root. */
export function aliasShardQuery(mirror: MirrorConfig, index: Sharded, shard: string) {
  return queryOptions({
    queryKey: ['alias-shard', mirror.id, mirror.aliasIndexUrl, mirror.baseUrl, index.root.shard_path, shard],
    queryFn: ({ signal }) => fetchAliasShard(mirror, index, shard, browserIo(), undefined, signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** A key reader over a mirror's index whose shards go through the query cache. */
export function cachedAliasReader(client: QueryClient, mirror: MirrorConfig, index: FetchedAliasIndex | null | undefined): AliasReader | null {
  if (!index || index.form === 'unusable') return null;
  return aliasReader(index, (shard) => (index.form === 'sharded' ? client.fetchQuery(aliasShardQuery(mirror, index, shard)) : Promise.resolve(null)));
}

/** The resolver's index and shard readers, through the query cache (shared by every lookup). */
export function cachedIndexes(client: QueryClient) {
  return {
    aliasIndex: (m: MirrorConfig) => client.fetchQuery(aliasIndexQuery(m)),
    aliasShard: (m: MirrorConfig, index: Sharded, shard: string) => client.fetchQuery(aliasShardQuery(m, index, shard)),
  };
}

/** The records an index lists for people (examples, suggestion titles); none when it lists none. */
export function recordsOf(index: FetchedAliasIndex | null | undefined): readonly AliasRecordEntry[] {
  return index && index.form !== 'unusable' ? (index.records ?? []) : [];
}

/** At most this many shards are read to mark which citing papers a sharded mirror has: a nicety, not a lookup. */
export const KNOWN_ARXIV_SHARD_CAP = 16;

/**
 * Which of `ids` (arXiv ids, no version) a mirror's index knows. With `cachedOnly` (a record from a
 * file: nothing is fetched), only the index and shards already loaded are read.
 */
export function knownArxivQuery(client: QueryClient, mirror: MirrorConfig, ids: readonly string[], cachedOnly: boolean) {
  return queryOptions({
    queryKey: ['known-arxiv', mirror.id, mirror.aliasIndexUrl, mirror.baseUrl, ids, cachedOnly],
    queryFn: async (): Promise<string[]> => {
      const index = cachedOnly ? client.getQueryData(aliasIndexQuery(mirror).queryKey) : await client.fetchQuery(aliasIndexQuery(mirror));
      if (!index || index.form === 'unusable') return [];
      if (index.form === 'single') return ids.filter((id) => Object.hasOwn(index.aliases, `arxiv:${id}`));
      const shards = new Set<string>();
      const read = aliasReader(index, async (shard) => {
        if (!shards.has(shard) && shards.size >= KNOWN_ARXIV_SHARD_CAP) return null;
        shards.add(shard);
        const q = aliasShardQuery(mirror, index, shard);
        return cachedOnly ? (client.getQueryData(q.queryKey) ?? null) : client.fetchQuery(q);
      });
      const hits = await Promise.all(ids.map(async (id) => ((await read(`arxiv:${id}`)) !== undefined ? id : null)));
      return hits.filter((id): id is string => id !== null);
    },
    staleTime: 5 * 60_000,
    retry: false,
  });
}
