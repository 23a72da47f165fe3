/**
 * Ed25519 adapter: with ed25519-noble.ts, the noble half it loads on first need, the only file that
 * imports @noble/ed25519 or calls WebCrypto Ed25519.
 *
 * Policy — strict RFC 8032 §5.1.7, NOT ZIP-215, the same for both backends:
 *  - S must be canonical, 0 ≤ S < L (§5.1.7 step 1; §8.4 malleability).
 *  - A and R must be canonical encodings: y < p, and no x = 0 with the sign bit set (§5.1.3).
 *  - Cofactorless equation [S]B = R + [k]A, checked by comparing the encoding of [S]B − [k]A with the
 *    signature's R bytes (§5.1.7 step 3 permits it; node's WebCrypto (OpenSSL) does this, and
 *    Chromium 156's rejected the same mixed-order R test signatures, so it behaves alike).
 *  - Small-order public keys are rejected, as libsodium and noble's strict branch do.
 *  - A signature that is not 64 bytes is invalid, not an error: §5.1.7 step 1 says a failed decoding
 *    makes the signature invalid, and signature bytes come from the record being checked.
 *    A public key that is not 32 bytes, or a non-Uint8Array argument, is a caller bug and throws a
 *    TypeError naming the argument: keys come only from the keyring, which validates them
 *    (src/core/keyring.ts), and the checks layer validates lengths before calling.
 *
 * Which keys: ed25519-key.ts decides, with plain bigint arithmetic (RFC 8032 §5.1.3 decoding and the 8
 * small-order encodings), so that no backend needs noble for it; noble itself is imported only when
 * its backend is first used (loadNobleEd25519), which in a browser is where WebCrypto lacks Ed25519:
 * the page, the workers and `<pith-badge>` do not download it otherwise (issues 10 and 12).
 *
 * Backends: a host's own synchronous verify when one is installed (useNativeEd25519: the CLI installs
 * node's crypto.verify, src/cli/node-ed25519.ts, the same OpenSSL as node's WebCrypto without its
 * thread-pool round trip); else WebCrypto `Ed25519` where the runtime has it (native, fast); otherwise
 * @noble/ed25519's point arithmetic with @noble/hashes' synchronous SHA-512, so the fallback works with
 * no WebCrypto at all. Measured on node 20 / OpenSSL 3.0, neither library's verify alone
 * matches the policy, and Wycheproof's 151 vectors cannot tell the difference:
 *  - OpenSSL accepts signatures under small-order keys (A = identity, R = identity, S = 0 verifies
 *    for every message) and decodes non-canonical key encodings (y ≥ p; x = 0 with the sign bit)
 *    instead of refusing them. So both paths first check the key itself (strict decoding, not small
 *    order), once per key; that also makes the WebCrypto path independent of an engine's leniency
 *    about A.
 *  - noble's `verify` with `zip215: false` checks the cofactored equation [8][S]B = [8]R + [8][k]A,
 *    so it accepts an R (or A) carrying a small-order component that OpenSSL rejects; its default
 *    (ZIP-215) is laxer still. So the noble path does not call noble's `verify`: it evaluates the
 *    cofactorless equation above with noble's strict point decoding (`Point.fromBytes(…, false)`) and
 *    arithmetic. Both backends then give the same answer on every input we have tried
 *    (ed25519.test.ts: Wycheproof, random, bit flips, S + L, small-order and mixed-order points).
 */
import type * as NobleHalf from './ed25519-noble';
import { assertBytes, equalBytes, fromHex, toHex } from '../bytes';
import { ed25519KeyStatus, littleEndian, type Ed25519KeyStatus } from './ed25519-key';

export type { Ed25519KeyStatus };

type Point = InstanceType<typeof NobleHalf.Point>;
/** The group order L = 2^252 + 27742317777372353535851937790883648493 (RFC 8032 §5.1). */
const L = (1n << 252n) + 27742317777372353535851937790883648493n;

let noble: typeof NobleHalf | null = null;
let nobleLoading: Promise<void> | undefined;

/**
 * Imports @noble/ed25519 and @noble/hashes' SHA-512 for the noble backend, once per realm. verifyEd25519
 * calls it when it needs noble; verifyEd25519Noble, which is synchronous, needs it to have settled.
 */
export function loadNobleEd25519(): Promise<void> {
  nobleLoading ??= import('./ed25519-noble').then((half) => {
    noble = half;
  });
  return nobleLoading;
}

export type Ed25519Backend = 'native' | 'webcrypto' | 'noble';

