import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from './parse-query';

describe('parseQuery: detects what a pasted string names', () => {
  it.each([
    ['pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74', 'pith', 'pith number pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74'],
    ['pith:UTTGU3KI', 'pith', 'pith number prefix UTTGU3KI (8 characters)'],
    ['uttgu3kiym6jkd6aluv7a7cx74', 'pith', 'pith number UTTGU3KIYM6JKD6ALUV7A7CX74'],
    ['https://pith.science/pith/UTTGU3KIYM6JKD6ALUV7A7CX74', 'pith', 'pith number UTTGU3KIYM6JKD6ALUV7A7CX74'],
    ['1704.04289', 'arxiv', 'arXiv 1704.04289, any version'],
    ['1704.04289v2', 'arxiv', 'arXiv 1704.04289, version 2'],
    ['arXiv:1704.04289', 'arxiv', 'arXiv 1704.04289, any version'],
    ['math/0702322', 'arxiv', 'arXiv math/0702322, any version'],
    ['arXiv:math/0702322v2', 'arxiv', 'arXiv math/0702322, version 2'],
    ['https://arxiv.org/abs/1704.04289v2', 'arxiv', 'arXiv 1704.04289, version 2'],
    ['https://arxiv.org/pdf/1704.04289', 'arxiv', 'arXiv 1704.04289, any version'],
    ['https://arxiv.org/pdf/1704.04289v1.pdf', 'arxiv', 'arXiv 1704.04289, version 1'],
    ['http://arxiv.org/abs/math/0702322', 'arxiv', 'arXiv math/0702322, any version'],
    ['2605.15967', 'arxiv', 'arXiv 2605.15967, any version'],
    ['10.48550/arXiv.1704.04289', 'doi', 'DOI 10.48550/arXiv.1704.04289 (arXiv 1704.04289)'],
    ['10.48550/arxiv.math/0702322', 'doi', 'DOI 10.48550/arxiv.math/0702322 (arXiv math/0702322)'],
    ['https://doi.org/10.48550/arXiv.1704.04289', 'doi', 'DOI 10.48550/arXiv.1704.04289 (arXiv 1704.04289)'],
    ['doi:10.48550/arXiv.1704.04289', 'doi', 'DOI 10.48550/arXiv.1704.04289 (arXiv 1704.04289)'],
  ])('%s → %s', (input, type, understood) => {
    const r = parseQuery(input);
    expect(r.ok && r.value.type).toBe(type);
    expect(r.ok && r.value.understood).toBe(understood);
  });

  it('unwraps a paste in angle brackets, and keeps a lone > as part of a DOI', () => {
    const wrapped = parseQuery('<https://doi.org/10.48550/arXiv.1704.04289>');
    expect(wrapped.ok && wrapped.value.type === 'doi' && wrapped.value.arxivId).toBe('1704.04289');
    // Said, as for quotes (a walk-through, 2026-12-04: the hint was silent about the brackets).
    expect(wrapped.ok && wrapped.value.unwrapped).toBe('<https://doi.org/10.48550/arXiv.1704.04289>');
    const lone = parseQuery('10.1234/x>');
    expect(lone.ok && lone.value.type === 'doi' && lone.value.doi).toBe('10.1234/x>');
  });

  it("reads a record page's own link, from any host (as Share gives it; a walk-through, 2026-12-03)", () => {
    const read = (s: string) => {
      const r = parseQuery(s);
      return r.ok ? [r.value.type, r.value.understood] : ['error', r.error.message];
    };
    expect(read('http://localhost:4320/pith/UTTGU3KIYM6JKD6ALUV7A7CX74')).toEqual(['pith', 'pith number UTTGU3KIYM6JKD6ALUV7A7CX74']);
    expect(read('https://explorer.example/pith/pith:2018:UTTGU3KIYM6JKD6ALUV7A7CX74/')).toEqual(['pith', 'pith number pith:2018:UTTGU3KIYM6JKD6ALUV7A7CX74']);
    expect(read('https://explorer.example/arxiv/1704.04289v2#top')).toEqual(['arxiv', 'arXiv 1704.04289, version 2']);
    expect(read('https://explorer.example/doi/10.48550/arXiv.1704.04289')[0]).toBe('doi');
    expect(read('https://explorer.example/?q=1704.04289&x=1')[0]).toBe('arxiv');
    // Read once: a link inside a link's ?q= is not followed.
    expect(read(`https://a.example/?q=${encodeURIComponent('https://b.example/pith/UTTGU3KIYM6JKD6ALUV7A7CX74')}`)[0]).toBe('error');
    expect(read('https://explorer.example/settings')[0]).toBe('error');
    expect(read('https://explorer.example/pith/%ZZ')[0]).toBe('error');
  });

  it('keeps the arXiv id of an arXiv DOI', () => {
    const r = parseQuery('https://doi.org/10.48550/arXiv.math/0702322');
    expect(r.ok && r.value.type === 'doi' && r.value.arxivId).toBe('math/0702322');
  });

  it.each([
    ['', /Type a pith number/],
    ['1704.042', /4 or 5 digits after the dot/],
    ['pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX70', /'O' is, and looks alike/],
    ['https://arxiv.org/abs/nonsense', /not an arXiv id/],
    ['10.48550/arXiv.banana', /after 10.48550\/arXiv. is not an arXiv id/],
    ['hello world', /Expected a pith number/],
    // The unreadable text is quoted as typed, angle brackets and all (it once read 'b>hi</b').
    ['<b>hi</b>', /^Could not read '<b>hi<\/b>'/],
    // A suffix in lower case or in groups gets the pith explanation with its place, not the generic one (a walk-through, 2026-12-04).
    ['uttg u3ki-ym6j kd6a luv7 a7cx 70', /^'0' \(at position 32 of 'uttg u3ki-ym6j kd6a luv7 a7cx 70'\) is not a base32 character \('O' is/],
    ['uttgu3k1', /^'1' \(at position 8 of 'uttgu3k1'\)/],
  ])('explains %j', (input, message) => {
    const r = parseQuery(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(message);
  });
});

describe('parseQuery: an identifier pasted with the prose around it', () => {
  it.each([
    ['"pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74".', 'pith number pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74'],
    ['\u201cpith:UTTGU3KI\u201d,', 'pith number prefix UTTGU3KI (8 characters)'],
    ['(arXiv:1704.04289)', 'arXiv 1704.04289, any version'],
    ['arXiv:1704.04289 [stat.ML]', 'arXiv 1704.04289, any version'],
    ['arXiv:1704.04289v2  [stat.ML]  19 Jun 2018', 'arXiv 1704.04289, version 2'],
    ['arXiv:math/0702322 [math.AG].', 'arXiv math/0702322, any version'],
    ['`10.48550/arXiv.1704.04289`;', 'DOI 10.48550/arXiv.1704.04289 (arXiv 1704.04289)'],
    ['https://doi.org/10.48550/arXiv.1704.04289.', 'DOI 10.48550/arXiv.1704.04289 (arXiv 1704.04289)'],
    ['[https://arxiv.org/abs/1704.04289v2]', 'arXiv 1704.04289, version 2'],
    ["\u00ab'1704.04289'\u00bb", 'arXiv 1704.04289, any version'],
    ['\u300c1704.04289\u300d', 'arXiv 1704.04289, any version'],
  ])('%j', (input, understood) => {
    const r = parseQuery(input);
    expect(r.ok && r.value.understood).toBe(understood);
    // Said, not silent: the query carries the text as pasted.
    expect(r.ok && r.value.unwrapped).toBe(input);
  });

  it('reads the text as given first: a DOI keeps a bracket or full stop of its own', () => {
    const doi = parseQuery('10.1002/(SICI)1097-4636(199706)35:4<437::AID-JBM4>3.0.CO;2-B');
    expect(doi.ok && doi.value.type === 'doi' && doi.value.doi).toBe('10.1002/(SICI)1097-4636(199706)35:4<437::AID-JBM4>3.0.CO;2-B');
    const plain = parseQuery('1704.04289');
    expect(plain.ok && plain.value.unwrapped).toBeUndefined();
  });

  it("the identifier's own fault is named, not the quotes'", () => {
    const r = parseQuery('"1704.042".');
    expect(!r.ok && r.error.message).toMatch(/4 or 5 digits after the dot/);
    expect(parseQuery('"".').ok).toBe(false);
    expect(parseQuery('(hello world)').ok).toBe(false);
  });

  it('unwrapping never turns a read query into another one (property)', () => {
    // Whatever reads as given reads the same: the fallback is only for text that does not read.
    fc.assert(
      fc.property(fc.constantFrom('pith:UTTGU3KI', '1704.04289v2', '10.48550/arXiv.1704.04289', 'math/0702322'), fc.constantFrom('"', '(', '[', '\u201c', ''), fc.constantFrom('.', ',', '', ' [cs.LG]'), (id, open, tail) => {
        const close = { '"': '"', '(': ')', '[': ']', '\u201c': '\u201d', '': '' }[open]!;
        const plain = parseQuery(id);
        const wrapped = parseQuery(`${open}${id}${close}${tail}`);
        expect(wrapped.ok && wrapped.value.understood).toBe(plain.ok && plain.value.understood);
      }),
    );
  });
});

describe('parseQuery: hostile and broken input is explained, never thrown', () => {
  it('a doi.org URL with a bad percent escape', () => {
    for (const bad of ['https://doi.org/%', 'https://doi.org/10.1234/%E0', 'doi.org/10.1/%zz']) {
      const r = parseQuery(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toContain('not valid percent-encoding');
    }
  });
  it('names invisible and look-alike characters, and echoes at most 60 characters of the input', () => {
    const r = parseQuery('\u200bpith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74');
    expect(!r.ok && r.error.message).toContain('U+200B, a zero-width space, at character 1');
    const long = parseQuery(`x${'y'.repeat(1_000_000)}`);
    expect(!long.ok && long.error.message.length).toBeLessThan(400);
  });
  it('never throws, whatever the string (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => void parseQuery(s)));
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (s) => void parseQuery(`https://doi.org/${s}`)));
  });
});

describe('parseQuery: a suffix one character long gets the pith explanation, not the generic one', () => {
  it('27 characters, like 25, says how many a suffix has', () => {
    for (const n of [25, 27, 30]) {
      const r = parseQuery('A'.repeat(n));
      expect(!r.ok && r.error.message).toContain(`has ${n} characters; a pith number suffix has 26`);
    }
  });
});
