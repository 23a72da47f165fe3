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
    for (const bad of ['abc', 'ab=c', 'a-b_', '====', 'a===', '=abc', 'ab=']) expect(fromBase64(bad), bad).toBeNull();
  });
  it('accepts exactly the padded RFC 4648 §4 shapes (property, against the one-regex definition)', () => {
    const definition = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
    const char = fc.constantFrom(...'AZaz09+/=-_ '.split(''));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 14 }).map((cs) => cs.join('')), (s) => {
        expect(fromBase64(s) !== null, JSON.stringify(s)).toBe(definition.test(s));
      }),
      { numRuns: 3000 },
    );
  });
});
