import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSubmittedAt } from './submitted-at';

const value = (s: string) => {
  const r = readSubmittedAt(s);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const refusal = (s: string) => {
  const r = readSubmittedAt(s);
  return r.ok ? null : r.error;
};

describe('readSubmittedAt', () => {
  it('keeps the canonical form as it is, with nothing to say', () => {
    expect(value('2017-04-13T22:17:30Z')).toEqual({ value: '2017-04-13T22:17:30Z', note: null });
  });
  it('reads the forms people paste, and says how it read them', () => {
    // arXiv's submission history line for 1602.09102 (the compute page's example paper).
    expect(value('[v1] Mon, 29 Feb 2016 19:03:23 UTC (1,114 KB)')).toEqual({ value: '2016-02-29T19:03:23Z', note: 'read as 2016-02-29T19:03:23Z' });
    expect(value('Mon, 29 Feb 2016 19:03:23 UTC').value).toBe('2016-02-29T19:03:23Z');
    expect(value('29 Feb 2016 19:03:23 GMT').value).toBe('2016-02-29T19:03:23Z');
    expect(value('2017-04-13T22:17:30+00:00').value).toBe('2017-04-13T22:17:30Z');
    expect(value('2017-04-13 22:17:30Z').value).toBe('2017-04-13T22:17:30Z');
    expect(value('2017-04-13T22:17:30.000Z').value).toBe('2017-04-13T22:17:30Z');
    // An offset is converted to UTC, across midnight and the year (the year is the number's!).
    expect(value('2017-12-31T22:30:00-02:00')).toEqual({ value: '2018-01-01T00:30:00Z', note: 'read as 2018-01-01T00:30:00Z (converted from -02:00 to UTC)' });
    expect(value('2018-01-01T01:00:00+0130').value).toBe('2017-12-31T23:30:00Z');
  });
  it('refuses rather than guesses', () => {
    expect(refusal('2016-02-29 19:03:23')).toMatch(/no time zone; add Z/);
    expect(refusal('2016-02-29T19:03:23.5Z')).toMatch(/fraction of a second/);
    expect(refusal('Tue, 29 Feb 2016 19:03:23 UTC')).toMatch(/29 Feb 2016 was a Monday, not Tue/);
    expect(refusal('2017-02-29T19:03:23Z')).toMatch(/not a real date/);
    expect(refusal('Mon, 30 Foo 2016 19:03:23 UTC')).toMatch(/"Foo" is not a month/);
    expect(refusal('2016-02-29')).toMatch(/expected 2017-04-13T22:17:30Z/);
    expect(refusal('')).toMatch(/got nothing/);
  });
  it('refuses offsets past ±23:59 and UTC years outside 0000–9999 (the number takes the year)', () => {
    for (const bad of ['2017-04-13T22:17:30+99:99', '2017-04-13T22:17:30+00:60', '2017-04-13T22:17:30+24:00', '29 Feb 2016 19:03:23 +9999']) expect(refusal(bad)).toMatch(/is not a UTC offset/);
    expect(value('2017-04-13T22:17:30-23:59').value).toBe('2017-04-14T22:16:30Z');
    expect(refusal('9999-12-31T23:59:59-05:00')).toMatch(/year 10000 in UTC/);
    expect(refusal('0000-01-01T00:30:00+01:00')).toMatch(/year -1 in UTC/);
    expect(value('9999-12-31T23:59:59Z').value).toBe('9999-12-31T23:59:59Z');
    // Years below 100 are years, not 19xx (Date.UTC's reading).
    expect(value('0050-06-01T00:00:00Z').value).toBe('0050-06-01T00:00:00Z');
    expect(value('0100-01-01T00:30:00+01:00').value).toBe('0099-12-31T23:30:00Z');
  });
  it('refuses input longer than any time before a pattern runs on it (no quadratic blow-up)', () => {
    const long = `1 Jan 2017 00:00:00${' '.repeat(1_000_000)}x`;
    // Before the cap this input took minutes in the arXiv pattern; the message shows the length check answered.
    expect(refusal(long)).toMatch(/1,000,020 characters; a submission time is under 100/);
  });
  it('agrees with the JavaScript engine for any second from 1991 to 2099, written either way', () => {
    // Differential: Date's own toISOString / toUTCString ("Mon, 29 Feb 2016 19:03:23 GMT") are an
    // independent writer of the same instants.
    fc.assert(
      fc.property(fc.date({ min: new Date('1991-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }), fc.integer({ min: -12 * 60, max: 14 * 60 }), (d, offset) => {
        const t = new Date(Math.floor(d.getTime() / 1000) * 1000);
        const canonical = t.toISOString().replace('.000Z', 'Z');
        expect(value(canonical).value).toBe(canonical);
        expect(value(t.toUTCString()).value).toBe(canonical);
        const local = new Date(t.getTime() + offset * 60_000).toISOString().slice(0, 19);
        const zone = `${offset < 0 ? '-' : '+'}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
        expect(value(`${local}${zone}`).value).toBe(canonical);
      }),
    );
  });
});
