import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { isLosslessNumber, parse as losslessParse } from 'lossless-json';
import { describe, expect, it } from 'vitest';
import { JsonFloat, type JsonValue } from './json-value';
import { parseJson } from './parse-json';

/** One comparable shape for both parsers: ints as decimal strings, floats as their literal. */
function norm(v: unknown): unknown {
  if (typeof v === 'number' || typeof v === 'bigint') return { int: BigInt(v).toString() };
  if (v instanceof JsonFloat) return { float: v.literal };
  if (isLosslessNumber(v)) {
    const lit = (v as { value: string }).value;
    return /[.eE]/.test(lit) ? { float: lit } : { int: BigInt(lit).toString() };
  }
  if (Array.isArray(v)) return v.map(norm);
  if (v && typeof v === 'object') return Object.entries(v).map(([k, x]) => [k, norm(x)]);
  return v;
}

function oracle(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: losslessParse(text) };
  } catch {
    return { ok: false };
  }
}

const fixtureLines = readFileSync(new URL('../../../tests/fixtures/python/canonical-json.jsonl', import.meta.url), 'utf8').trim().split('\n');

describe('parseJson agrees with lossless-json (the oracle it replaced for speed)', () => {
  it('on every Python fixture input', () => {
    expect(fixtureLines.length).toBeGreaterThan(2000);
    for (const line of fixtureLines) {
      const { input } = JSON.parse(line) as { input: string };
      const mine = parseJson(input);
      const theirs = oracle(input);
      expect(mine.ok, input.slice(0, 80)).toBe(theirs.ok);
      if (mine.ok && theirs.ok) expect(norm(mine.value)).toEqual(norm(theirs.value));
    }
  });

  it('on random JSON text, including odd whitespace and unicode (property)', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'medium' }), (text) => {
        const mine = parseJson(text);
        expect(mine.ok).toBe(true);
        if (mine.ok) expect(norm(mine.value)).toEqual(norm(losslessParse(text)));
      }),
      { numRuns: 500 },
    );
  });

  it('on random broken text: both refuse or both accept the same value (property)', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom('', '"', '\\', ',', '}', ']', '{', 'x', '\u0001', '01', '-', '.5'), (text, at, junk) => {
        const i = at % (text.length + 1);
        const broken = text.slice(0, i) + junk + text.slice(i);
        const mine = parseJson(broken);
        const theirs = oracle(broken);
        if (broken.trim() === '') return;
        expect(mine.ok, JSON.stringify(broken)).toBe(theirs.ok);
        if (mine.ok && theirs.ok) expect(norm(mine.value)).toEqual(norm(theirs.value));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseJson specifics', () => {
  it('keeps literals: floats as written, ints as ints, big ints as bigint', () => {
    const r = parseJson('{"a":1.0,"b":1e-07,"c":12345678901234567890,"d":-0,"e":2}');
    expect(r.ok).toBe(true);
    const v = (r as { value: Record<string, JsonValue> }).value;
    expect(v.a).toEqual(new JsonFloat('1.0'));
    expect(v.b).toEqual(new JsonFloat('1e-07'));
    expect(v.c).toBe(12345678901234567890n);
    expect(v.e).toBe(2);
  });
  it('rejects duplicate keys, raw control characters and bad escapes with a position', () => {
    expect(parseJson('{"a":1,"a":2}')).toMatchObject({ ok: false, error: { code: 'json-syntax', message: expect.stringMatching(/Duplicate key 'a'/) } });
    expect(parseJson('{"a":"x\u0001"}')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/control character/) } });
    expect(parseJson('{"a":"\\q"}')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/valid escapes/) } });
    expect(parseJson('[1,]')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/position 3/) } });
  });
  it('makes "__proto__" an ordinary key', () => {
    const r = parseJson('{"__proto__":{"polluted":true}}');
    expect(r.ok && Object.keys(r.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.ok && Object.getPrototypeOf(r.value)).toBe(Object.prototype);
  });
  it('reports absurd nesting instead of crashing, at a fixed depth whatever the stack', () => {
    expect(parseJson('['.repeat(200_000) + ']'.repeat(200_000))).toMatchObject({ ok: false, error: { message: expect.stringMatching(/nested more than 1,000 levels deep/) } });
    expect(parseJson('{"a":'.repeat(1001) + '1' + '}'.repeat(1001))).toMatchObject({ ok: false });
    expect(parseJson('{"a":'.repeat(1000) + '1' + '}'.repeat(1000))).toMatchObject({ ok: true });
    expect(parseJson(`[${'[],'.repeat(5000)}[]]`)).toMatchObject({ ok: true }); // wide is fine, only deep is refused
  });
});
