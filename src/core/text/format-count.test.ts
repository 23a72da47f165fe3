import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count';

describe('formatCount', () => {
  it('writes what toLocaleString("en-US") writes, for every safe integer (property, node has full ICU)', () => {
    fc.assert(fc.property(fc.maxSafeInteger(), (n) => void expect(formatCount(n)).toBe(n.toLocaleString('en-US'))));
    for (const n of [0, 7, 999, 1000, 12345, 1_000_000, -1234, Number.MAX_SAFE_INTEGER]) expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
    // A count of nothing has no sign: -0 is written 0 (toLocaleString writes -0).
    expect(formatCount(-0)).toBe('0');
  });
  it('leaves fractions, NaN and infinities to toLocaleString', () => {
    for (const n of [1234.5, Number.NaN, Infinity, 2 ** 60]) expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
  });
});
