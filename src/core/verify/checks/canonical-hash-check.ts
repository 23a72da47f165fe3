/**
 * `canonical-hash`: SHA-256 of the Python-canonical JSON of canonical_record (FORMAT.md §2) equals
 * every digest the document claims. A canonical record Python could not turn into bytes, or one
 * holding a float or an integer beyond 2^53 whose hash does not match, is "not checkable" (§2:
 * never silently hashed differently), and then nothing is bound through it.
 */
import { listSome } from '../../text/list-some';
import { toHex } from '../../bytes';
import { sha256Utf8 } from '../../crypto/sha256';
import { canonicalText } from '../../json/canonical-json';
import type { JsonValue } from '../../json/json-value';
import type { CheckCode, CheckItem, CheckOutcome, CheckResult } from '../check-types';
import { rollUp } from '../check-types';
import type { CheckDefinition } from '../check-definition';
import { wellFormedClaims, type CheckContext } from '../context';
import { LOAD_RECORD, pythonIndex, RECORD_FILE } from '../replay/shell';
import type { ReplayCommand, ReplayInputs } from '../replay/replay-types';
import { CHECK_CATALOG } from '../check-catalog';

function run(ctx: CheckContext): CheckOutcome {
  const { subject, computed } = ctx;
  const claims = wellFormedClaims(subject);
  const claimed = claims[0]?.value;
  const withClaim = claimed ? { claimed } : {};
  if (computed.state === 'none') {
    return {
      status: 'skip',
      code: 'absent',
      reason: 'The document holds no canonical record, so its hash cannot be recomputed; the claimed hash is taken on trust.',
      ...withClaim,
    };
  }
  if (computed.state === 'error') {
    return { status: 'skip', code: computed.code, reason: `Not canonically checkable: ${computed.error.message}`, ...withClaim };
  }
  if (claims.length === 0) {
    return { status: 'skip', code: 'no-claim', reason: 'The document claims no canonical_sha256 to compare with; the computed hash is shown.', computed: computed.digestHex };
  }
  // FORMAT.md §2: pith's handling of floats and of integers beyond 2^53 is unknown, so a mismatch on
  // a record holding one proves nothing either way. A match still binds: SHA-256 does not collide.
  const odd: { code: CheckCode; paths: readonly string[]; what: string } | null =
    computed.floatPaths.length > 0
      ? { code: 'float-present', paths: computed.floatPaths, what: 'a float' }
      : computed.bigIntPaths.length > 0
        ? { code: 'integer-too-large', paths: computed.bigIntPaths, what: 'an integer beyond 2^53' }
        : null;
  const items: CheckItem[] = claims.map((claim) => {
    const base = { label: claim.path, path: claim.path, claimed: claim.value, computed: computed.digestHex };
    if (claim.value === computed.digestHex) return { ...base, status: 'pass', code: 'match' };
    if (odd) return { ...base, status: 'skip', code: odd.code, note: `holds ${odd.what} at ${listSome(odd.paths, ', ')}; not canonically checkable` };
    return { ...base, status: 'fail', code: 'digest-mismatch' };
  });
  // Copies of the canonical record (a bundle's record_created events) must be the same record.
  for (const copy of subject.canonicalCopies) items.push(copyItem(copy.path, copy.value, computed.digestHex));
  const status = rollUp(items);
  const failed = items.filter((i) => i.status === 'fail').map((i) => i.label);
  if (status === 'pass') {
    return {
      status,
      code: 'match',
      reason: `SHA-256 of the canonical JSON (${computed.byteLength} bytes) equals the claimed canonical_sha256${claims.length > 1 ? ` in all ${claims.length} places` : ''}.`,
      claimed: claimed!,
      computed: computed.digestHex,
      items,
    };
  }
  if (status === 'skip' && odd) {
    return {
      status,
      code: odd.code,
      reason: `The canonical record holds ${odd.what} (${listSome(odd.paths, ', ')}) and its hash does not match; how pith writes one is unknown (FORMAT.md §2), so this is not canonically checkable.`,
      claimed: claimed!,
      computed: computed.digestHex,
      items,
    };
  }
  return {
    status: 'fail',
    code: 'digest-mismatch',
    reason: `SHA-256 of the canonical record is ${computed.digestHex}, but ${failed.join(' and ')} ${failed.length === 1 ? 'says' : 'say'} otherwise: the canonical record, a copy of it, or a claimed hash was changed.`,
    claimed: claimed!,
    computed: computed.digestHex,
    items,
  };
}

/** One copy of the canonical record, hashed: it must give the same digest as the canonical record. */
function copyItem(path: string, value: JsonValue, digestHex: string): CheckItem {
  const c = canonicalText(value);
  if (!c.ok) return { label: path, path, status: 'skip', code: 'not-canonicalizable', computed: digestHex, note: `a copy of the canonical record that is not canonically checkable: ${c.error.message}` };
  const copyHex = toHex(sha256Utf8(c.value.text).digest);
  return copyHex === digestHex
    ? { label: path, path, status: 'pass', code: 'match', claimed: copyHex, computed: digestHex, note: 'a copy of the canonical record: the same record' }
    : { label: path, path, status: 'fail', code: 'digest-mismatch', claimed: copyHex, computed: digestHex, note: 'a copy of the canonical record that is another record' };
}

function replay(_check: CheckResult, x: ReplayInputs): ReplayCommand[] {
  const index = x.canonicalPath === null ? null : pythonIndex(x.canonicalPath);
  if (index === null || !x.computedSha256) return [];
  return [
    {
      what: `SHA-256 of the canonical JSON of ${x.canonicalPath}, by the pith.science recipe (FORMAT.md §2).`,
      command: `python3 -c 'import json,hashlib,sys; r=${LOAD_RECORD}${index}; print(hashlib.sha256(json.dumps(r,sort_keys=True,separators=(",",":"),ensure_ascii=False).encode()).hexdigest())' ${RECORD_FILE}`,
      expectOutput: x.computedSha256,
    },
  ];
}

export const canonicalHashCheck = {
  ...CHECK_CATALOG['canonical-hash'],
  run,
  replay,
} as const satisfies CheckDefinition;
