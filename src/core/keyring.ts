/**
 * The trusted keyring: the ONLY source of public keys for signature checks. A record being checked
 * never supplies its own key (its `key_id` only selects one from here, and its
 * `public_key_fingerprint` is only compared), because a key taken from the document would let anyone
 * who edits the document also re-sign it (FORMAT.md §4). A `key_id` not in the keyring means
 * "signer unknown", not "invalid".
 *
 * @module keyring
 */
import { equalBytes, fromHex, toHex } from './bytes';
import { base32 } from './crypto/base32';
import { checkEd25519PublicKey } from './crypto/ed25519';
import { sha256 } from './crypto/sha256';
import { err, ok, pithError, type Result } from './errors';
import { readKeyText } from './key-text';

export interface TrustedKey {
  readonly keyId: string;
  readonly algorithm: 'ed25519';
  /** Raw 32-byte Ed25519 public key (RFC 8032 §5.1.5). */
  readonly publicKey: Uint8Array;
  /** First 16 bytes of SHA-256(publicKey), lower-case hex: the receipt's `public_key_fingerprint`. */
  readonly fingerprintHex: string;
  /** First 26 base32 characters of SHA-256(publicKey): the manifest's `fingerprint_sha256_b32_first128bits`. */
  readonly fingerprintB32: string;
  readonly origin: 'pinned' | 'user';
  readonly rotatesAt: string | null;
  readonly note: string;
}

/**
 * FORMAT.md §4. The manifest calls the base32 form "first 128 bits", but 26 characters carry 130 bits
 * (the last character holds 2 bits of the 17th byte); we match the published 26 characters.
 */
export function keyFingerprint(publicKey: Uint8Array): { hex: string; b32: string } {
  const digest = sha256(publicKey);
  return { hex: toHex(digest.subarray(0, 16)), b32: base32(digest).slice(0, 26) };
}

interface PinnedSpec {
  readonly keyId: string;
  readonly publicKeyHex: string;
  /** Written down separately from the key: a build whose key and fingerprint disagree refuses to load. */
  readonly fingerprintHex: string;
  readonly fingerprintB32: string;
  readonly rotatesAt: string | null;
  readonly note: string;
}

/** The keys this build trusts. Each one's fingerprints are checked at load (pinnedKeys), not only the first's. */
export const PINNED_KEY_SPECS: readonly PinnedSpec[] = [
  // pith.science's signing key, from its mirror manifest (tests/fixtures/pith/pith-mirrors.json), FORMAT.md §4.
  {
    keyId: 'pith-v1-2026-05',
    publicKeyHex: 'b2d552b68890857171a78b36a5dccf368a953413288c353f7c9d9d6f94b709b3',
    fingerprintHex: '8d4b5ee74e4693bcd1df2446408b0d54',
    fingerprintB32: 'RVFV5Z2OI2J3ZUO7ERDEBCYNKS',
    rotatesAt: null,
    note: 'pith.science signing key (mirror manifest, https://pith.science/pith-signing-key.json)',
  },
];

/**
 * The trusted keys of a list of specs; throws, naming the key, when any key does not match its
 * written fingerprints or is not a usable Ed25519 key, so a corrupted build verifies nothing
 * against a wrong key. Exported so the test can hold every entry to it.
 */
