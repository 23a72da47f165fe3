/**
 * `signature`: the receipt's Ed25519 signature (RFC 8032) over the 32 raw bytes of the digest the
 * receipt names, by a key from the trusted keyring (FORMAT.md §4). The key never comes from the
 * document being checked.
 */
import { fromBase64, fromHex } from '../../bytes';
import { verifyEd25519 } from '../../crypto/ed25519';
import type { TrustedKey } from '../../keyring';
import type { CheckItem, CheckOutcome, CheckResult } from '../check-types';
import type { CheckDefinition } from '../check-definition';
import { notUsable, statedDigestHex, wellFormedClaims, type CheckContext } from '../context';
import { B64_SIG, ED25519_SPKI_PREFIX_HEX, HEX64, OPENSSL_BAD, OPENSSL_OK, shellQuote } from '../replay/shell';
import type { ReplayCommand, ReplayInputs } from '../replay/replay-types';
import { CHECK_CATALOG } from '../check-catalog';

/**
 * The digest a receipt's signature is over (FORMAT.md §4): the one the receipt names, else the
 * document's claim, else the recomputed one. One function, so the check and the report's evidence
 * can never disagree on what was signed.
 */
export function signedDigestOf(ctx: Pick<CheckContext, 'subject' | 'computed'>): { hex: string; what: string } | null {
  const r = ctx.subject.receipt;
  if (r.state !== 'present') return null;
  if (r.value.canonical_sha256 !== undefined) return { hex: r.value.canonical_sha256, what: 'the digest the receipt names' };
  const hex = statedDigestHex(ctx);
  if (!hex) return null;
  return { hex, what: wellFormedClaims(ctx.subject).length > 0 ? 'the claimed canonical_sha256' : 'the recomputed digest' };
}

/** The keyring entry the receipt's key_id selects, if any (the document only names it). */
export function signingKeyOf(ctx: Pick<CheckContext, 'subject' | 'keyring'>): TrustedKey | null {
  const r = ctx.subject.receipt;
  return r.state === 'present' ? (ctx.keyring.get(r.value.key_id) ?? null) : null;
}

async function run(ctx: CheckContext): Promise<CheckOutcome> {
  const r = ctx.subject.receipt;
  if (r.state !== 'present') {
    return r.state === 'absent' ? { status: 'skip', code: 'absent', reason: 'No receipt: nothing in this document is signed.' } : { status: 'skip', ...notUsable(r.state, 'receipt', r.path) };
  }
  const receipt = r.value;
  if (receipt.algorithm !== 'ed25519') return { status: 'skip', code: 'unknown-algorithm', reason: `Signature algorithm ${JSON.stringify(receipt.algorithm)} is not one this app knows (only ed25519).`, claimed: receipt.algorithm };
  if (receipt.signed_message !== undefined && receipt.signed_message !== 'canonical_sha256_bytes') {
    return { status: 'skip', code: 'unknown-signed-message', reason: `signed_message ${JSON.stringify(receipt.signed_message)} is not known (only canonical_sha256_bytes), so the signed bytes are unknown.`, claimed: receipt.signed_message };
  }
  const signature = fromBase64(receipt.signature_b64);
  if (!signature || signature.length !== 64) return { status: 'skip', ...notUsable('malformed', 'signature', `${r.path}.signature_b64`) };

  // Whether the signed digest is this record's is the canonical-hash check's job (it compares every
  // claim), so a tampered record fails there and a tampered signature fails here: each break once.
  const digest = signedDigestOf(ctx);
  if (!digest) return { status: 'skip', code: 'no-digest', reason: 'No digest (computed or claimed) to check the signature against.' };
  const key = signingKeyOf(ctx);
  if (!key) {
    return {
      status: 'warn',
      code: 'signer-unknown',
      reason: `Signer unknown: key_id ${JSON.stringify(receipt.key_id)} is not in this app's keyring, so the signature was not checked. Add the key in settings to check it.`,
      claimed: receipt.key_id,
    };
  }
  const items: CheckItem[] = [];
  if (receipt.public_key_fingerprint !== undefined) {
    const same = receipt.public_key_fingerprint === key.fingerprintHex;
    items.push({ label: 'public_key_fingerprint', path: `${r.path}.public_key_fingerprint`, status: same ? 'pass' : 'fail', code: same ? 'match' : 'fingerprint-mismatch', claimed: receipt.public_key_fingerprint, computed: key.fingerprintHex });
  }
  const verdict = await verifyEd25519(signature, fromHex(digest.hex)!, key.publicKey, ctx.backend ? { backend: ctx.backend } : undefined);
  items.push({ label: `Ed25519 verify (${verdict.backend})`, path: `${r.path}.signature_b64`, status: verdict.valid ? 'pass' : 'fail', code: verdict.valid ? 'match' : 'signature-invalid', claimed: 'valid', computed: verdict.valid ? 'valid' : 'invalid' });
  const bad = items.filter((i) => i.status === 'fail');
  if (bad.length === 0) {
    return {
      status: 'pass',
      code: 'match',
      reason: `Valid Ed25519 signature by ${key.keyId} (fingerprint ${key.fingerprintHex}, ${key.origin} key) over ${digest.what}; checked with ${verdict.backend}.`,
      claimed: receipt.key_id,
      computed: 'valid',
      items,
    };
  }
  return {
    status: 'fail',
    code: verdict.valid ? 'fingerprint-mismatch' : 'signature-invalid',
    reason: verdict.valid
      ? `The signature verifies, but ${bad.map((b) => b.label).join(' and ')} does not match.`
      : `The signature does not verify with ${key.keyId} over ${digest.what} (${digest.hex}): the signature or that digest was changed.`,
    claimed: 'valid',
    computed: verdict.valid ? 'valid' : 'invalid',
    items,
  };
}

