import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listSome } from './list-some';

describe('listSome', () => {
  it('lists up to max whole, and names how many more past it', () => {
    expect(listSome(['a', 'b'])).toBe('a; b');
    expect(listSome(['a', 'b', 'c'], ', ', 2)).toBe('a, b, and 1 more');
    expect(listSome(Array.from({ length: 300_000 }, (_, i) => `alias ${i}`))).toBe('alias 0; alias 1; alias 2; alias 3; alias 4; and 299,995 more');
  });

  it('never drops the count: the shown parts plus "N more" are all of them', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,4}$/), { maxLength: 40 }), fc.integer({ min: 1, max: 10 }), (parts, max) => {
        const out = listSome(parts, ' | ', max);
        const more = /\| and (\d+) more$/.exec(out);
        const shown = more ? out.slice(0, more.index).split(' | ').filter((x) => x !== '').length : parts.length;
        expect(shown + (more ? Number(more[1]) : 0)).toBe(parts.length);
      }),
    );
  });
});
