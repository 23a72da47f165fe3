import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutCodeUnits } from './cut-text';

/** No lone surrogate (String.prototype.isWellFormed, which the project's TypeScript lib predates). */
const wellFormed = (s: string) => !/\p{Surrogate}/u.test(s);

describe('cutCodeUnits', () => {
  it('never ends in half a surrogate pair', () => {
    expect(cutCodeUnits('😀'.repeat(5), 3)).toBe('😀');
    expect(cutCodeUnits('a😀', 2)).toBe('a');
    expect(cutCodeUnits('ab', 5)).toBe('ab');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(40), (s, n) => {
        const cut = cutCodeUnits(s, n);
        expect(s.startsWith(cut)).toBe(true);
        expect(cut.length).toBeGreaterThanOrEqual(Math.min(s.length, n) - 1);
        expect(cut.length).toBeLessThanOrEqual(Math.max(0, n));
        // A well-formed string stays well-formed when cut.
        expect(wellFormed(cut)).toBe(wellFormed(s));
      }),
    );
  });
});