function replay(check: CheckResult, x: ReplayInputs): ReplayCommand[] {
  if (check.status === 'skip') return [];
  const sig = x.receipt?.signature_b64;
  const digest = [x.receipt?.canonical_sha256, x.claimedSha256, x.computedSha256].find((h): h is string => !!h && HEX64.test(h));
  const key = x.publicKeyHex;
  if (!sig || !B64_SIG.test(sig) || !digest || !key || !HEX64.test(key)) return [];
  const out: ReplayCommand[] = [];
  if (x.fingerprintHex && /^[0-9a-f]{32}$/.test(x.fingerprintHex)) {
    out.push({
      what: "The key's fingerprint: first 16 bytes of SHA-256 of the raw public key (FORMAT.md §4).",
      command: `python3 -c 'import hashlib,sys; print(hashlib.sha256(bytes.fromhex(sys.argv[1])).hexdigest()[:32])' ${key}`,
      expectOutput: x.fingerprintHex,
    });
  }
  out.push(
    { what: 'The signed message: the 32 raw bytes of the digest, not its hex text (FORMAT.md §4).', command: `printf '%s' ${digest} | xxd -r -p > digest.bin`, expectOutput: null },
    { what: 'The 64-byte signature from the receipt (standard base64).', command: `printf '%s' ${shellQuote(sig)} | base64 -d > sig.bin`, expectOutput: null },
    {
      what: 'The raw public key from the trusted keyring, as a PEM SubjectPublicKeyInfo (RFC 8410 prefix + key).',
      command: `{ echo '-----BEGIN PUBLIC KEY-----'; printf '%s' ${ED25519_SPKI_PREFIX_HEX}${key} | xxd -r -p | base64; echo '-----END PUBLIC KEY-----'; } > pith-key.pem`,
      expectOutput: null,
    },
    {
      what: 'Ed25519 verification (RFC 8032) with OpenSSL 3.0 or later (LibreSSL cannot do -rawin).',
      command: 'openssl pkeyutl -verify -pubin -inkey pith-key.pem -rawin -in digest.bin -sigfile sig.bin',
      // OpenSSL prints what this app found: a signature it rejected must be rejected there too.
      expectOutput: check.items?.some((i) => i.code === 'signature-invalid') ? OPENSSL_BAD : OPENSSL_OK,
    },
  );
  return out;
}

export const signatureCheck = {
  ...CHECK_CATALOG['signature'],
  run,
  replay,
} as const satisfies CheckDefinition;
