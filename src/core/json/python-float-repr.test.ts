import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pythonFloatRepr } from './python-float-repr';

// Expected strings are what CPython 3.11 prints for repr(x); the bulk comparison against Python
// is the float cases of tests/fixtures/python/canonical-json.jsonl.
describe('pythonFloatRepr', () => {
  it.each([
    [1, '1.0'],
    [0, '0.0'],
    [-0, '-0.0'],
    [0.1, '0.1'],
    [1 / 3, '0.3333333333333333'],
    [100000, '100000.0'],
    [1e15, '1000000000000000.0'],
    [1e16, '1e+16'],
    [1.5e16, '1.5e+16'],
    [1.2345678901234568e17, '1.2345678901234568e+17'],
    [1e22, '1e+22'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [1e-7, '1e-07'],
    [-1.5e-7, '-1.5e-07'],
    [123456789.123, '123456789.123'],
    [1.5e300, '1.5e+300'],
    [5e-324, '5e-324'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [NaN, 'nan'],
    [Infinity, 'inf'],
    [-Infinity, '-inf'],
  ])('repr(%s) is %s', (x, want) => {
    expect(pythonFloatRepr(x)).toBe(want);
  });

  it('round-trips every finite double in Python layout', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const r = pythonFloatRepr(x);
        expect(Object.is(Number(r), x)).toBe(true);
        const m = /^-?(?:(?:0|[1-9]\d*)\.\d+|[1-9](?:\.\d*[1-9])?e([+-])(\d{2,3})(?<!e[+-]0\d\d))$/.exec(r);
        expect(m, r).not.toBeNull();
        // Scientific exactly when the decimal exponent is < -4 or >= 16. Comparing with the doubles
        // 1e-4 and 1e16 is exact: a double below 1e-4 cannot have the shortest repr 0.0001.
        const scientific = x !== 0 && (Math.abs(x) < 1e-4 || Math.abs(x) >= 1e16);
        expect(m![1] !== undefined, r).toBe(scientific);
      }),
      { numRuns: 5000 },
    );
  });
});
