/**
 * The Ed25519 adapter against three references: Wycheproof's vectors, real pith.science signatures,
 * and node's own OpenSSL-backed `crypto.verify` as a differential oracle on random and crafted inputs.
 */
import { createPublicKey, verify as nodeCryptoVerify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as ed from '@noble/ed25519';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromBase64, fromHex, toHex } from '../bytes';
import { nodeEd25519 } from '../../cli/node-ed25519';
import { SMALL_ORDER_KEYS_HEX } from './ed25519-key';
import { checkEd25519PublicKey, loadNobleEd25519, useNativeEd25519, verifyEd25519, verifyEd25519Noble, webCryptoEd25519Available, type Ed25519Backend } from './ed25519';

// The CLI's backend (node's crypto.verify behind the adapter's own key checks) is held to the same
// references as the other two: requested by name below, it must agree with WebCrypto everywhere.
useNativeEd25519(nodeEd25519);
// verifyEd25519Noble is synchronous: noble must be loaded first (verifyEd25519 loads it itself).
await loadNobleEd25519();

const fixture = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../tests/fixtures/${path}`, import.meta.url), 'utf8'));
const hex = (h: string): Uint8Array => {
  const bytes = fromHex(h);
  if (!bytes) throw new Error(`bad hex in fixture: ${h}`);
  return bytes;
};

/** node:crypto with the raw key wrapped as SPKI DER (RFC 8410); any refusal counts as "invalid". */
const SPKI_PREFIX = hex('302a300506032b6570032100');
function nodeVerify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    const key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' });
    return nodeCryptoVerify(null, message, key, signature);
  } catch {
    return false;
  }
}

interface Verdicts {
  webcrypto: boolean;
  noble: boolean;
  node: boolean;
}
async function allThree(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): Promise<Verdicts> {
  const web = await verifyEd25519(signature, message, publicKey, { backend: 'webcrypto' });
  const noble = await verifyEd25519(signature, message, publicKey, { backend: 'noble' });
  const native = await verifyEd25519(signature, message, publicKey, { backend: 'native' });
  expect([web.backend, noble.backend, native.backend]).toEqual(['webcrypto', 'noble', 'native']);
  expect(native.valid).toBe(web.valid);
  expect(verifyEd25519Noble(signature, message, publicKey)).toBe(noble.valid);
  return { webcrypto: web.valid, noble: noble.valid, node: nodeVerify(signature, message, publicKey) };
}
const agreeing = (valid: boolean): Verdicts => ({ webcrypto: valid, noble: valid, node: valid });

// --- Wycheproof ---------------------------------------------------------------------------------

interface WycheproofFile {
  numberOfTests: number;
  testGroups: { publicKey: { pk: string }; tests: { tcId: number; msg: string; sig: string; result: string; flags: string[] }[] }[];
}
const wycheproof = fixture('wycheproof/ed25519_test.json') as WycheproofFile;
const vectors = wycheproof.testGroups.flatMap((g) =>
  g.tests.map((t) => ({ ...t, publicKey: hex(g.publicKey.pk), message: hex(t.msg), signature: hex(t.sig) })),
);

describe('Wycheproof ed25519_test.json', () => {
  it('has all 151 vectors, each "valid" or "invalid" (none "acceptable")', () => {
    expect(vectors).toHaveLength(151);
    expect(wycheproof.numberOfTests).toBe(151);
    expect(new Set(vectors.map((v) => v.result))).toEqual(new Set(['valid', 'invalid']));
  });

  it('runs in a runtime with WebCrypto Ed25519 (node 20), so the webcrypto backend is really exercised', async () => {
    expect(await webCryptoEd25519Available()).toBe(true);
  });

  const backends: Ed25519Backend[] = ['webcrypto', 'noble', 'native'];
  it.each(backends)('%s agrees with all 151', async (backend) => {
    const disagreements: number[] = [];
    for (const v of vectors) {
      const verdict = await verifyEd25519(v.signature, v.message, v.publicKey, { backend });
      if (verdict.backend !== backend || verdict.valid !== (v.result === 'valid')) disagreements.push(v.tcId);
    }
    expect(disagreements).toEqual([]);
  });

  it('node:crypto (OpenSSL) agrees with all 151 — the differential reference is itself sound', () => {
    const disagreements = vectors.filter((v) => nodeVerify(v.signature, v.message, v.publicKey) !== (v.result === 'valid'));
    expect(disagreements.map((v) => v.tcId)).toEqual([]);
  });

  it("noble's default (ZIP-215) verify disagrees with at least one — one reason the adapter does not use it", async () => {
    const zip215 = (v: (typeof vectors)[number]): Promise<boolean> =>
      ed.verifyAsync(v.signature, v.message, v.publicKey).catch(() => false);
    const disagreements: number[] = [];
    for (const v of vectors) if ((await zip215(v)) !== (v.result === 'valid')) disagreements.push(v.tcId);
    expect(disagreements.length).toBeGreaterThanOrEqual(1);
  });
});

// --- Real pith.science signatures (FORMAT.md §4: over the 32 raw bytes of canonical_sha256) --------

const PITH_KEY = hex('b2d552b68890857171a78b36a5dccf368a953413288c353f7c9d9d6f94b709b3');

interface Signed {
  label: string;
  digestHex: string;
  signatureB64: string;
}
const seed = fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json') as {
  canonical_sha256: string;
  receipt: { canonical_sha256: string; signature_b64: string; key_id: string };
};
const pithVectors = fixture('pith/vectors.json') as { pith_number: string; canonical_sha256: string; signature_b64?: string; key_id?: string }[];
const realSignatures: Signed[] = [
  { label: 'seed record UTTGU3KIYM6JKD6ALUV7A7CX74', digestHex: seed.receipt.canonical_sha256, signatureB64: seed.receipt.signature_b64 },
  ...pithVectors.flatMap((v) =>
    v.signature_b64 === undefined ? [] : [{ label: v.pith_number, digestHex: v.canonical_sha256, signatureB64: v.signature_b64 }],
  ),
];

describe('real pith.science signatures by pith-v1-2026-05', () => {
  it('are the seed receipt plus the 4 signed vectors, all by pith-v1-2026-05 over the record digest', () => {
    expect(realSignatures).toHaveLength(5);
    expect(seed.receipt.canonical_sha256).toBe(seed.canonical_sha256);
    expect(seed.receipt.key_id).toBe('pith-v1-2026-05');
    expect(pithVectors.filter((v) => v.signature_b64 !== undefined).every((v) => v.key_id === 'pith-v1-2026-05')).toBe(true);
  });

  it.each(realSignatures)('$label verifies in webcrypto, noble and node:crypto', async ({ digestHex, signatureB64 }) => {
    const signature = fromBase64(signatureB64)!;
    const message = hex(digestHex);
    expect(await allThree(signature, message, PITH_KEY)).toEqual(agreeing(true));
    // The default backend is the installed native one; with none installed, WebCrypto (node 20 has it).
    expect(await verifyEd25519(signature, message, PITH_KEY)).toEqual({ valid: true, backend: 'native' });
    useNativeEd25519(null);
    try {
      expect(await verifyEd25519(signature, message, PITH_KEY)).toEqual({ valid: true, backend: 'webcrypto' });
      await expect(verifyEd25519(signature, message, PITH_KEY, { backend: 'native' })).rejects.toThrow(/no native Ed25519/);
    } finally {
      useNativeEd25519(nodeEd25519);
    }
  });

  it('does not verify over the 64-character hex text of the digest (the raw bytes are what was signed)', async () => {
    const s = realSignatures[0]!;
    const text = new TextEncoder().encode(s.digestHex);
    expect(await allThree(fromBase64(s.signatureB64)!, text, PITH_KEY)).toEqual(agreeing(false));
  });
});

// --- Differential and property tests --------------------------------------------------------------

const L = ed.Point.CURVE().n;
const P = ed.Point.CURVE().p;
const le32 = (n: bigint): Uint8Array => {
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++, n >>= 8n) out[i] = Number(n & 0xffn);
  return out;
};
const fromLe = (bytes: Uint8Array): bigint => bytes.reduceRight((n, b) => (n << 8n) | BigInt(b), 0n);
const concat = (...parts: Uint8Array[]): Uint8Array => ed.etc.concatBytes(...parts);

const secretKeyArb = fc.uint8Array({ minLength: 32, maxLength: 32 });
const messageArb = fc.uint8Array({ maxLength: 200 });

async function signed(secretKey: Uint8Array, message: Uint8Array) {
  return { publicKey: await ed.getPublicKeyAsync(secretKey), signature: await ed.signAsync(message, secretKey) };
}

describe('differential: adapter (webcrypto, noble) vs node:crypto', () => {
  it('honest signatures: all three say valid', async () => {
    await fc.assert(
      fc.asyncProperty(secretKeyArb, messageArb, async (secretKey, message) => {
        const { publicKey, signature } = await signed(secretKey, message);
        expect(await allThree(signature, message, publicKey)).toEqual(agreeing(true));
      }),
      { numRuns: 60 },
    );
  });

  it('many verifies in flight at once each judge their own bytes (the WebCrypto path reuses its input buffers)', async () => {
    const secretKey = new Uint8Array(32).fill(7);
    const publicKey = await ed.getPublicKeyAsync(secretKey);
    const cases = await Promise.all(
      Array.from({ length: 80 }, async (_, i) => {
        const message = new Uint8Array(i % 3 === 0 ? 300 : 32).fill(i); // some past the 256-byte scratch
        const signature = await ed.signAsync(message, secretKey);
        if (i % 7 === 3) signature[i % 64]! ^= 1;
        return { message, signature, valid: i % 7 !== 3 };
      }),
    );
    const got = await Promise.all(cases.map((c) => verifyEd25519(c.signature, c.message, publicKey, { backend: 'webcrypto' })));
    expect(got.map((g) => g.valid)).toEqual(cases.map((c) => c.valid));
  });

  it('any single flipped bit of signature, message or key: all three say invalid', async () => {
    const targetArb = fc.constantFrom('signature', 'message', 'publicKey');
    await fc.assert(
      fc.asyncProperty(secretKeyArb, messageArb, targetArb, fc.nat(), async (secretKey, message, target, bitSeed) => {
        const { publicKey, signature } = await signed(secretKey, message);
        const parts = { signature, message, publicKey };
        const victim = parts[target];
        if (victim.length === 0) return; // an empty message has no bit to flip
        const flipped = victim.slice();
        const bit = bitSeed % (flipped.length * 8);
        flipped[bit >> 3]! ^= 1 << (bit & 7);
        const tampered = { ...parts, [target]: flipped };
        expect(await allThree(tampered.signature, tampered.message, tampered.publicKey)).toEqual(agreeing(false));
      }),
      { numRuns: 150 },
    );
  });

  it('non-canonical S (S + L, same point equation): all three say invalid (RFC 8032 §5.1.7, §8.4)', async () => {
    await fc.assert(
      fc.asyncProperty(secretKeyArb, messageArb, async (secretKey, message) => {
        const { publicKey, signature } = await signed(secretKey, message);
        const s = fromLe(signature.subarray(32));
        const malleated = concat(signature.subarray(0, 32), le32(s + L));
        expect(await allThree(malleated, message, publicKey)).toEqual(agreeing(false));
      }),
      { numRuns: 30 },
    );
  });

  it('a signature that is not 64 bytes is invalid in every backend, not an exception', async () => {
    const { publicKey, signature } = await signed(new Uint8Array(32).fill(1), new Uint8Array([1, 2, 3]));
    for (const sig of [signature.subarray(0, 63), concat(signature, new Uint8Array([0])), new Uint8Array(0)]) {
      expect(await allThree(sig, new Uint8Array([1, 2, 3]), publicKey)).toEqual(agreeing(false));
    }
  });
});

// The 8 points of order dividing 8, canonically encoded (the adapter's own list, checked against
// noble below), then non-canonical encodings of some of them: y ≥ p (y = p is y = 0, y = p + 1 is
// the identity) and "negative zero" (x = 0, sign bit set).
const SMALL_ORDER = SMALL_ORDER_KEYS_HEX.map(hex);
const withSignBit = (b: Uint8Array): Uint8Array => {
  const out = b.slice();
  out[31]! |= 0x80;
  return out;
};
const NON_CANONICAL = [
  le32(P),
  withSignBit(le32(P)),
  le32(P + 1n),
  withSignBit(le32(P + 1n)),
  withSignBit(SMALL_ORDER[0]!), // identity, x = 0 with sign bit
  withSignBit(SMALL_ORDER[1]!), // order 2, x = 0 with sign bit
  ...[2n, 3n, 18n].map((d) => le32(P + d)), // y = 2, 3, 18 via y + p (whether or not on the curve)
];

describe('small-order and non-canonical public keys', () => {
  it('the small-order list really is the 8 small-order points, canonically encoded; the others are refused', () => {
    for (const key of SMALL_ORDER) {
      expect(ed.Point.fromBytes(key, true).isSmallOrder()).toBe(true);
      expect(toHex(ed.Point.fromBytes(key, true).toBytes())).toBe(toHex(key));
      expect(checkEd25519PublicKey(key)).toBe('small-order');
    }
    for (const key of NON_CANONICAL) expect(checkEd25519PublicKey(key)).toBe('non-canonical');
    expect(checkEd25519PublicKey(PITH_KEY)).toBe('ok');
  });

  it('random signatures under them: all three say invalid', async () => {
    const keyArb = fc.constantFrom(...SMALL_ORDER, ...NON_CANONICAL);
    await fc.assert(
      fc.asyncProperty(keyArb, fc.uint8Array({ minLength: 64, maxLength: 64 }), messageArb, async (key, sig, message) => {
        expect(await allThree(sig, message, key)).toEqual(agreeing(false));
      }),
      { numRuns: 100 },
    );
  });

  it('crafted forgeries (R small-order, S = 0): both backends refuse; OpenSSL alone accepts some', async () => {
    // With A and R of small order and S = 0, the cofactorless equation [S]B = R + [k]A holds whenever
    // R = −[k]A, e.g. A = R = identity, for every message. OpenSSL also decodes non-canonical key
    // encodings (y ≥ p, x = 0 with the sign bit) instead of refusing them. Both are why the adapter
    // checks the key itself before WebCrypto sees it.
    const message = new TextEncoder().encode('any message at all');
    const zeroS = new Uint8Array(32);
    const openSslAccepted: Uint8Array[] = [];
    for (const key of [...SMALL_ORDER, ...NON_CANONICAL]) {
      for (const r of [...SMALL_ORDER, ...NON_CANONICAL]) {
        const v = await allThree(concat(r, zeroS), message, key);
        expect({ webcrypto: v.webcrypto, noble: v.noble }).toEqual({ webcrypto: false, noble: false });
        if (v.node) openSslAccepted.push(key);
      }
    }
    expect(nodeVerify(concat(SMALL_ORDER[0]!, zeroS), message, SMALL_ORDER[0]!)).toBe(true);
    // Every key OpenSSL accepted a forgery under is a small-order point (read leniently, as ZIP-215
    // does), and some of them were non-canonical encodings.
    expect(openSslAccepted.every((key) => ed.Point.fromBytes(key, true).isSmallOrder())).toBe(true);
    expect(openSslAccepted.some((key) => checkEd25519PublicKey(key) === 'non-canonical')).toBe(true);
  });
});

describe('cofactorless, as RFC 8032 §5.1.7 step 3 permits and OpenSSL does', () => {
  // Sign honestly but publish R' = R + T for a small-order T, with k computed over R'. The cofactored
  // equation [8][S]B = [8]R' + [8][k]A holds; the cofactorless one does not.
  it('R with a small-order component: all three say invalid, although noble zip215:false alone says valid', async () => {
    const torsion = SMALL_ORDER.slice(1).map((b) => ed.Point.fromBytes(b));
    await fc.assert(
      fc.asyncProperty(secretKeyArb, messageArb, fc.constantFrom(...torsion), fc.bigInt(1n, L - 1n), async (secretKey, message, t, nonce) => {
        const { scalar, pointBytes: publicKey } = await ed.utils.getExtendedPublicKeyAsync(secretKey);
        const r = ed.Point.BASE.multiply(nonce).add(t).toBytes();
        const k = fromLe(await ed.hashes.sha512Async(concat(r, publicKey, message))) % L;
        const signature = concat(r, le32((nonce + k * scalar) % L));
        expect(await ed.verifyAsync(signature, message, publicKey, { zip215: false })).toBe(true);
        expect(await allThree(signature, message, publicKey)).toEqual(agreeing(false));
      }),
      { numRuns: 40 },
    );
  });

  // A' = A + T (T small-order, not a small-order key itself): OpenSSL accepts exactly when [k]T = 0.
  it('A with a small-order component: the adapter follows OpenSSL both ways', async () => {
    const torsion = SMALL_ORDER.slice(1).map((b) => ed.Point.fromBytes(b));
    let accepted = 0;
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(secretKeyArb, messageArb, fc.constantFrom(...torsion), fc.bigInt(1n, L - 1n), async (secretKey, message, t, nonce) => {
        const { scalar, point } = await ed.utils.getExtendedPublicKeyAsync(secretKey);
        const mixedKey = point.add(t).toBytes();
        const r = ed.Point.BASE.multiply(nonce).toBytes();
        const k = fromLe(await ed.hashes.sha512Async(concat(r, mixedKey, message))) % L;
        const signature = concat(r, le32((nonce + k * scalar) % L));
        const v = await allThree(signature, message, mixedKey);
        expect(v).toEqual(agreeing(v.node));
        if (v.node) accepted++;
        else rejected++;
      }),
      { numRuns: 80 },
    );
    expect(accepted).toBeGreaterThan(0); // k ≡ 0 mod ord(T) happens often for order 2 and 4
    expect(rejected).toBeGreaterThan(0);
  });
});

describe('argument errors', () => {
  it('a public key that is not 32 bytes, or a non-Uint8Array, throws a TypeError naming the argument', async () => {
    const sig = new Uint8Array(64);
    const msg = new Uint8Array(32);
    await expect(verifyEd25519(sig, msg, new Uint8Array(31))).rejects.toThrow(/^publicKey: expected 32 bytes, got 31$/);
    expect(() => verifyEd25519Noble(sig, msg, new Uint8Array(33))).toThrow(TypeError);
    await expect(verifyEd25519('sig' as unknown as Uint8Array, msg, PITH_KEY)).rejects.toThrow(/^signature: expected Uint8Array, got string$/);
    expect(() => verifyEd25519Noble(sig, [1] as unknown as Uint8Array, PITH_KEY)).toThrow(/^message: expected Uint8Array, got array$/);
  });
});

describe('without WebCrypto (the fallback)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('noble is loaded on first need: the synchronous path asks for it, verifyEd25519 loads it itself', async () => {
    vi.resetModules();
    const fresh = await import('./ed25519');
    const signature = fromBase64(realSignatures[0]!.signatureB64)!;
    const message = hex(realSignatures[0]!.digestHex);
    expect(() => fresh.verifyEd25519Noble(signature, message, PITH_KEY)).toThrow(/not loaded yet/);
    expect(await fresh.verifyEd25519(signature, message, PITH_KEY, { backend: 'noble' })).toEqual({ valid: true, backend: 'noble' });
    expect(fresh.verifyEd25519Noble(signature, message, PITH_KEY)).toBe(true);
  });

  it('detects no WebCrypto Ed25519, defaults to noble, still verifies the seed and still rejects a forgery', async () => {
    vi.stubGlobal('crypto', undefined);
    vi.resetModules();
    const fresh = await import('./ed25519');
    expect(await fresh.webCryptoEd25519Available()).toBe(false);
    const signature = fromBase64(realSignatures[0]!.signatureB64)!;
    const message = hex(realSignatures[0]!.digestHex);
    expect(await fresh.verifyEd25519(signature, message, PITH_KEY)).toEqual({ valid: true, backend: 'noble' });
    message[0]! ^= 1;
    expect(await fresh.verifyEd25519(signature, message, PITH_KEY)).toEqual({ valid: false, backend: 'noble' });
    await expect(fresh.verifyEd25519(signature, message, PITH_KEY, { backend: 'webcrypto' })).rejects.toThrow(/not available/);
  });
});
