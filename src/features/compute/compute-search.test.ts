import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPUTE_FIELDS, EMPTY_VALUES, sameValues, searchOfValues, valuesFromSearch, type ComputeValues } from './compute-search';
import { PERSISTENT_URIS_EXAMPLE } from './compute-examples';

describe('compute form in the URL', () => {
  it('reads back every value it wrote, exactly as typed', () => {
    const values = fc.record(Object.fromEntries(COMPUTE_FIELDS.map((f) => [f, fc.string()])) as Record<keyof ComputeValues, fc.Arbitrary<string>>);
    fc.assert(
      fc.property(values, (v) => {
        expect(valuesFromSearch(searchOfValues(v))).toEqual(v);
      }),
    );
    expect(sameValues(valuesFromSearch(searchOfValues(PERSISTENT_URIS_EXAMPLE.input)), PERSISTENT_URIS_EXAMPLE.input)).toBe(true);
  });
  it('leaves empty fields out and ignores anything else', () => {
    expect(searchOfValues(EMPTY_VALUES)).toEqual({});
    expect(valuesFromSearch({ title: 42, q: 'x', version: '2' })).toEqual({ ...EMPTY_VALUES, version: '2' });
  });
});
