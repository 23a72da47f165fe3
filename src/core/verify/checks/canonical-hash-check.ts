/**
 * `canonical-hash`: SHA-256 of the Python-canonical JSON of canonical_record
 * (FORMAT.md §2) equals every digest the document claims.
 */
import type { CheckItem, CheckResult } from '../check-types';
import { rollUp } from '../check-types';
import { wellFormedClaims, type CheckContext } from '../context';

export function canonicalHashCheck(ctx: CheckContext): CheckResult {
  const { subject, computed } = ctx;
  const claims = wellFormedClaims(subject);
  const expected = claims[0]?.value;
  if (computed.state === 'none') {
    return {
      id: 'canonical-hash',
      status: 'skip',
      reason: 'The document holds no canonical record, so its hash cannot be recomputed; the claimed hash is taken on trust.',
      ...(expected ? { expected } : {}),
    };
  }
  if (computed.state === 'error') {
    return { id: 'canonical-hash', status: 'skip', reason: `Not canonically checkable: ${computed.error.message}`, ...(expected ? { expected } : {}) };
  }
  if (claims.length === 0) {
    return {
      id: 'canonical-hash',
      status: 'skip',
      reason: 'The document claims no canonical_sha256 to compare with; the computed hash is shown.',
      computed: computed.digestHex,
    };
  }
  const floats = computed.floatPaths;
  const items: CheckItem[] = claims.map((claim) => {
    if (claim.value === computed.digestHex) return { label: claim.path, status: 'pass', expected: claim.value, computed: computed.digestHex };
    // FORMAT.md §2: pith's handling of floats is unknown, so a mismatch on a record with floats proves nothing.
    if (floats.length > 0) {
      return { label: claim.path, status: 'skip', expected: claim.value, computed: computed.digestHex, note: `holds a float at ${floats.join(', ')}; not canonically checkable` };
    }
    return { label: claim.path, status: 'fail', expected: claim.value, computed: computed.digestHex };
  });
  const status = rollUp(items);
  const failed = items.filter((i) => i.status === 'fail').map((i) => i.label);
  const reason =
    status === 'pass'
      ? `SHA-256 of the canonical JSON (${computed.byteLength} bytes) equals the claimed canonical_sha256${claims.length > 1 ? ` in all ${claims.length} places` : ''}.`
      : status === 'skip'
        ? `The canonical record holds a float (${floats.join(', ')}) and its hash does not match; pith's float formatting is unknown, so this is not canonically checkable.`
        : `SHA-256 of the canonical record is ${computed.digestHex}, but ${failed.join(' and ')} claim${failed.length === 1 ? 's' : ''} otherwise: the canonical record or its claimed hash was changed.`;
  return { id: 'canonical-hash', status, reason, expected: expected!, computed: computed.digestHex, items };
}
