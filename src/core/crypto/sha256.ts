/**
 * SHA-256 adapter: the core's one source of SHA-256 and the only file that imports hash-wasm
 * (ed25519.ts separately gives noble's Ed25519 its SHA-512 from @noble/hashes, RFC 8032 §5.1).
 *
 * Policy: FIPS 180-4 SHA-256, synchronous, so the same code path runs in node, a Web Worker and
 * the page (WebCrypto's digest is async-only, and in Chromium 156 it costs 3.5–5 µs a call, more
 * than hashing a record does here).
 *
 * Backends: hash-wasm's WebAssembly SHA-256 once `loadFastSha256()` has settled, @noble/hashes
 * before that and wherever WebAssembly is missing or refused (e.g. by a CSP). Who loads it: the
 * batch and document workers and the CLI, at start; the page does not (one record is 10–20
 * hashes, ~0.1 ms with noble, less than fetching the WebAssembly would cost before a first verdict). In headless Chromium
 * the WebAssembly one hashes a 450-byte canonical record in 1.6 µs against noble's 6.6 µs, which
 * a batch of tens of thousands of records feels. Before it is used, it must reproduce FIPS 180-2's
 * test vectors; sha256.test.ts holds both backends to node's crypto on random inputs.
 *
 * @module sha256
 */
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import type { IHasher } from 'hash-wasm';
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
  // Imported on first call: the page verifies one record with noble and never loads it (issue 10);
  // the workers and the CLI call this at start.
  loading ??= import('hash-wasm').then(({ createSHA256 }) => createSHA256()).then(
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

/** SHA-256 of bytes (FIPS 180-4), with the backend the module comment describes. */
export function sha256(data: Uint8Array): Uint8Array {
  assertBytes(data, 'sha256 input');
  // One hasher per realm, used start to finish with no await in between, so calls never interleave.
  return wasm === null ? nobleSha256(data) : hashWith(wasm, data);
}

const encoder = new TextEncoder();
/**
 * Text longer than this many UTF-16 units is encoded and hashed a piece at a time, so the scratch
 * buffer stays under 1 MB: a 200 MB string in a hostile record never asks for a 600 MB buffer.
 */
const PIECE_UNITS = 1 << 18;
/** Reused for every call, so hashing text allocates only the digest. UTF-8 takes at most 3 bytes a UTF-16 unit. */
let scratch = new Uint8Array(4096);

function scratchFor(units: number): Uint8Array {
  if (scratch.length < units * 3) scratch = new Uint8Array(units * 3);
  return scratch;
}

/**
 * SHA-256 of a string's UTF-8 bytes (a lone surrogate becomes U+FFFD, as TextEncoder does: callers
 * that hash canonical text have refused lone surrogates already), and how many bytes that was.
 */
export function sha256Utf8(text: string): { readonly digest: Uint8Array; readonly byteLength: number } {
  if (text.length > PIECE_UNITS) return sha256Utf8Pieces((add) => add(text));
  const buf = scratchFor(text.length);
  const { written } = encoder.encodeInto(text, buf);
  return { digest: sha256(buf.subarray(0, written)), byteLength: written };
}

/**
 * SHA-256 of the UTF-8 of several pieces of text, in order, as if they were one string: `run` calls
 * `add` for each piece, synchronously (the one hasher of the realm is used start to finish with
 * nothing in between). No piece may end inside a surrogate pair.
 */
export function sha256Utf8Pieces(run: (add: (piece: string) => void) => void, pieceUnits = PIECE_UNITS): { readonly digest: Uint8Array; readonly byteLength: number } {
  const h = wasm;
  const noble = h === null ? nobleSha256.create() : null;
  h?.init();
  let total = 0;
  run((piece) => {
    for (let i = 0; i < piece.length; ) {
      let end = Math.min(piece.length, i + pieceUnits);
      // Never cut a surrogate pair (TextEncoder would write each half as U+FFFD): end before it, or
      // after it when it is all there is.
      const last = piece.charCodeAt(end - 1);
      if (end < piece.length && last >= 0xd800 && last <= 0xdbff) end = end - 1 > i ? end - 1 : end + 1;
      const buf = scratchFor(pieceUnits);
      const { written } = encoder.encodeInto(piece.slice(i, end), buf);
      const bytes = buf.subarray(0, written);
      if (noble) noble.update(bytes);
      else h!.update(bytes);
      total += written;
      i = end;
    }
  });
  return { digest: noble ? noble.digest() : h!.digest('binary'), byteLength: total };
}

/** noble's SHA-256 whatever the current backend: the reference the tests hold the other to. */
export function sha256Noble(data: Uint8Array): Uint8Array {
  assertBytes(data, 'sha256 input');
  return nobleSha256(data);
}
