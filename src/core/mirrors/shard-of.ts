/**
 * The shard function of a sharded alias index (docs/MIRROR-FORMAT.md §3), alone in its module: it
 * needs SHA-256, which lives in the app's verifier chunk, so the first screen reaches it only by a
 * dynamic import (alias-index.ts); a static one made the first chunk import the verifier chunk,
 * which then ran before the modules it needs and the app did not start.
 *
 * @module shard-of
 */
import { toHex } from '../bytes';
import { sha256Utf8 } from '../crypto/sha256';

/** The shard of a key: the first `length` lower-case hex characters of SHA-256 of its UTF-8 bytes. */
export function shardOf(key: string, length: number): string {
  return toHex(sha256Utf8(key).digest).slice(0, length);
}