/**
 * A host's synchronous Ed25519 verify over (signature, message, 32-byte public key). It is called only
 * with a 64-byte signature and a key that passed this adapter's own key check (strict decoding, not
 * small order), so the policy above holds whatever the host's leniency about A; it must be cofactorless
 * and refuse a non-canonical S, as OpenSSL is (ed25519.test.ts holds node's to the other two backends).
 */
export type NativeEd25519 = (signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array) => boolean;

let native: NativeEd25519 | null = null;

/**
 * Installs the host's own verify as the default backend for this realm (null: none; the CLI: node's
 * crypto.verify). In the CLI's --jobs workers it ran the bench's records 1.3× as fast as node's
 * WebCrypto, whose every verify is a job on libuv's thread pool and a promise back
 * (docs/performance-log.md, 2026-12-01).
 */
export function useNativeEd25519(verify: NativeEd25519 | null): void {
  native = verify;
}

export interface Ed25519Verdict {
  readonly valid: boolean;
  readonly backend: Ed25519Backend;
}

interface KeyEntry {
  readonly status: Ed25519KeyStatus;
  /** Decoded A, for the noble path, on its first use there; only ever set when status is 'ok'. */
  point?: Point;
  /** Imported lazily, on the first WebCrypto verify with this key; null if the runtime refused it. */
  cryptoKey?: Promise<CryptoKey | null>;
  /** cryptoKey once settled, so later verifies skip an await. */
  settledKey?: CryptoKey | null;
}

// Decoding A (a square root) and importing a CryptoKey cost more than a verify's bookkeeping, and a
// run verifies thousands of records with one key, so both are done once per key. Keys come from the
// keyring, so the map stays tiny; the cap only guards against a caller looping over arbitrary keys.
const KEY_CACHE_MAX = 256;
const keyCache = new Map<string, KeyEntry>();

// A batch verifies with one key over and over: compare its 32 bytes with the last key's copy before
// building a hex id. A copy, not the caller's array, so a caller reusing that array for another key
// never gets the first key's entry.
let lastKey: { readonly bytes: Uint8Array; readonly entry: KeyEntry } | null = null;

function keyEntry(publicKey: Uint8Array): KeyEntry {
  if (lastKey !== null && equalBytes(lastKey.bytes, publicKey)) return lastKey.entry;
  const entry = keyEntryById(publicKey);
  lastKey = { bytes: publicKey.slice(), entry };
  return entry;
}

function keyEntryById(publicKey: Uint8Array): KeyEntry {
  const id = toHex(publicKey);
  let entry = keyCache.get(id);
  if (entry === undefined) {
    if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
    entry = decodePublicKey(publicKey);
    keyCache.set(id, entry);
  }
  return entry;
}

function decodePublicKey(publicKey: Uint8Array): KeyEntry {
  return { status: ed25519KeyStatus(publicKey) };
}

/** Whether a 32-byte public key is usable under this policy; the keyring refuses keys that are not. */
export function checkEd25519PublicKey(publicKey: Uint8Array): Ed25519KeyStatus {
  assertBytes(publicKey, 'publicKey', 32);
  return keyEntry(publicKey).status;
}

/**
 * Synchronous strict verification with @noble/ed25519's arithmetic; needs no WebCrypto, but needs
 * loadNobleEd25519() to have settled (it throws otherwise: a caller bug, not an invalid signature).
 */
export function verifyEd25519Noble(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  assertArguments(signature, message, publicKey);
  if (noble === null) throw new Error('verifyEd25519Noble: noble is not loaded yet (await loadNobleEd25519() first)');
  const { Point, etc, sha512 } = noble;
  const entry = keyEntry(publicKey);
  if (signature.length !== 64 || entry.status !== 'ok') return false;
  const A = (entry.point ??= Point.fromBytes(publicKey, false)); // false = strict RFC 8032 §5.1.3 decoding
  const r = signature.subarray(0, 32);
  const s = littleEndian(signature.subarray(32, 64));
  if (s >= L) return false; // §5.1.7 step 1, §8.4: only the canonical S, so signatures are not malleable
  const k = etc.mod(littleEndian(sha512(etc.concatBytes(r, publicKey, message))), L);
  // §5.1.7 step 3, cofactorless: [S]B = R + [k]A, as encode([S]B − [k]A) == R's bytes. Comparing with
  // a canonical encoding also rejects every non-canonical or undecodable R without decoding it.
  // Variable-time multiplication is fine: every input here is public.
  const check = Point.BASE.multiply(s, false).subtract(A.multiply(k, false));
  return equalBytes(check.toBytes(), r);
}

