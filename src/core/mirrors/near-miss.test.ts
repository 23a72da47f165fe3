import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aliasReader, readAliasIndex } from './alias-index';
import { nearMisses } from './near-miss';

// The embedded mirror's real alias index (public/mirror, built from the shared records).
const parsed = readAliasIndex(JSON.parse(readFileSync(new URL('../../../tests/fixtures/alias-index-v1.json', import.meta.url), 'utf8')));
if (!parsed.ok) throw new Error(parsed.error.message);
const index = aliasReader(parsed.value, () => Promise.resolve(null));
const SEED = 'UTTGU3KIYM6JKD6ALUV7A7CX74';

describe('nearMisses: only suggestions that resolve', async () => {
  it('offers the record whose prefix a full suffix with a wrong last character shares', async () => {
    expect(await nearMisses(index, `pith:2017:${SEED.slice(0, 25)}Q`)).toEqual([{ suffix: SEED, why: 'shares its first 16 characters with what you typed' }]);
    expect(await nearMisses(index, `${SEED.slice(0, 8)}${'A'.repeat(18)}`)).toEqual([{ suffix: SEED, why: 'shares its first 8 characters with what you typed' }]);
  });
  it('reads look-alike characters in the suffix only when the result is known', async () => {
    expect(await nearMisses(index, 'pith:2017:UTTGU3K1YM6JKD6ALUV7A7CX74')).toEqual([{ suffix: SEED, why: "'1' read as 'I'" }]);
    expect(await nearMisses(index, 'UTTGU3K1')).toEqual([{ suffix: SEED, why: "'1' read as 'I'" }]);
    expect(await nearMisses(index, 'ZZZZZZZ0')).toEqual([]);
  });
  it('reads look-alikes and then the prefix: a digit for the last letter, a look-alike and a wrong last character, one character short or long', async () => {
    expect(await nearMisses(index, `${SEED.slice(0, 25)}0`)).toEqual([{ suffix: SEED, why: "shares its first 16 characters with what you typed ('0' read as 'O')" }]);
    expect(await nearMisses(index, 'pith:2017:UTTGU3K1YM6JKD6ALUV7A7CX75')).toEqual([{ suffix: SEED, why: "shares its first 16 characters with what you typed ('1' read as 'I')" }]);
    expect(await nearMisses(index, SEED.slice(0, 25))).toEqual([{ suffix: SEED, why: 'shares its first 16 characters with what you typed' }]);
    expect(await nearMisses(index, `${SEED}Q`)).toEqual([{ suffix: SEED, why: 'shares its first 16 characters with what you typed' }]);
    // A short prefix the index does not know is not stretched into a guess.
    expect(await nearMisses(index, `${SEED.slice(0, 7)}Q`)).toEqual([]);
  });
  it('offers nothing for what is known already, or shares no published prefix', async () => {
    expect(await nearMisses(index, `pith:2017:${SEED}`)).toEqual([]);
    expect(await nearMisses(index, 'pith:UTTGU3KI')).toEqual([]);
    expect(await nearMisses(index, 'pith:2017:QQQQQQQQQQQQQQQQQQQQQQQQQQ')).toEqual([]);
    expect(await nearMisses(index, 'not a number')).toEqual([]);
  });
});
