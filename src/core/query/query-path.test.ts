/**
 * Deep links round-trip (query-path.ts): the path written for a query, parsed as the browser parses
 * it (node's URL is the WHATWG parser, the same rules as Chromium's address bar and pushState), and
 * read back by lookupParam, names the same query. Property-tested over DOIs with every character
 * that is special in a URL, and the cases a browser rewrites (dot segments, backslashes).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from './parse-query';
import { lookupParam, lookupPath } from './lookup-param';
import { classifyPaste, pathForQuery, queryTextOf } from './query-path';

/** A query the parser accepts. */
function q(input: string) {
  const r = parseQuery(input);
  if (!r.ok) throw new Error(`not a query: ${input}`);
  return r.value;
}

/** The path as the browser holds it after navigating to `path`. */
const browserPath = (path: string) => new URL(path, 'https://explorer.example/').pathname;

function roundTrip(input: string) {
  const q = parseQuery(input);
  if (!q.ok) return null;
  const param = lookupParam(browserPath(pathForQuery(q.value)));
  expect(param?.kind).toBe(q.value.type);
  const prefix = { pith: '', arxiv: 'arXiv:', doi: 'doi:' }[param!.kind];
  const back = parseQuery(prefix + param!.raw);
  // The link names the identifier, not the quotes or punctuation it was read from (`unwrapped`).
  expect(back.ok && back.value).toEqual({ ...q.value, unwrapped: undefined });
  return param!.raw;
}

describe('pathForQuery and lookupParam', () => {
  it('keeps the readable forms readable', () => {
    expect(pathForQuery(q('UTTGU3KIYM6JKD6ALUV7A7CX74'))).toBe('/pith/UTTGU3KIYM6JKD6ALUV7A7CX74');
    // A typed year stays in the link, so the page can say when the record's year is another.
    expect(pathForQuery(q('pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74'))).toBe('/pith/pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74');
    expect(pathForQuery(q('pith:UTTGU3KI'))).toBe('/pith/UTTGU3KI');
    expect(pathForQuery(q('10.48550/arXiv.math/0702322'))).toBe('/doi/10.48550/arXiv.math/0702322');
    expect(pathForQuery(q('math/0702322v2'))).toBe('/arxiv/math/0702322v2');
  });

  it('round-trips DOIs holding ? # % and spaces, dot segments and backslashes', () => {
    for (const doi of ['10.1000/a?b=c', '10.1000/a#frag', '10.1000/100%25', '10.1000/50%', '10.1000/../x', '10.1000/./x', '10.1000/a\\b', '10.1000/ü/€', '10.1000//x', '10.1000/%2F', '10.1000/x/', '10.1000/x//']) {
      expect(roundTrip(doi), doi).toBe(doi);
    }
    // A dot segment would be resolved away by the URL parser: the slashes are escaped instead.
    expect(pathForQuery(q('10.1000/../x'))).toBe('/doi/10.1000%2F..%2Fx');
    // So would a trailing slash, by the router: written %2F, it stays part of the DOI.
    expect(pathForQuery(q('10.1000/x/'))).toBe('/doi/10.1000%2Fx%2F');
  });

  it('round-trips any DOI the parser accepts (property)', () => {
    const tail = fc.string({ unit: fc.constantFrom('a', 'Z', '0', '.', '/', '?', '#', '%', '&', '=', '+', ' ', '\\', ':', ';', '@', '~', 'é', '😀', '<', '>', '"', '\t'), minLength: 1, maxLength: 24 });
    fc.assert(
      fc.property(tail, (t) => {
        const doi = `10.1234/${t}`;
        const q = parseQuery(doi);
        if (q.ok && q.value.type === 'doi') roundTrip(doi);
      }),
      { numRuns: 2000 },
    );
  });

  it('is null for other paths and for broken escapes', () => {
    expect(lookupParam('/settings')).toBeNull();
    expect(lookupParam('/pith/A/B')).toBeNull();
    expect(lookupParam('/pith/%E0%A4%A')).toBeNull();
    expect(lookupParam('/doi/')).toBeNull();
    expect(lookupParam('/doi/10.1%2F2')).toEqual({ kind: 'doi', raw: '10.1/2' });
  });

  it('lookupPath gives the same paths their parameter undecoded, broken escapes included', () => {
    expect(lookupPath('/pith/%E0%A4%A/')).toEqual({ kind: 'pith', encoded: '%E0%A4%A' });
    expect(lookupPath('/doi/10.1%2F2//')).toEqual({ kind: 'doi', encoded: '10.1%2F2' });
    expect(lookupPath('/pith/A/B')).toBeNull();
    expect(lookupPath('/settings')).toBeNull();
  });

  it('reads a path with trailing slashes as the router does: without them', () => {
    expect(lookupParam('/pith/UTTGU3KIYM6JKD6ALUV7A7CX74/')).toEqual({ kind: 'pith', raw: 'UTTGU3KIYM6JKD6ALUV7A7CX74' });
    expect(lookupParam('/doi/10.48550/arXiv.1704.04289//')).toEqual({ kind: 'doi', raw: '10.48550/arXiv.1704.04289' });
    expect(queryTextOf('/pith/UTTGU3KIYM6JKD6ALUV7A7CX74/', undefined)).toBe('UTTGU3KIYM6JKD6ALUV7A7CX74');
    expect(queryTextOf('/pith/%E0%A4%A/', undefined)).toBe('%E0%A4%A');
  });

  it('gives the search box the text the page was reached by', () => {
    expect(queryTextOf('/doi/10.1000%2F..%2Fx', undefined)).toBe('10.1000/../x');
    expect(queryTextOf('/pith/%E0%A4%A', undefined)).toBe('%E0%A4%A');
    expect(queryTextOf('/batch', undefined)).toBe('');
    expect(queryTextOf('/pith/X', 'typed')).toBe('typed');
  });
});

describe('classifyPaste: an identifier in brackets is no JSON array', () => {
  it('looks up [arXiv:1704.04289] and verifies a real array', () => {
    const r = classifyPaste('[arXiv:1704.04289]');
    expect(r.kind === 'query' && r.query.understood).toBe('arXiv 1704.04289, any version');
    expect(classifyPaste('[{"pith_number":"x"}]').kind).toBe('documents');
    expect(classifyPaste(' [\n').kind).toBe('documents');
    expect(classifyPaste('{"a":1}').kind).toBe('documents');
  });
});
