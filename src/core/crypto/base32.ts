/**
 * Base32 adapter: the only file that imports @scure/base.
 * Policy: RFC 4648 §6 alphabet (A–Z, 2–7), upper case, no padding, as FORMAT.md §1.
 */
import { base32nopad } from '@scure/base';
import { assertBytes } from '../bytes';

export const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Base32 of the whole input (no padding). A 32-byte digest gives 52 characters. */
export function base32(data: Uint8Array): string {
  assertBytes(data, 'base32 input');
  return base32nopad.encode(data);
}
