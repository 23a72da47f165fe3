import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromBase64, fromHex, toBase64, toHex } from './bytes';
import { Keyring, PINNED_KEY_SPECS, PINNED_KEYS, keyFingerprint, parseUserKey, pinnedKeys, type TrustedKey } from './keyring';

const fixture = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../tests/fixtures/${path}`, import.meta.url), 'utf8'));

const PITH_HEX = 'b2d552b68890857171a78b36a5dccf368a953413288c353f7c9d9d6f94b709b3';
// Another real Ed25519 key (RFC 8032 §7.1 TEST 1), for user-key cases.
const RFC_HEX = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';

function parsed(input: Parameters<typeof parseUserKey>[0]): TrustedKey {
  const r = parseUserKey(input);
  if (!r.ok) throw new Error(`expected ok, got ${r.error.message}`);
  return r.value;
}
function parseError(input: Parameters<typeof parseUserKey>[0]): string {
  const r = parseUserKey(input);
  if (r.ok) throw new Error('expected an error');
  return r.error.message;
}

describe('pinned key pith-v1-2026-05', () => {
  const pinned = PINNED_KEYS[0]!;

  it('is the only pinned key, with the FORMAT.md §4 bytes and fingerprints', () => {
    expect(PINNED_KEYS.map((k) => k.keyId)).toEqual(['pith-v1-2026-05']);
    expect(toHex(pinned.publicKey)).toBe(PITH_HEX);
    expect(pinned).toMatchObject({
      algorithm: 'ed25519',
      fingerprintHex: '8d4b5ee74e4693bcd1df2446408b0d54',
      fingerprintB32: 'RVFV5Z2OI2J3ZUO7ERDEBCYNKS',
      origin: 'pinned',
      rotatesAt: null,
    });
  });

  it('checks every pinned entry, not only the first: a later corrupted one refuses to load, naming it', () => {
    const good = PINNED_KEY_SPECS[0]!;
    const second = { ...good, keyId: 'second-key', fingerprintHex: `${good.fingerprintHex.slice(0, -1)}5` };
    expect(() => pinnedKeys([good, second])).toThrow(/pinned key second-key does not match its pinned fingerprint/);
    expect(() => pinnedKeys([good, { ...good, keyId: 'b32-off', fingerprintB32: `${good.fingerprintB32.slice(0, -1)}A` }])).toThrow(/b32-off/);
    expect(() => pinnedKeys([good, { ...good }])).toThrow(/pinned twice/);
    // A small-order key with matching fingerprints is refused too (RFC 8032 §5.1.3; forged signatures verify under it).
    const smallOrder = '0100000000000000000000000000000000000000000000000000000000000000';
    const fp = keyFingerprint(fromHex(smallOrder)!);
    expect(() => pinnedKeys([{ ...good, keyId: 'small', publicKeyHex: smallOrder, fingerprintHex: fp.hex, fingerprintB32: fp.b32 }])).toThrow(/not a usable Ed25519 public key/);
    expect(pinnedKeys(PINNED_KEY_SPECS).map((k) => k.keyId)).toEqual(PINNED_KEYS.map((k) => k.keyId));
  });

  it('fingerprints recompute from the key bytes', () => {
    expect(keyFingerprint(pinned.publicKey)).toEqual({ hex: pinned.fingerprintHex, b32: pinned.fingerprintB32 });
  });

  it("matches the mirror manifest's public key, fingerprints and key id (pith-mirrors.json)", () => {
    const manifest = fixture('pith/pith-mirrors.json') as {
      mirrors: { public_key: Record<string, string | null> }[];
    };
    const mk = manifest.mirrors[0]!.public_key;
    expect(mk.key_id).toBe(pinned.keyId);
    expect(mk.algorithm).toBe(pinned.algorithm);
    expect(mk.public_key_b64).toBe(toBase64(pinned.publicKey));
    expect(toHex(fromBase64(mk.public_key_b64!)!)).toBe(toHex(pinned.publicKey));
    expect(mk.public_key_hex).toBe(toHex(pinned.publicKey));
    expect(mk.fingerprint_sha256_hex).toBe(pinned.fingerprintHex);
    expect(mk.fingerprint_sha256_b32_first128bits).toBe(pinned.fingerprintB32);
    expect(mk.rotates_at).toBe(pinned.rotatesAt);
  });

  it("matches the seed record receipt's public_key_fingerprint", () => {
    const seed = fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json') as { receipt: { key_id: string; public_key_fingerprint: string } };
    expect(seed.receipt.key_id).toBe(pinned.keyId);
    expect(seed.receipt.public_key_fingerprint).toBe(pinned.fingerprintHex);
  });

  it('is a frozen object', () => {
    expect(Object.isFrozen(pinned)).toBe(true);
    expect(Object.isFrozen(PINNED_KEYS)).toBe(true);
  });
});

describe('a corrupted build', () => {
  afterEach(() => {
    vi.doUnmock('./crypto/sha256');
    vi.resetModules();
  });

  it('refuses to load when the pinned key does not hash to its pinned fingerprint', async () => {
    vi.resetModules();
    vi.doMock('./crypto/sha256', () => ({ sha256: () => new Uint8Array(32) }));
    await expect(import('./keyring')).rejects.toThrow(/pith-v1-2026-05 does not match its pinned fingerprint/);
  });
});

describe('keyFingerprint', () => {
  it('is the first 16 bytes of SHA-256 in hex and the first 26 base32 characters', () => {
    // SHA-256 of 32 zero bytes = 66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925
    const fp = keyFingerprint(new Uint8Array(32));
    expect(fp.hex).toBe('66687aadf862bd776c8fc18b8e9f8e20');
    expect(fp.b32).toHaveLength(26);
    expect(fp.b32).toBe('MZUHVLPYMK6XO3EPYGFY5H4OEA');
  });

  it('rejects a key that is not 32 bytes, naming it', () => {
    expect(() => keyFingerprint('ab' as unknown as Uint8Array)).toThrow(TypeError);
  });
});

describe('parseUserKey', () => {
  it('accepts 64 hex characters (either case, surrounding whitespace) and 44 base64 characters alike', () => {
    const fromLower = parsed({ keyId: 'rfc8032-test1', publicKey: RFC_HEX });
    const fromUpper = parsed({ keyId: 'rfc8032-test1', publicKey: `  ${RFC_HEX.toUpperCase()}\n` });
    const b64 = toBase64(fromLower.publicKey);
    expect(b64).toHaveLength(44);
    const fromB64 = parsed({ keyId: 'rfc8032-test1', publicKey: b64, note: 'from RFC 8032' });
    for (const k of [fromLower, fromUpper, fromB64]) {
      expect(toHex(k.publicKey)).toBe(RFC_HEX);
      expect(k).toMatchObject({ keyId: 'rfc8032-test1', algorithm: 'ed25519', origin: 'user', rotatesAt: null, ...keyFingerprintFields(k) });
    }
    expect(fromLower.note).toBe('');
    expect(fromB64.note).toBe('from RFC 8032');
  });

  it.each([
    ['', 'got 0 characters'],
    [RFC_HEX.slice(0, 63), 'got 63 characters'],
    [`${RFC_HEX}00`, 'got 66 characters'],
    [RFC_HEX.replace('d', 'g'), 'got 64 characters'],
    ['stVStoiQhXFxp4s2pdzPNoqVNBMojDU/fJ2db5S3CbM', 'got 43 characters'], // unpadded
    ['stVStoiQhXFxp4s2pdzPNoqVNBMojDU_fJ2db5S3CbM=', 'got 44 characters that are not valid base64'], // base64url
    [toBase64(new Uint8Array(31)), 'got 31 bytes'],
    ['AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'got 33 bytes'],
  ])('rejects %j with a clear message', (publicKey, got) => {
    expect(parseError({ keyId: 'k', publicKey })).toBe(
      `publicKey: expected 32 bytes as 64 hex characters or 44 base64 characters, ${got}`,
    );
  });

  it('rejects a small-order key (forgeries would verify under it) and a non-canonical one', () => {
    const identity = `01${'00'.repeat(31)}`;
    expect(parseError({ keyId: 'k', publicKey: identity })).toMatch(/^publicKey: not a usable Ed25519 public key: it is a small-order point/);
    const yIsP = `ed${'ff'.repeat(30)}7f`; // y = p, a non-canonical encoding of y = 0
    expect(parseError({ keyId: 'k', publicKey: yIsP })).toMatch(/^publicKey: not a usable Ed25519 public key: it is not a canonical encoding/);
  });

  it.each(['', ' ', 'has space', 'a'.repeat(129), '-leading-dash', 'ключ'])('rejects key id %j', (keyId) => {
    const r = parseUserKey({ keyId, publicKey: RFC_HEX });
    expect(r.ok ? null : r.error.path).toBe('keyId');
  });
});

function keyFingerprintFields(k: TrustedKey): { fingerprintHex: string; fingerprintB32: string } {
  const fp = keyFingerprint(k.publicKey);
  return { fingerprintHex: fp.hex, fingerprintB32: fp.b32 };
}

describe('Keyring', () => {
  it('pinned() holds exactly the pinned keys', () => {
    const ring = Keyring.pinned();
    expect(ring.list()).toEqual(PINNED_KEYS);
    expect(ring.get('pith-v1-2026-05')).toBe(PINNED_KEYS[0]);
    expect(ring.get('nope')).toBeUndefined();
  });

  it('with() returns a new keyring and leaves the old one unchanged', () => {
    const ring = Keyring.pinned();
    const user = parsed({ keyId: 'mine', publicKey: RFC_HEX });
    const r = ring.with(user);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.list().map((k) => k.keyId)).toEqual(['pith-v1-2026-05', 'mine']);
    expect(r.value.get('mine')).toBe(user);
    expect(ring.get('mine')).toBeUndefined();
    expect(ring.list()).toHaveLength(1);
  });

  it('with() the same id and the same bytes is a no-op', () => {
    const ring = Keyring.pinned();
    const same = parsed({ keyId: 'pith-v1-2026-05', publicKey: PITH_HEX });
    const r = ring.with(same);
    expect(r.ok && r.value).toBe(ring);
    expect(ring.get('pith-v1-2026-05')?.origin).toBe('pinned');
  });

  it('with() an existing id and different bytes is an error, never a silent replacement', () => {
    const ring = Keyring.pinned();
    const impostor = parsed({ keyId: 'pith-v1-2026-05', publicKey: RFC_HEX });
    const r = ring.with(impostor);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.path).toBe('keyId');
    expect(r.error.message).toContain('"pith-v1-2026-05" is already in the keyring (pinned key, fingerprint 8d4b5ee74e4693bcd1df2446408b0d54)');
    expect(toHex(ring.get('pith-v1-2026-05')!.publicKey)).toBe(PITH_HEX);
  });
});

describe('Keyring.sameKeyAs', () => {
  it('names the other ids holding the same public key, and only those', () => {
    const r = Keyring.pinned().with(parsed({ keyId: 'renamed', publicKey: PITH_HEX }));
    const k = r.ok ? r.value : Keyring.pinned();
    const withRfc = k.with(parsed({ keyId: 'rfc', publicKey: RFC_HEX }));
    const all = withRfc.ok ? withRfc.value : k;
    expect(all.sameKeyAs('pith-v1-2026-05')).toEqual(['renamed']);
    expect(all.sameKeyAs('renamed')).toEqual(['pith-v1-2026-05']);
    expect(all.sameKeyAs('rfc')).toEqual([]);
    expect(all.sameKeyAs('absent')).toEqual([]);
  });
});
