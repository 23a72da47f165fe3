/**
 * `signature`: the receipt's Ed25519 signature (RFC 8032) over the 32 raw
 * bytes of the digest the receipt names, by a key from the trusted keyring
 * (FORMAT.md §4).
 * The key never comes from the document being checked.
 */
import { fromBase64, fromHex } from '../../bytes';
import { verifyEd25519 } from '../../crypto/ed25519';
import type { CheckItem, CheckResult } from '../check-types';
import { skipReasonFor, statedDigestHex, wellFormedClaims, type CheckContext } from '../context';

export async function signatureCheck(ctx: CheckContext): Promise<CheckResult> {
  const { subject, keyring } = ctx;
  const r = subject.receipt;
  if (r.state !== 'present') {
    return { id: 'signature', status: 'skip', reason: r.state === 'absent' ? 'No receipt: nothing in this document is signed.' : skipReasonFor(r.state, 'receipt', r.path) };
  }
  const receipt = r.value;
  if (receipt.algorithm !== 'ed25519') return { id: 'signature', status: 'skip', reason: `Signature algorithm ${JSON.stringify(receipt.algorithm)} is not one this app knows (only ed25519).` };
  if (receipt.signed_message !== undefined && receipt.signed_message !== 'canonical_sha256_bytes') {
    return { id: 'signature', status: 'skip', reason: `signed_message ${JSON.stringify(receipt.signed_message)} is not known (only canonical_sha256_bytes), so the signed bytes are unknown.` };
  }
  const signature = fromBase64(receipt.signature_b64);
  if (!signature || signature.length !== 64) return { id: 'signature', status: 'skip', reason: skipReasonFor('malformed', 'signature', `${r.path}.signature_b64`) };

  // The signed message is the digest the receipt names (FORMAT.md §4). Whether that digest is this
  // record's is the canonical-hash check's job (it compares every claim), so a tampered record fails
  // there and a tampered signature fails here: each break is reported once, where it is.
  const digestHex = receipt.canonical_sha256 ?? statedDigestHex(ctx);
  const on = receipt.canonical_sha256 !== undefined ? 'the digest the receipt names' : wellFormedClaims(subject).length > 0 ? 'the claimed canonical_sha256' : 'the recomputed digest';
  if (!digestHex) return { id: 'signature', status: 'skip', reason: 'No digest (computed or claimed) to check the signature against.' };
  const key = keyring.get(receipt.key_id);
  if (!key) {
    return {
      id: 'signature',
      status: 'warn',
      reason: `Signer unknown: key_id ${JSON.stringify(receipt.key_id)} is not in this app's keyring, so the signature was not checked. Add the key in settings to check it.`,
      expected: receipt.key_id,
    };
  }
  const items: CheckItem[] = [];
  if (receipt.public_key_fingerprint !== undefined) {
    const same = receipt.public_key_fingerprint === key.fingerprintHex;
    items.push({ label: 'public_key_fingerprint', status: same ? 'pass' : 'fail', expected: receipt.public_key_fingerprint, computed: key.fingerprintHex });
  }
  const verdict = await verifyEd25519(signature, fromHex(digestHex)!, key.publicKey, ctx.backend ? { backend: ctx.backend } : undefined);
  items.push({ label: `Ed25519 verify (${verdict.backend})`, status: verdict.valid ? 'pass' : 'fail', expected: 'valid', computed: verdict.valid ? 'valid' : 'invalid' });
  const bad = items.filter((i) => i.status === 'fail');
  if (bad.length === 0) {
    return {
      id: 'signature',
      status: 'pass',
      reason: `Valid Ed25519 signature by ${key.keyId} (fingerprint ${key.fingerprintHex}, ${key.origin} key) over ${on}; checked with ${verdict.backend}.`,
      expected: key.keyId,
      computed: 'valid',
      items,
    };
  }
  return {
    id: 'signature',
    status: 'fail',
    reason: verdict.valid
      ? `The signature verifies, but ${bad.map((b) => b.label).join(' and ')} does not match.`
      : `The signature does not verify with ${key.keyId} over ${on} (${digestHex}): the signature or that digest was changed.`,
    expected: 'valid',
    computed: verdict.valid ? 'valid' : 'invalid',
    items,
  };
}
