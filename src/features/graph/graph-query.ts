/**
 * A record's open graph (bundle and merged state, issue 11) as a TanStack Query factory. In the
 * record details' chunk: it is asked for only when the user asks (it needs the network), and it
 * brings the core's graph reader, which the first load does not need.
 */
import { queryOptions } from '@tanstack/react-query';
import { fetchOpenGraph, type GraphAttempt } from '../../core/graph/fetch-open-graph';
import { readOpenGraph, type GraphCopy, type OpenGraphView } from '../../core/graph/open-graph';
import type { MirrorConfig } from '../../core/mirrors/mirror-config';
import { buildKeyring, type UserKeySpec } from '../../core/user-keys';
import type { VerifyReport } from '../../core/verify/report-types';
import { browserIo } from '../mirrors/fetch-with-timeout';
import { verifyDocumentText } from '../verification/verify-client';

export interface OpenGraphResult {
  readonly view: OpenGraphView;
  readonly attempts: readonly GraphAttempt[];
  readonly disagreements: readonly string[];
}

/** The keyring's ids and fingerprints, which event signers are compared with (never a document's). */
function knownKeys(userKeys: readonly UserKeySpec[]) {
  return buildKeyring(userKeys).keyring.list().map((k) => ({ keyId: k.keyId, fingerprintHex: k.fingerprintHex }));
}

/**
 * The bundle and state of `suffix` from the enabled mirrors, the record's own mirror first, read
 * against `record`. The key holds every input the answer depends on: the mirrors (ids and
 * addresses), the keys, and the record's digest and signature.
 */
export function openGraphQuery(suffix: string, record: VerifyReport, mirrors: readonly MirrorConfig[], userKeys: readonly UserKeySpec[], firstMirrorId: string | null) {
  const enabled = mirrors.filter((m) => m.enabled);
  return queryOptions({
    queryKey: ['open-graph', suffix, record.derivation?.sha256Hex ?? null, record.evidence.receipt?.signatureB64 ?? null, enabled.map((m) => `${m.id}=${m.baseUrl}`), userKeys.map((k) => `${k.keyId}=${k.publicKey}`), firstMirrorId],
    queryFn: async ({ signal }): Promise<OpenGraphResult> => {
      const keys = knownKeys(userKeys);
      // Among the mirrors' copies, the one the core's graph checks fault least is shown.
      const rank = (what: 'bundle' | 'state', copy: GraphCopy) => {
        const checks = readOpenGraph(record, { bundle: what === 'bundle' ? copy : null, state: what === 'state' ? copy : null }, keys).checks;
        return -10 * checks.filter((c) => c.status === 'fail').length - checks.filter((c) => c.status === 'warn').length;
      };
      const fetched = await fetchOpenGraph(suffix, {
        rank,
        mirrors: enabled,
        io: browserIo(),
        signal,
        verify: (text) => verifyDocumentText(text, userKeys),
        recordSha256: record.derivation?.sha256Hex ?? null,
        ...(firstMirrorId ? { firstMirrorId } : {}),
      });
      return { view: readOpenGraph(record, fetched, keys), attempts: fetched.attempts, disagreements: fetched.disagreements };
    },
    staleTime: 60_000,
    retry: false,
  });
}

/** One reading per document and keyring: the page's top alert and the panel below show the same view. */
const own = new WeakMap<VerifyReport, { text: string; userKeys: readonly UserKeySpec[]; view: OpenGraphView }>();

/** The open graph of a dropped bundle or state: the document itself, nothing fetched. */
export function ownGraph(record: VerifyReport, text: string, userKeys: readonly UserKeySpec[]): OpenGraphView {
  const cached = own.get(record);
  if (cached && cached.text === text && cached.userKeys === userKeys) return cached.view;
  const self = { text, report: record, source: 'this document' };
  const view = readOpenGraph(record, { bundle: record.kind === 'bundle' ? self : null, state: record.kind === 'state' ? self : null }, knownKeys(userKeys));
  own.set(record, { text, userKeys, view });
  return view;
}
