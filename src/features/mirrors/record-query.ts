/**
 * The record lookup as a TanStack Query factory: a deep link's first verdict (first-verdict.ts) and
 * the record page read the same cache entry through it. Apart from mirror-queries.ts, so the resolver
 * is in the lookup's chunk, not the home page's (config/first-load-chunks.ts).
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { MirrorConfig } from '../../core/mirrors/mirror-config';
import type { Query } from '../../core/query/parse-query';
import { resolveRecord } from '../../core/mirrors/resolve-record';
import type { UserKeySpec } from '../../core/user-keys';
import { verifyDocumentText } from '../verification/verify-client';
import { browserIo } from './fetch-with-timeout';
import { cachedIndexes } from './mirror-queries';

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
    // The resolver is in the lookup's chunk, which a deep link fetches with its first verdict (app/boot.ts).
    queryFn: ({ signal }) =>
      resolveRecord(query, { mirrors, io: browserIo(), signal, verify: (text) => verifyDocumentText(text, userKeys), ...cachedIndexes(client) }),
    staleTime: 60_000,
    retry: false,
    // A failed lookup is shown, not made again by the next page that reads it (a deep link's first
    // verdict and then React's page asked every mirror twice); "Try again" and going online refetch.
    retryOnMount: false,
  });
}
