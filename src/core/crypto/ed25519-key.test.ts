/**
 * The key check without a library (ed25519-key.ts) against noble's strict decoding, which the adapter
 * used before: the same answer on Wycheproof's keys, real keys, the small-order points, crafted
 * non-canonical encodings and random bytes (RFC 8032 §5.1.3).
 */
import { readFileSync } from 'node:fs';
import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../bytes';
import { ed25519KeyStatus, type Ed25519KeyStatus } from './ed25519-key';

ed.hashes.sha512 = sha512;

/** noble's answer: strict decoding (zip215 false), then small order. */
function nobleStatus(key: Uint8Array): Ed25519KeyStatus {
  let point;
  try {
    point = ed.Point.fromBytes(key, false);
  } catch {
    return 'non-canonical';
  }
  return point.isSmallOrder() ? 'small-order' : 'ok';
}

const P = (1n << 255n) - 19n;
const le32 = (n: bigint): Uint8Array => Uint8Array.from({ length: 32 }, (_, i) => Number((n >> BigInt(8 * i)) & 0xffn));
const withSignBit = (b: Uint8Array): Uint8Array => {
  const out = b.slice();
  out[31]! |= 0x80;
  return out;
};

const wycheproof = JSON.parse(readFileSync(new URL('../../../tests/fixtures/wycheproof/ed25519_test.json', import.meta.url), 'utf8')) as { testGroups: { publicKey: { pk: string } }[] };

describe('ed25519KeyStatus agrees with noble', () => {
  it("on every Wycheproof key and the pinned pith.science key (all 'ok')", () => {
    const keys = [...wycheproof.testGroups.map((g) => g.publicKey.pk), 'b2d552b68890857171a78b36a5dccf368a953413288c353f7c9d9d6f94b709b3'];
    for (const hex of keys) {
      const key = fromHex(hex)!;
      expect(ed25519KeyStatus(key), hex).toBe('ok');
      expect(nobleStatus(key), hex).toBe('ok');
    }
  });

  it('on the 8 small-order points, their other encodings, and y at and past p', () => {
    // The 8 points of order dividing 8 are [k]T for a point T of order 8; noble builds them here.
    const t = ed.Point.fromBytes(fromHex('c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a')!, false);
    const smallOrder = Array.from({ length: 8 }, (_, k) => (k === 0 ? ed.Point.ZERO : t.multiply(BigInt(k), false)).toBytes());
    expect(new Set(smallOrder.map(toHex)).size).toBe(8);
    const crafted = [
      ...smallOrder,
      ...smallOrder.map(withSignBit),
      ...[0n, 1n, 2n, 3n, 18n, 19n].map((d) => le32(P + d)),
      ...[0n, 1n, 2n, 3n, 18n, 19n].map((d) => withSignBit(le32(P + d))),
      le32((1n << 255n) - 1n),
      withSignBit(le32((1n << 255n) - 1n)),
      le32(P - 1n),
      withSignBit(le32(P - 1n)),
      new Uint8Array(32),
    ];
    for (const key of crafted) expect(ed25519KeyStatus(key), toHex(key)).toBe(nobleStatus(key));
    for (const key of smallOrder) expect(ed25519KeyStatus(key)).toBe('small-order');
  });

  it('on random bytes, about half of which are no point at all (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (key) => ed25519KeyStatus(key) === nobleStatus(key)),
      { numRuns: 5000 },
    );
  });

  it('on real public keys of random secrets (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (secret) => ed25519KeyStatus(ed.getPublicKey(secret)) === 'ok'),
      { numRuns: 500 },
    );
  });
});
