import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64, fromHex, toBase64, toHex } from './bytes';

describe('bytes', () => {
  it('hex round-trips and matches node (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        expect(toHex(b)).toBe(Buffer.from(b).toString('hex'));
        expect(fromHex(toHex(b))).toEqual(b);
      }),
    );
  });
  it('refuses anything but lower-case hex of even length', () => {
    for (const bad of ['0', 'AB', 'zz', '0g', 'é0', ' 00']) expect(fromHex(bad), bad).toBeNull();
    expect(fromHex('')).toEqual(new Uint8Array(0));
  });
  it('base64 is strict and padded (RFC 4648 §4)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (b) => {
        expect(fromBase64(toBase64(b))).toEqual(b);
      }),
    );
    for (const bad of ['abc', 'ab=c', 'a-b_', '====']) expect(fromBase64(bad), bad).toBeNull();
  });
});
