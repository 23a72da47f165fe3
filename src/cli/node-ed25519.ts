/**
 * node's own Ed25519 for the CLI: the only file that calls node:crypto's verify. Installed with
 * useNativeEd25519 (src/core/crypto/ed25519.ts, which states the policy and checks each key before
 * this is called) by pith-verify and its --jobs workers.
 *
 * Why: node's WebCrypto verify is the same OpenSSL, but each call is a job on libuv's thread pool and a
 * promise back; profiled in a --jobs 2 worker on the bench's records, that round trip was the largest
 * single cost (15–18 % self time, and the workers sat idle 10–20 % waiting for it).
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { equalBytes, toHex } from '../core/bytes';
import type { NativeEd25519 } from '../core/crypto/ed25519';

/** RFC 8410 §4: the SPKI DER of an Ed25519 public key is this prefix and the 32 raw bytes. */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
/** Keys come from the keyring: a handful. The cap only guards a caller looping over arbitrary keys. */
const KEY_CACHE_MAX = 256;
const keys = new Map<string, KeyObject | null>();
// A run verifies with one key over and over: compare with the last key's bytes (a copy) before hexing.
let last: { readonly bytes: Uint8Array; readonly key: KeyObject | null } | null = null;

function keyObject(publicKey: Uint8Array): KeyObject | null {
  if (last !== null && equalBytes(last.bytes, publicKey)) return last.key;
  const key = keyObjectById(publicKey);
  last = { bytes: publicKey.slice(), key };
  return key;
}

function keyObjectById(publicKey: Uint8Array): KeyObject | null {
  const id = toHex(publicKey);
  let key = keys.get(id);
  if (key === undefined) {
    if (keys.size >= KEY_CACHE_MAX) keys.clear();
    try {
      key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' });
    } catch {
      key = null; // a key OpenSSL refuses verifies nothing: "invalid", not a crash
    }
    keys.set(id, key);
  }
  return key;
}

/** Synchronous verify with node:crypto (OpenSSL); any refusal is "invalid". */
export const nodeEd25519: NativeEd25519 = (signature, message, publicKey) => {
  const key = keyObject(publicKey);
  if (key === null) return false;
  try {
    return verify(null, message, key, signature);
  } catch {
    return false;
  }
};
