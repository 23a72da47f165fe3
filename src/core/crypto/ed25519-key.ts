/**
 * Whether 32 bytes are a public key the Ed25519 policy accepts (ed25519.ts): a canonical encoding of a
 * curve point (RFC 8032 §5.1.3) that is not of small order. Plain bigint arithmetic, no library, so the
 * check needs no @noble/ed25519: the adapter loads noble only where WebCrypto lacks Ed25519, yet refuses
 * the same keys on every backend. ed25519-key.test.ts holds it to noble's strict decoding
 * (`Point.fromBytes(…, false)` and `isSmallOrder()`) on every key the adapter's tests use, crafted
 * edge cases and random bytes.
 *
 * Only public data passes through here (keys from the keyring), so variable time is fine.
 */
import { toHex } from '../bytes';

/** p = 2^255 − 19 (RFC 8032 §5.1). */
const P = (1n << 255n) - 19n;
/** d = −121665 / 121666 mod p (RFC 8032 §5.1). */
const D = 37095705934669439343138083508754565189542113879843219016388785533085940283555n;
/** sqrt(−1) = 2^((p−1)/4) mod p (RFC 8032 §5.1.3, step 3). */
const SQRT_M1 = 19681161376707505956807079304988542015446066515923890162744021073123829784752n;

/**
 * The 8 points of order dividing 8, canonically encoded (little-endian hex). A strictly decoded key is
 * small-order exactly when its bytes are one of these: canonical decoding (y < p, no x = 0 with the sign
 * bit) gives each point one encoding. ed25519-key.test.ts checks the list is those 8 points with noble.
 */
export const SMALL_ORDER_KEYS_HEX: readonly string[] = [
  '0100000000000000000000000000000000000000000000000000000000000000', // identity
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // order 2
  '0000000000000000000000000000000000000000000000000000000000000080', // order 4
  '0000000000000000000000000000000000000000000000000000000000000000', // order 4
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a', // order 8
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa', // order 8
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05', // order 8
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85', // order 8
];
const SMALL_ORDER_HEX: ReadonlySet<string> = new Set(SMALL_ORDER_KEYS_HEX);

/** Why a public key can never verify anything under the policy ('ok' if it can). */
export type Ed25519KeyStatus = 'ok' | 'non-canonical' | 'small-order';

/** Bytes as a little-endian unsigned integer (RFC 8032 §5.1.2's encoding of integers). */
export function littleEndian(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]!);
  return n;
}

const mod = (a: bigint): bigint => {
  const r = a % P;
  return r < 0n ? r + P : r;
};

function pow(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  let b = mod(base);
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % P;
    b = (b * b) % P;
  }
  return result;
}

/** Whether RFC 8032 §5.1.3 decodes these 32 bytes to a point (strictly: y < p, no "negative zero"). */
function decodes(key: Uint8Array): boolean {
  const y = littleEndian(key) & ((1n << 255n) - 1n); // bit 255 is x's sign, not part of y
  const sign = key[31]! >> 7;
  if (y >= P) return false; // step 1: "If the resulting value is >= p, decoding fails."
  // Step 2: x² = (y² − 1) / (d y² + 1); candidate x = u v³ (u v⁷)^((p−5)/8).
  const y2 = (y * y) % P;
  const u = mod(y2 - 1n);
  const v = mod(D * y2 + 1n);
  const v3 = (v * v * v) % P;
  let x = (u * v3 % P) * pow(u * ((v3 * v3 % P) * v % P), (P - 5n) / 8n) % P;
  // Step 3: a root, a root times sqrt(−1), or no square root at all (not on the curve).
  const vx2 = (v * x * x) % P;
  if (vx2 !== u) {
    if (vx2 !== mod(-u)) return false;
    x = (x * SQRT_M1) % P;
  }
  // Step 4: x = 0 with the sign bit set is not a canonical encoding.
  return !(x === 0n && sign === 1);
}

/** The policy's verdict on a 32-byte public key (the caller checks the length). */
export function ed25519KeyStatus(key: Uint8Array): Ed25519KeyStatus {
  if (!decodes(key)) return 'non-canonical';
  return SMALL_ORDER_HEX.has(toHex(key)) ? 'small-order' : 'ok';
}
