/**
 * TanStack Query factories (queryOptions, TkDodo style): the record page and
 * the examples read through these, never fetching in effects.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { AliasIndex } from '../../core/mirrors/alias-index';
import { expandPattern, type MirrorConfig } from '../../core/mirrors/mirror-config';
import type { Query } from '../../core/query/parse-query';
import type { UserKeySpec } from '../../core/user-keys';
import { fetchText } from './fetch-with-timeout';
import { AliasIndexUnavailable, resolveRecord } from './resolve-record';

export function aliasIndexQuery(mirror: MirrorConfig) {
  return queryOptions({
    queryKey: ['alias-index', mirror.id, mirror.aliasIndexUrl, mirror.baseUrl],
    queryFn: async ({ signal }): Promise<AliasIndex | null> => {
      if (!mirror.aliasIndexUrl) return null;
      const got = await fetchText(expandPattern(mirror.aliasIndexUrl, mirror), signal);
      if (got.kind === 'offline' || got.kind === 'unreachable' || got.kind === 'timeout') throw new AliasIndexUnavailable(got.kind, got.message);
      if (got.kind !== 'ok') return null;
      try {
        const parsed = JSON.parse(got.text) as AliasIndex;
        return typeof parsed === 'object' && parsed && typeof parsed.aliases === 'object' ? parsed : null;
      } catch {
        return null;
      }
    },
    staleTime: 5 * 60_000,
    retry: false,
  });
}

function queryKeyOf(q: Query): string {
  switch (q.type) {
    case 'pith':
      return `pith:${q.pith.suffix}`;
    case 'arxiv':
      return `arxiv:${q.id}${q.version ? `v${q.version}` : ''}`;
    case 'doi':
      return `doi:${q.doi.toLowerCase()}`;
  }
}

export function recordQuery(query: Query, mirrors: readonly MirrorConfig[], userKeys: readonly UserKeySpec[], client: QueryClient) {
  return queryOptions({
    queryKey: ['record', queryKeyOf(query), mirrors.filter((m) => m.enabled).map((m) => m.id), userKeys.map((k) => `${k.keyId}=${k.publicKey}`)],
    queryFn: ({ signal }) => resolveRecord(query, { mirrors, userKeys, signal, aliasIndex: (m) => client.fetchQuery(aliasIndexQuery(m)) }),
    staleTime: 60_000,
    retry: false,
  });
}
