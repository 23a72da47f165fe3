import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookupParam } from './lookup-param';
import { percentEncodingProblem } from './percent-encoding';

describe('percentEncodingProblem', () => {
  it('names a % not followed by two hex digits, and where it is', () => {
    expect(percentEncodingProblem('%ZZ', 'q= value', 'query')).toBe("The q= value of this link, '%ZZ', is not valid percent-encoding: '%ZZ' at character 1 is not % and two hex digits (RFC 3986 §2.1). Type what you were looking for below.");
    expect(percentEncodingProblem('abc%', 'q= value', 'query')).toContain("'%' at character 4 is not % and two hex digits");
  });
  it('says when well-formed escapes do not spell UTF-8 (a browser would show U+FFFD)', () => {
    expect(percentEncodingProblem('%E0%A4', '/pith/ part', 'path')).toBe("The /pith/ part of this link, '%E0%A4', is not valid percent-encoding: its %-escapes do not spell UTF-8 text (RFC 3986 §2.1). Type what you were looking for below.");
  });
  it('is null for everything encodeURIComponent writes, and for + in a query (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => percentEncodingProblem(encodeURIComponent(s), 'q= value', 'query') === null && percentEncodingProblem(encodeURIComponent(s), 'x', 'path') === null));
    expect(percentEncodingProblem('a+b', 'q= value', 'query')).toBeNull();
  });
  it('agrees with lookupParam: a path it finds no problem in decodes', () => {
    expect(lookupParam('/pith/%ZZ')).toBeNull();
    expect(percentEncodingProblem('%ZZ', '/pith/ part', 'path')).not.toBeNull();
    expect(lookupParam('/arxiv/1704.04289')).toEqual({ kind: 'arxiv', raw: '1704.04289' });
  });
});
