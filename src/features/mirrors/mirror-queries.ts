/**
 * TanStack Query factories (queryOptions, TkDodo style): the record page and
 * the examples read through these, never fetching in effects.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { MirrorConfig } from '../../core/mirrors/mirror-config';
import { fetchAliasIndex, resolveRecord } from '../../core/mirrors/resolve-record';
import type { Query } from '../../core/query/parse-query';
import type { UserKeySpec } from '../../core/user-keys';
import { verifyDocumentText } from '../verification/verify-client';
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
    queryFn: ({ signal }) =>
      resolveRecord(query, { mirrors, io: browserIo(), signal, verify: (text) => verifyDocumentText(text, userKeys), aliasIndex: (m) => client.fetchQuery(aliasIndexQuery(m)) }),
    staleTime: 60_000,
    retry: false,
  });
}

