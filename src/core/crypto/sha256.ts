/**
 * SHA-256 adapter: the core's one source of SHA-256 (ed25519.ts separately
 * gives noble's Ed25519 its SHA-512 from @noble/hashes, RFC 8032 §5.1).
 * Policy: FIPS 180-4 SHA-256, synchronous, so the same code path runs in node,
 * a Web Worker and the page (WebCrypto's digest is async-only and would force
 * every check to be async for no gain at these sizes).
 */
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { assertBytes } from '../bytes';

export function sha256(data: Uint8Array): Uint8Array {
  assertBytes(data, 'sha256 input');
  return nobleSha256(data);
}