export function pinnedKeys(specs: readonly PinnedSpec[]): readonly TrustedKey[] {
  const seen = new Set<string>();
  return Object.freeze(
    specs.map((spec) => {
      const publicKey = fromHex(spec.publicKeyHex);
      const fingerprint = publicKey && publicKey.length === 32 ? keyFingerprint(publicKey) : null;
      if (!publicKey || fingerprint?.hex !== spec.fingerprintHex || fingerprint.b32 !== spec.fingerprintB32) {
        throw new Error(`keyring: pinned key ${spec.keyId} does not match its pinned fingerprint; this build is corrupted`);
      }
      if (checkEd25519PublicKey(publicKey) !== 'ok') throw new Error(`keyring: pinned key ${spec.keyId} is not a usable Ed25519 public key`);
      if (seen.has(spec.keyId)) throw new Error(`keyring: key id ${spec.keyId} is pinned twice`);
      seen.add(spec.keyId);
      return Object.freeze({
        keyId: spec.keyId,
        algorithm: 'ed25519' as const,
        publicKey,
        fingerprintHex: fingerprint.hex,
        fingerprintB32: fingerprint.b32,
        origin: 'pinned' as const,
        rotatesAt: spec.rotatesAt,
        note: spec.note,
      });
    }),
  );
}

export const PINNED_KEYS: readonly TrustedKey[] = pinnedKeys(PINNED_KEY_SPECS);

/** Immutable: `with` returns a new keyring, so a check run never sees keys change under it. */
export class Keyring {
  private constructor(private readonly keys: ReadonlyMap<string, TrustedKey>) {}

  /** The keyring of the keys pinned in this build (PINNED_KEY_SPECS): the pith.science signing key. */
  static pinned(): Keyring {
    return new Keyring(new Map(PINNED_KEYS.map((k) => [k.keyId, k])));
  }

  /**
   * Adds a key. Re-adding the same id with the same bytes is a no-op; the same id with other bytes
   * is an error, never a silent replacement (that would let a user key shadow the pinned one).
   */
  with(key: TrustedKey): Result<Keyring> {
    const existing = this.keys.get(key.keyId);
    if (existing) {
      if (equalBytes(existing.publicKey, key.publicKey)) return ok(this);
      return err(
        pithError(
          'schema',
          `keyId: ${JSON.stringify(key.keyId)} is already in the keyring (${existing.origin} key, fingerprint ${existing.fingerprintHex}) with a different public key (fingerprint ${key.fingerprintHex}); choose another key id.`,
          'keyId',
        ),
      );
    }
    return ok(new Keyring(new Map([...this.keys, [key.keyId, key]])));
  }

  /** The key with this id, or undefined: a receipt naming an unknown key id cannot be checked. */
  get(keyId: string): TrustedKey | undefined {
    return this.keys.get(keyId);
  }

  /**
   * The other key ids holding the same public key as this one. Not refused when added (a signer may
   * rename a key), but said in settings: a receipt naming any of them is checked against one key.
   */
  sameKeyAs(keyId: string): string[] {
    const key = this.keys.get(keyId);
    if (!key) return [];
    return [...this.keys.values()].filter((k) => k.keyId !== keyId && equalBytes(k.publicKey, key.publicKey)).map((k) => k.keyId);
  }

  /** Every key, in the order added (pinned first). */
  list(): readonly TrustedKey[] {
    return [...this.keys.values()];
  }
}

/** A key the user pastes in settings: hex (64 characters) or standard padded base64 (44 characters). */
export function parseUserKey(input: { keyId: string; publicKey: string; note?: string }): Result<TrustedKey> {
  const text = readKeyText(input);
  if (!text.ok) return text;
  const { keyId, bytes } = text.value;
  const status = checkEd25519PublicKey(bytes);
  if (status !== 'ok') {
    const why =
      status === 'small-order'
        ? 'it is a small-order point, under which forged signatures verify'
        : 'it is not a canonical encoding of a point on the curve (RFC 8032 §5.1.3)';
    return err(pithError('schema', `publicKey: not a usable Ed25519 public key: ${why}`, 'publicKey'));
  }
  const fingerprint = keyFingerprint(bytes);
  return ok(
    Object.freeze({
      keyId,
      algorithm: 'ed25519',
      publicKey: bytes,
      fingerprintHex: fingerprint.hex,
      fingerprintB32: fingerprint.b32,
      origin: 'user',
      rotatesAt: null,
      note: input.note ?? '',
    }),
  );
}

