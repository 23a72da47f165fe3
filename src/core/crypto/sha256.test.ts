import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toHex, utf8 } from '../bytes';
import { loadFastSha256, sha256Utf8Pieces, sha256, sha256Backend, sha256Noble, sha256Utf8, SHA256_SELF_TEST } from './sha256';

const nodeSha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('sha256 adapter', () => {
  it('hashes with noble until the WebAssembly backend is loaded, then with it', async () => {
    expect(sha256Backend()).toBe('noble');
    expect(toHex(sha256(utf8('abc')))).toBe(SHA256_SELF_TEST[0]![1]);
    expect(await loadFastSha256()).toBe('wasm');
    expect(sha256Backend()).toBe('wasm');
    expect(await loadFastSha256()).toBe('wasm'); // loaded once per realm
  });

  it('both backends agree with node on FIPS 180-2 vectors and at block edges', async () => {
    await loadFastSha256();
    const million = utf8('a'.repeat(1_000_000)); // FIPS 180-2 B.3
    expect(toHex(sha256(million))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
    for (const [msg, hex] of SHA256_SELF_TEST) {
      expect(toHex(sha256(utf8(msg)))).toBe(hex);
      expect(toHex(sha256Noble(utf8(msg)))).toBe(hex);
    }
    // Padding edges (FIPS 180-4 §5.1.1): 55, 56, 63, 64 and 65 bytes.
    for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 128]) {
      const b = new Uint8Array(n).map((_, i) => i * 7);
      expect(toHex(sha256(b)), `${n} bytes`).toBe(nodeSha256(b));
      expect(toHex(sha256Noble(b)), `${n} bytes`).toBe(nodeSha256(b));
    }
  });

  it('the WebAssembly backend equals noble and node on random inputs (property)', async () => {
    await loadFastSha256();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (b) => {
        const want = nodeSha256(b);
        expect(toHex(sha256(b))).toBe(want);
        expect(toHex(sha256Noble(b))).toBe(want);
      }),
      { numRuns: 300 },
    );
  });

  it('a subarray is hashed as its own bytes, not its whole buffer', async () => {
    await loadFastSha256();
    const whole = utf8('xxabcxx');
    expect(toHex(sha256(whole.subarray(2, 5)))).toBe(SHA256_SELF_TEST[0]![1]);
  });

  it('sha256Utf8 hashes the UTF-8 bytes of any text and reports their length (property)', async () => {
    await loadFastSha256();
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const bytes = Buffer.from(text, 'utf8');
        const got = sha256Utf8(text);
        expect(toHex(got.digest)).toBe(nodeSha256(bytes));
        expect(got.byteLength).toBe(bytes.length);
      }),
      { numRuns: 300 },
    );
    // Past the initial scratch buffer (4096 bytes), and an astral character's 4 bytes at the end.
    const long = 'é'.repeat(5000) + '𝔸';
    expect(toHex(sha256Utf8(long).digest)).toBe(nodeSha256(Buffer.from(long, 'utf8')));
    expect(sha256Utf8(long).byteLength).toBe(10_004);
  });

  it('hashes text piece by piece exactly as one string, never splitting a surrogate pair (property)', async () => {
    for (const load of [false, true]) {
      if (load) await loadFastSha256();
      fc.assert(
        fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 60 }), { maxLength: 8 }), fc.integer({ min: 1, max: 9 }), (pieces, units) => {
          const whole = pieces.join('');
          const got = sha256Utf8Pieces((add) => pieces.forEach(add), units);
          expect(toHex(got.digest)).toBe(nodeSha256(Buffer.from(whole, 'utf8')));
          expect(got.byteLength).toBe(Buffer.byteLength(whole, 'utf8'));
        }),
        { numRuns: 200 },
      );
    }
    // Past the piece size (2^18 units) the long path is taken, and the scratch buffer stays small.
    const big = `${'𝔸é a'.repeat(70_000)}𝔸`;
    expect(toHex(sha256Utf8(big).digest)).toBe(nodeSha256(Buffer.from(big, 'utf8')));
  });

  it('names the bad argument', () => {
    expect(() => sha256('abc' as unknown as Uint8Array)).toThrow(/sha256 input: expected Uint8Array, got string/);
  });
});
