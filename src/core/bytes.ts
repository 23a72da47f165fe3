/**
 * Byte helpers. Every crypto boundary in the core takes and returns Uint8Array;
 * hex and base64 exist only at the edges (JSON documents, display).
 */

/** Throws a TypeError naming the bad argument, in the style of noble's `abytes`. */
export function assertBytes(value: unknown, name: string, length?: number): asserts value is Uint8Array {
  if (!(value instanceof Uint8Array)) {
    throw new TypeError(`${name}: expected Uint8Array, got ${describe(value)}`);
  }
  if (length !== undefined && value.length !== length) {
    throw new TypeError(`${name}: expected ${length} bytes, got ${value.length}`);
  }
}

/** A value's type in a few words, for assertion messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Uint8Array) return `Uint8Array(${value.length})`;
  return typeof value;
}

const HEX_PAIRS = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const HEX_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) HEX_VALUE['0123456789abcdef'.charCodeAt(i)] = i;

// TC39 "Uint8Array to/from base64 and hex" (Chromium 140+, not node 20): one native call and one
// string, where the loop below builds a string per byte. Both give lower-case hex.
const nativeToHex = (Uint8Array.prototype as { toHex?: (this: Uint8Array) => string }).toHex;

/** Lower-case hex, the form pith.science writes digests and fingerprints in. */
export function toHex(bytes: Uint8Array): string {
  return nativeToHex === undefined ? toHexPortable(bytes) : nativeToHex.call(bytes);
}

/** toHex where the engine has no native one (node 20): the path bytes.test.ts holds to Buffer's hex. */
function toHexPortable(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += HEX_PAIRS[b];
  return out;
}

/** Parses lower-case hex; returns null (not throws) so callers can report a schema problem. */
export function fromHex(hex: string): Uint8Array | null {
  if (hex.length % 2 !== 0) return null;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) {
    const a = hex.charCodeAt(2 * i);
    const b = hex.charCodeAt(2 * i + 1);
    const hi = a < 128 ? HEX_VALUE[a]! : -1;
    const lo = b < 128 ? HEX_VALUE[b]! : -1;
    if (hi < 0 || lo < 0) return null;
    out[i] = (hi << 4) | lo;
  }
  return out;
}

// With the length a multiple of 4, this is "groups of four, the last maybe ending in = or ==" (RFC 4648 §4),
// checked without the backtracking groups a single regex needs (twice as fast in V8).
const B64_RE = /^[A-Za-z0-9+/]*={0,2}$/;

/** Strict standard base64 (RFC 4648 §4, padded), as used for `signature_b64`. */
export function fromBase64(b64: string): Uint8Array | null {
  if (b64.length % 4 !== 0 || !B64_RE.test(b64)) return null;
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Standard padded base64 (RFC 4648 §4), the form receipts carry signatures in. */
export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

const encoder = new TextEncoder();
/** The UTF-8 bytes of a string (a lone surrogate becomes U+FFFD: callers that hash refuse those first). */
export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

/** True when both byte arrays hold the same bytes. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