/**
 * Verifies with the requested backend; by default the installed native one, else WebCrypto when
 * available, else noble. Requesting 'webcrypto' where the runtime lacks it, or 'native' where none is
 * installed, throws (a caller bug, not an invalid signature).
 */
export async function verifyEd25519(
  signature: Uint8Array,
  message: Uint8Array,
  publicKey: Uint8Array,
  options?: { backend?: Ed25519Backend },
): Promise<Ed25519Verdict> {
  assertArguments(signature, message, publicKey);
  const host = native;
  // An installed native verify is the default, and needs no WebCrypto probe (no await per record).
  let backend = options?.backend ?? (host !== null ? 'native' : undefined);
  if (backend === 'native') {
    if (host === null) throw new Error('verifyEd25519: no native Ed25519 is installed (useNativeEd25519)');
  } else {
    const hasWebCrypto = webCryptoKnown ?? (await webCryptoEd25519Available());
    backend ??= hasWebCrypto ? 'webcrypto' : 'noble';
    if (backend === 'noble') {
      await loadNobleEd25519();
      return { valid: verifyEd25519Noble(signature, message, publicKey), backend };
    }
    if (!hasWebCrypto) throw new Error('verifyEd25519: WebCrypto Ed25519 is not available in this runtime');
  }
  const entry = keyEntry(publicKey);
  if (signature.length !== 64 || entry.status !== 'ok') return { valid: false, backend };
  const valid = host !== null && backend === 'native' ? host(signature, message, publicKey) : await verifyWebCrypto(signature, message, publicKey, entry);
  return { valid, backend };
}

async function verifyWebCrypto(
  signature: Uint8Array,
  message: Uint8Array,
  publicKey: Uint8Array,
  entry: KeyEntry,
): Promise<boolean> {
  const subtle = globalThis.crypto.subtle;
  entry.cryptoKey ??= subtle
    .importKey('raw', bufferSource(publicKey), { name: 'Ed25519' }, false, ['verify'])
    .catch(() => null) // a key the engine refuses verifies nothing; that is "invalid", not a crash
    .then((key) => (entry.settledKey = key));
  const key = entry.settledKey !== undefined ? entry.settledKey : await entry.cryptoKey;
  if (key === null) return false;
  try {
    return await subtle.verify(ED25519, key, scratchCopy(SIGNATURE_SCRATCH, signature), scratchCopy(MESSAGE_SCRATCH, message));
  } catch {
    return false;
  }
}

const ED25519 = { name: 'Ed25519' } as const;

// verify() copies its inputs before it returns (WebCrypto §14.3.6: "get a copy of the bytes held by"
// the signature and data), so one pair of buffers serves every call. That spares two ArrayBuffer
// allocations a verify: in Chromium, giving a fresh small Uint8Array to WebCrypto costs one each,
// about as much as the rest of the check.
const SIGNATURE_SCRATCH = new Uint8Array(new ArrayBuffer(64));
const MESSAGE_SCRATCH = new Uint8Array(new ArrayBuffer(256));

function scratchCopy(scratch: Uint8Array<ArrayBuffer>, bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  if (bytes.length > scratch.length) return bufferSource(bytes);
  scratch.set(bytes);
  return scratch.subarray(0, bytes.length);
}

// RFC 8032 §7.1 TEST 1 (empty message): the probe verifies a real signature, so a runtime that can
// import Ed25519 keys but verifies wrongly is not trusted either.
const PROBE_PUBLIC_KEY = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
const PROBE_SIGNATURE =
  'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';

let webCryptoProbe: Promise<boolean> | undefined;
/** The probe's answer once it has settled, so each verify need not await it again. */
let webCryptoKnown: boolean | undefined;

/** Feature-detects WebCrypto Ed25519 once per realm (node 20, Web Worker, page). */
export function webCryptoEd25519Available(): Promise<boolean> {
  webCryptoProbe ??= probeWebCrypto().then((ok) => (webCryptoKnown = ok));
  return webCryptoProbe;
}

async function probeWebCrypto(): Promise<boolean> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return false;
  try {
    const key = await subtle.importKey('raw', bufferSource(fromHex(PROBE_PUBLIC_KEY)!), { name: 'Ed25519' }, false, ['verify']);
    return await subtle.verify({ name: 'Ed25519' }, key, bufferSource(fromHex(PROBE_SIGNATURE)!), new Uint8Array(0));
  } catch {
    return false;
  }
}

function assertArguments(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): void {
  assertBytes(signature, 'signature');
  assertBytes(message, 'message');
  assertBytes(publicKey, 'publicKey', 32);
}

/** WebCrypto takes only ArrayBuffer-backed views; copy the rare SharedArrayBuffer-backed one. */
function bufferSource(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}
