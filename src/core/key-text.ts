/**
 * A key as the user types it (settings, `pith-verify --key`), read without any cryptography: a key
 * id of the allowed characters and 32 bytes written as hex or base64. Whether the bytes are a usable
 * Ed25519 point is the keyring's question (keyring.ts, parseUserKey); this module is what the page
 * needs before any verifier has loaded (stored settings are checked with it on every read).
 */
import { fromBase64, fromHex, toHex } from './bytes';
import { err, ok, pithError, type Result } from './errors';

const KEY_ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const HEX64_RE = /^[0-9a-fA-F]{64}$/;

/** 32 bytes from 64 hex characters or 44 characters of padded base64 (RFC 4648 §4). */
export function decodeKeyText(text: string): Result<Uint8Array> {
  const bytes = HEX64_RE.test(text) ? fromHex(text.toLowerCase()) : text.length === 44 ? fromBase64(text) : null;
  if (bytes && bytes.length === 32) return ok(bytes);
  const got = bytes ? `${bytes.length} bytes` : `${text.length} characters${text.length === 44 ? ' that are not valid base64' : ''}`;
  return err(
    pithError(
      'schema',
      `publicKey: expected 32 bytes as 64 hex characters or 44 base64 characters, got ${got}`,
      'publicKey',
    ),
  );
}

/** The key id (trimmed) and the key's 32 bytes, or what is wrong with either. */
export function readKeyText(input: { readonly keyId: string; readonly publicKey: string }): Result<{ keyId: string; bytes: Uint8Array }> {
  const keyId = input.keyId.trim();
  if (!KEY_ID_RE.test(keyId)) {
    return err(
      pithError(
        'schema',
        `keyId: expected 1–128 characters of letters, digits, ".", "_", ":" or "-" (starting with a letter or digit), got ${JSON.stringify(input.keyId)}`,
        'keyId',
      ),
    );
  }
  const decoded = decodeKeyText(input.publicKey.trim());
  return decoded.ok ? ok({ keyId, bytes: decoded.value }) : decoded;
}

/**
 * What a cached verdict depends on in a keyring: every user key as `id=<hex of its bytes>` (the
 * pinned keys are fixed by the build). Query keys include it, so re-adding a key id with other
 * bytes never shows a verdict reached with the old ones; a key typed as hex or as base64 is one key.
 * Read from the key text alone, with no cryptography, so the first screen can build query keys: a
 * key whose bytes the keyring would refuse is listed too, which only ever makes a key more specific.
 */
export function keyringCacheKey(specs: readonly { readonly keyId: string; readonly publicKey: string }[]): string[] {
  return specs
    .map((s) => readKeyText(s))
    .filter((r) => r.ok)
    .map((r) => `${r.value.keyId}=${toHex(r.value.bytes)}`)
    .sort();
}
