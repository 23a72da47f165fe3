import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex } from '../bytes';
import { formatFull, formatShort, parsePithNumber, suffixFromDigest, yearFromSubmittedAt } from './pith-number';

interface Vector {
  pith_number: string;
  canonical_sha256: string;
  canonical_record: { metadata: { submitted_at: string } } | null;
}
const vectors: Vector[] = JSON.parse(readFileSync(new URL('../../../tests/fixtures/pith/vectors.json', import.meta.url), 'utf8'));

describe('suffixFromDigest (FORMAT.md §1)', () => {
  it('gives every real vector its published number', () => {
    expect(vectors).toHaveLength(44);
    for (const v of vectors) {
      const suffix = suffixFromDigest(fromHex(v.canonical_sha256)!);
      expect(v.pith_number.endsWith(`:${suffix}`), v.pith_number).toBe(true);
      if (v.canonical_record) expect(formatFull(yearFromSubmittedAt(v.canonical_record.metadata.submitted_at)!, suffix)).toBe(v.pith_number);
    }
  });

  it('encodes the whole digest: encoding only 16 bytes changes the 26th character for some vectors', () => {
    const differing = vectors.filter((v) => {
      const d = fromHex(v.canonical_sha256)!;
      const padded = new Uint8Array(32);
      padded.set(d.slice(0, 16));
      return suffixFromDigest(padded)[25] !== suffixFromDigest(d)[25];
    });
    expect(differing.length).toBeGreaterThan(0);
  });

  it('rejects a digest that is not 32 bytes, naming the argument', () => {
    expect(() => suffixFromDigest(new Uint8Array(31))).toThrow(/digest: expected 32 bytes/);
  });
});

describe('parsePithNumber', () => {
  const FULL = 'pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74';
  it.each([
    [FULL, '2017', 'UTTGU3KIYM6JKD6ALUV7A7CX74'],
    ['  pith:2017:uttgu3kiym6jkd6aluv7a7cx74 ', '2017', 'UTTGU3KIYM6JKD6ALUV7A7CX74'],
    ['PITH:2017:UTTGU3KIYM6JKD6ALUV7A7CX74', '2017', 'UTTGU3KIYM6JKD6ALUV7A7CX74'],
    ['pith:UTTGU3KI', null, 'UTTGU3KI'],
    ['UTTGU3KIYM6JKD6ALUV7A7CX74', null, 'UTTGU3KIYM6JKD6ALUV7A7CX74'],
    ['uttgu3kiym6jkd6a', null, 'UTTGU3KIYM6JKD6A'],
    ['UTTGU3KIYM6J', null, 'UTTGU3KIYM6J'],
    ['https://pith.science/pith/UTTGU3KIYM6JKD6ALUV7A7CX74', null, 'UTTGU3KIYM6JKD6ALUV7A7CX74'],
    ['https://pith.science/pith/UTTGU3KIYM6JKD6ALUV7A7CX74.json', null, 'UTTGU3KIYM6JKD6ALUV7A7CX74'],
    ['pith.science/paper/UTTGU3KI', null, 'UTTGU3KI'],
    ['https://www.pith.science/pith/UTTGU3KIYM6JKD6ALUV7A7CX74/bundle.json', null, 'UTTGU3KIYM6JKD6ALUV7A7CX74'],
    ['\\pithnumber{UTTGU3KIYM6JKD6ALUV7A7CX74}', null, 'UTTGU3KIYM6JKD6ALUV7A7CX74'],
  ])('reads %s', (input, year, suffix) => {
    const r = parsePithNumber(input);
    expect(r).toEqual({ ok: true, value: { year, suffix } });
  });

  it.each([
    ['pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX7O'.replace('O', '0'), /'0' .*'O' is, and looks alike/],
    ['UTTGU3K1', /'1' .*'I' is, and looks alike/],
    ['pith:17:UTTGU3KIYM6JKD6ALUV7A7CX74', /'17' is not a four-digit year/],
    ['pith:2017:UTTGU3KI', /needs all 26 suffix characters; got 8/],
    ['UTTGU3KIYM', /has 10 characters; a pith number suffix has 26/],
    ['doi:UTTGU3KI', /starts with 'doi:'/],
    ['', /got nothing/],
    ['pith:UTTG!3KI', /'!' .*not a base32 character/],
    // Quoted as typed, at its place in what was typed (it once quoted 'UTTGU3KIYM6JKD6ALUV7A7CX70', joined and upper-cased).
    ['uttg u3ki-ym6j kd6a luv7 a7cx 70', /^'0' \(at position 32 of 'uttg u3ki-ym6j kd6a luv7 a7cx 70'\)/],
    ['uttg u3ki ym', /^'uttg u3ki ym' has 10 characters \(spaces and dashes aside\)/],
    // Only ASCII letters are upper-cased: a dotless i, a long s or a sharp s is no base32 letter.
    ['UTTGU3Kı', /^'ı' \(at position 8 of 'UTTGU3Kı'\) is not a base32 character/],
    ['UTTGU3Kß', /^'ß' \(at position 8/],
    ['UTTGU3K\u{1F600}', /^'\u{1F600}' \(at position 8/u],
  ])('explains what is wrong with %j', (input, message) => {
    const r = parsePithNumber(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('bad-pith-number');
      expect(r.error.message).toMatch(message);
    }
  });

  it('round-trips every number derived from any digest (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.integer({ min: 1991, max: 2100 }), (digest, y) => {
        const suffix = suffixFromDigest(digest);
        const full = formatFull(String(y), suffix);
        expect(parsePithNumber(full)).toEqual({ ok: true, value: { year: String(y), suffix } });
        expect(parsePithNumber(full.toLowerCase())).toEqual({ ok: true, value: { year: String(y), suffix } });
        expect(parsePithNumber(formatShort(suffix))).toEqual({ ok: true, value: { year: null, suffix: suffix.slice(0, 8) } });
      }),
    );
  });
});
