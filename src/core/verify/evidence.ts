/**
 * The evidence a report carries: which canonical record and receipt the checks used (and where),
 * the digest a trusted key signed, the key itself, and the aliases with their check and binding.
 */
import { toHex } from '../bytes';
import type { Subject } from '../documents/subject';
import { deriveAliases } from '../pith/aliases';
import { parsePithNumber, SUFFIX_LENGTH } from '../pith/pith-number';
import type { TrustedKey } from '../keyring';
import { KNOWN_TOP_LEVEL_KEYS } from '../documents/schemas';
import type { Chain } from './bindings';
import type { CheckItem } from './check-types';
import type { ComputedCanonical } from './context';
import type { AliasRow, Evidence, EvidenceKey, ReceiptField } from './report-types';

function keyOf(k: TrustedKey | null): EvidenceKey | null {
  return k ? { keyId: k.keyId, fingerprintHex: k.fingerprintHex, fingerprintB32: k.fingerprintB32, publicKeyHex: toHex(k.publicKey), origin: k.origin, rotatesAt: k.rotatesAt } : null;
}

const RECEIPT_KEYS: readonly string[] = KNOWN_TOP_LEVEL_KEYS.receipt ?? [];

/** Every scalar receipt field as served; only the digest a valid signature covers is signed (FORMAT.md §4). */
function receiptFields(subject: Subject, chain: Chain): ReceiptField[] {
  const r = subject.receipt;
  if (r.state !== 'present') return [];
  // A receipt at the root (a vector, a receipt alone) shares it with other fields: only receipt keys.
  const root = r.path === '(root)';
  return Object.entries(r.value as Record<string, unknown>).flatMap(([key, v]) => {
    if (root && !RECEIPT_KEYS.includes(key)) return [];
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return [];
    const signed = key === 'canonical_sha256' && chain.signedDigest !== null && v === chain.signedDigest;
    return [{ key, path: root ? key : `${r.path}.${key}`, value: String(v), binding: signed ? 'signed' : 'unbound' }];
  });
}

function aliasRows(subject: Subject, chain: Chain, digestSuffix: string | null): AliasRow[] {
  // By path, once: a find per alias made 40,000 aliases take 6 s (hostile review, 2026-12-01).
  const items = new Map<string, CheckItem>();
  for (const x of chain.results.get('aliases')?.items ?? []) if (x.path !== undefined && !items.has(x.path)) items.set(x.path, x);
  if (subject.aliases.state === 'present' && subject.aliases.value.length > 0) {
    return subject.aliases.value.map((a, i) => {
      const path = `${subject.aliases.path}[${i}].alias_value`;
      const item = items.get(path);
      const short = a.alias_kind.startsWith('pith_short_');
      const bound = item?.status === 'pass' && (short ? chain.numberBound : chain.canonicalBound);
      return {
        kind: a.alias_kind,
        value: a.alias_value,
        origin: 'served',
        path,
        status: item?.status ?? null,
        expected: item?.status === 'fail' ? (item.computed ?? null) : null,
        binding: item?.status === 'fail' ? 'contradicted' : bound ? 'hash-bound' : 'unbound',
        note: item?.note ?? null,
      };
    });
  }
  if (subject.canonical.state !== 'present') return [];
  const stated = subject.claimedNumber.state === 'present' ? parsePithNumber(subject.claimedNumber.value) : null;
  const suffix = stated?.ok && stated.value.suffix.length === SUFFIX_LENGTH ? stated.value.suffix : digestSuffix;
  if (!suffix) return [];
  const derived = deriveAliases(subject.canonical.value.source, suffix);
  return Object.entries(derived).map(([kind, value]) => ({
    kind,
    value,
    origin: 'derived',
    path: null,
    status: null,
    expected: null,
    binding: (kind.startsWith('pith_short_') ? chain.numberBound : chain.canonicalBound) ? 'hash-bound' : 'unbound',
    note: 'derived here from the canonical source and the suffix (FORMAT.md §5)',
  }));
}

/** The evidence of one run (see Evidence). */
export function buildEvidence(subject: Subject, computed: ComputedCanonical, chain: Chain, key: TrustedKey | null, digestSuffix: string | null): Evidence {
  const r = subject.receipt;
  return {
    canonical: subject.canonicalRaw ? { path: subject.canonicalRaw.path, sha256Hex: computed.state === 'ok' ? computed.digestHex : null, bound: chain.canonicalBound } : null,
    receipt:
      r.state === 'present'
        ? { path: r.path, keyId: r.value.key_id, signatureB64: r.value.signature_b64, fields: receiptFields(subject, chain) }
        : r.state === 'absent'
          ? null
          : { path: r.path, keyId: null, signatureB64: null, fields: [] },
    signedDigest: chain.signedDigest,
    key: keyOf(key),
    aliases: aliasRows(subject, chain, digestSuffix),
  };
}
