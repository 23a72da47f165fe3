/**
 * SHA-256 adapter: the only file that imports @noble/hashes.
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
