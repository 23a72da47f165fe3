/**
 * SHA-256 adapter: the core's one source of SHA-256 and the only file that imports hash-wasm
 * (ed25519.ts separately gives noble's Ed25519 its SHA-512 from @noble/hashes, RFC 8032 §5.1).
 *
 * Policy: FIPS 180-4 SHA-256, synchronous, so the same code path runs in node, a Web Worker and
 * the page (WebCrypto's digest is async-only, and in Chromium 156 it costs 3.5–5 µs a call, more
 * than hashing a record does here).
 *
 * Backends: hash-wasm's WebAssembly SHA-256 once `loadFastSha256()` has settled, @noble/hashes
 * before that and wherever WebAssembly is missing or refused (e.g. by a CSP). In headless Chromium
 * the WebAssembly one hashes a 450-byte canonical record in 1.6 µs against noble's 6.6 µs, which
 * a batch of tens of thousands of records feels. Before it is used, it must reproduce FIPS 180-2's
 * test vectors; sha256.test.ts holds both backends to node's crypto on random inputs.
 */
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { createSHA256, type IHasher } from 'hash-wasm';
import { assertBytes, toHex, utf8 } from '../bytes';

export type Sha256Backend = 'wasm' | 'noble';

let wasm: IHasher | null = null;
let loading: Promise<Sha256Backend> | undefined;

/** FIPS 180-2 Appendix B.1 ("abc") and B.2 (the 448-bit message), as the self-test before use. */
export const SHA256_SELF_TEST: readonly (readonly [string, string])[] = [
  ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
];

function hashWith(h: IHasher, data: Uint8Array): Uint8Array {
  h.init();
  h.update(data);
  return h.digest('binary');
}

/**
 * Starts the WebAssembly backend once per realm; resolves to the backend sha256() uses from then
 * on. Never rejects: a runtime without WebAssembly keeps noble.
 */
export function loadFastSha256(): Promise<Sha256Backend> {
  loading ??= createSHA256().then(
    (h) => {
      if (SHA256_SELF_TEST.every(([msg, hex]) => toHex(hashWith(h, utf8(msg))) === hex)) wasm = h;
      return sha256Backend();
    },
    () => 'noble' as const,
  );
  return loading;
}

/** The backend sha256() uses right now. */
export function sha256Backend(): Sha256Backend {
  return wasm === null ? 'noble' : 'wasm';
}

export function sha256(data: Uint8Array): Uint8Array {
  assertBytes(data, 'sha256 input');
  // One hasher per realm, used start to finish with no await in between, so calls never interleave.
  return wasm === null ? nobleSha256(data) : hashWith(wasm, data);
}

const encoder = new TextEncoder();
/** Reused for every sha256Utf8 call (grown when a text needs more), so hashing text allocates only the digest. */
let scratch = new Uint8Array(4096);

/**
 * SHA-256 of a string's UTF-8 bytes (a lone surrogate becomes U+FFFD, as TextEncoder does: callers
 * that hash canonical text have refused lone surrogates already), and how many bytes that was.
 */
export function sha256Utf8(text: string): { readonly digest: Uint8Array; readonly byteLength: number } {
  // UTF-8 takes at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 bytes for 2 units).
  if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
  const { written } = encoder.encodeInto(text, scratch);
  return { digest: sha256(scratch.subarray(0, written)), byteLength: written };
}

/** noble's SHA-256 whatever the current backend: the reference the tests hold the other to. */
export function sha256Noble(data: Uint8Array): Uint8Array {
  assertBytes(data, 'sha256 input');
  return nobleSha256(data);
}
