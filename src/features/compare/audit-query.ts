/**
 * "Check all mirrors" as a TanStack Query factory (issue 11). Here, in the record details' chunk,
 * not beside recordQuery: the audit brings the core's diff and its document layout, which the first
 * load does not need (and, bundled into the first chunk, they ran before the verifier they import).
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { auditMirrors, type AuditReference } from '../../core/mirrors/audit-mirrors';
import type { MirrorConfig } from '../../core/mirrors/mirror-config';
import type { Query } from '../../core/query/parse-query';
import type { UserKeySpec } from '../../core/user-keys';
import { browserIo } from '../mirrors/fetch-with-timeout';
import { cachedIndexes } from '../mirrors/mirror-queries';
import { verifyDocumentText } from '../verification/verify-client';

/**
 * Every enabled mirror asked at once, each copy compared with the reference (the user's own copy
 * when given). The key holds the reference's whole text: two files with one number are two audits.
 */
export function auditQuery(query: Query, mirrors: readonly MirrorConfig[], userKeys: readonly UserKeySpec[], client: QueryClient, reference: AuditReference | null) {
  const suffix = query.type === 'pith' ? query.pith.suffix : query.understood;
  return queryOptions({
    queryKey: ['audit', suffix, mirrors.filter((m) => m.enabled).map((m) => m.id), userKeys.map((k) => `${k.keyId}=${k.publicKey}`), reference?.text ?? null],
    queryFn: ({ signal }) =>
      auditMirrors(query, { mirrors, io: browserIo(), signal, verify: (text) => verifyDocumentText(text, userKeys), ...cachedIndexes(client) }, reference ?? undefined),
    staleTime: 60_000,
    retry: false,
  });
}
