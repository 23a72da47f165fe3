import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex } from '../bytes';
import { sha256 } from '../crypto/sha256';
import { canonicalJson, compareCodePoints } from './canonical-json';
import { JsonFloat, type JsonValue } from './json-value';
import { parseJson } from './parse-json';

const fixture = (path: string) => readFileSync(new URL(`../../../tests/fixtures/${path}`, import.meta.url), 'utf8');

interface Case {
  input: string;
  note: string;
  canonical_hex?: string;
  sha256?: string;
  expected_sha256?: string;
  error?: string;
}

const cases: Case[] = fixture('python/canonical-json.jsonl')
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => JSON.parse(l) as Case);

const show = (s: string) => (s.length > 200 ? `${JSON.stringify(s.slice(0, 200))}…(${s.length} chars)` : JSON.stringify(s));

function canonicalOf(text: string) {
  const parsed = parseJson(text);
  if (!parsed.ok) throw new Error(`parseJson failed on ${show(text)}: ${parsed.error.message}`);
  return canonicalJson(parsed.value);
}

describe('canonicalJson against Python (tests/fixtures/python/canonical-json.jsonl)', () => {
  it('has the generated cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(2000);
    expect(cases.filter((c) => c.error !== undefined).length).toBeGreaterThan(20);
    expect(cases.filter((c) => c.expected_sha256 !== undefined).length).toBeGreaterThanOrEqual(41);
  });

  it('reproduces every byte Python wrote, and refuses what Python cannot encode', () => {
    const failures: string[] = [];
    for (const c of cases) {
      const got = canonicalOf(c.input);
      if (c.error !== undefined) {
        if (got.ok) failures.push(`${c.note} ${show(c.input)}: Python fails (${c.error}), got ${show(got.value.text)}`);
        else if (got.error.code !== 'not-canonicalizable') failures.push(`${c.note} ${show(c.input)}: code ${got.error.code}`);
        continue;
      }
      if (!got.ok) {
        failures.push(`${c.note} ${show(c.input)}: ${got.error.message} at ${got.error.path}`);
        continue;
      }
      const hex = toHex(got.value.bytes);
      if (hex !== c.canonical_hex) {
        const want = new TextDecoder().decode(Uint8Array.from(Buffer.from(c.canonical_hex!, 'hex')));
        failures.push(`${c.note} ${show(c.input)}:\n  want ${show(want)}\n  got  ${show(got.value.text)}`);
      } else if (toHex(sha256(got.value.bytes)) !== c.sha256) {
        failures.push(`${c.note} ${show(c.input)}: sha256 mismatch`);
      }
    }
    expect({ count: failures.length, first: failures.slice(0, 30) }).toEqual({ count: 0, first: [] });
  });

  it('hashes the real records to their published canonical_sha256', () => {
    const real = cases.filter((c) => c.expected_sha256 !== undefined);
    for (const c of real) {
      const got = canonicalOf(c.input);
      expect(got.ok && toHex(sha256(got.value.bytes)), c.note).toBe(c.expected_sha256);
    }
  });
});

describe('canonicalJson on the real vectors (tests/fixtures/pith)', () => {
  interface Vector {
    pith_number: string;
    canonical_sha256: string;
    canonical_record: JsonValue;
  }
  const parsed = parseJson(fixture('pith/vectors.json'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const vectors = (parsed.value as unknown as Vector[]).filter((v) => v.canonical_record !== null);

  it('every canonical_record hashes to its canonical_sha256', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(40);
    for (const v of vectors) {
      const got = canonicalJson(v.canonical_record);
      expect(got.ok && toHex(sha256(got.value.bytes)), v.pith_number).toBe(v.canonical_sha256);
      expect(got.ok && got.value.floatPaths).toEqual([]);
    }
  });

  it('the signed seed record hashes to its canonical_sha256', () => {
    const record = parseJson(fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json'));
    if (!record.ok) throw new Error(record.error.message);
    const doc = record.value as { canonical_record: JsonValue; canonical_sha256: string };
    const got = canonicalJson(doc.canonical_record);
    expect(got.ok && toHex(sha256(got.value.bytes))).toBe(doc.canonical_sha256);
  });
});

describe('canonicalJson rules (FORMAT.md §2)', () => {
  const text = (v: JsonValue) => {
    const r = canonicalJson(v);
    if (!r.ok) throw new Error(r.error.message);
    return r.value.text;
  };
  const failure = (v: unknown) => {
    const r = canonicalJson(v as JsonValue);
    if (r.ok) throw new Error(`expected an error, got ${r.value.text}`);
    return r.error;
  };

  it('sorts keys by code point, not UTF-16 code unit', () => {
    expect(text({ '\u{1F600}': 1, '\uffff': 2, '\ue000': 3, a: 4 })).toBe('{"a":4,"\ue000":3,"\uffff":2,"\u{1F600}":1}');
    expect(['\u{10000}', '\uffff', '\ue000'].sort(compareCodePoints)).toEqual(['\ue000', '\uffff', '\u{10000}']);
    expect(compareCodePoints('ab', 'a')).toBeGreaterThan(0);
  });

  it('escapes like Python with ensure_ascii=False', () => {
    expect(text('"\\/\b\f\n\r\t\u0000\u001f\u007f\u2028é😀')).toBe('"\\"\\\\/\\b\\f\\n\\r\\t\\u0000\\u001f\u007f\u2028é😀"');
  });

  it('writes integers in full and floats as Python repr', () => {
    expect(text([-0, 1e21, 2n ** 70n, -(2n ** 64n)])).toBe('[0,1000000000000000000000,1180591620717411303424,-18446744073709551616]');
    expect(text([new JsonFloat('1'), new JsonFloat('1e-7'), new JsonFloat('1E16'), new JsonFloat('-0.0'), 0.5])).toBe(
      '[1.0,1e-07,1e+16,-0.0,0.5]',
    );
  });

  it('records where floats are', () => {
    const r = canonicalJson({ b: [1, new JsonFloat('2.5')], a: { 'x y': 0.25 }, c: 3 });
    expect(r.ok && r.value.floatPaths).toEqual(['a["x y"]', 'b[1]']);
  });

  it('refuses what Python cannot produce, naming the path', () => {
    expect(failure({ a: ['ok', 'x\ud800'] })).toMatchObject({ code: 'not-canonicalizable', path: 'a[1]' });
    expect(failure({ '\udc00': 1 }).message).toMatch(/lone surrogate U\+DC00/);
    expect(failure({ a: new JsonFloat('1e400') })).toMatchObject({ code: 'not-canonicalizable', path: 'a' });
    expect(failure([NaN]).path).toBe('[0]');
    expect(failure(BigInt('1'.repeat(4301))).message).toMatch(/4300 digits/);
    expect(canonicalJson(-BigInt('9'.repeat(4300))).ok).toBe(true);
  });

  it('refuses non-JSON values, naming the path', () => {
    expect(failure({ d: new Date(0) })).toMatchObject({ path: 'd', message: expect.stringMatching(/Date/) });
    expect(failure({ u: new Uint8Array(1) }).message).toMatch(/Uint8Array/);
    expect(failure({ m: new Map() }).path).toBe('m');
    expect(failure([1, undefined]).path).toBe('[1]');
    expect(failure(new Array(2)).path).toBe('[0]');
    expect(failure({ f: () => 1 }).message).toMatch(/function/);
    expect(failure({ s: Symbol('x') }).message).toMatch(/symbol/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(failure(cyclic).message).toMatch(/cycle/);
    let deep: unknown = [];
    for (let i = 0; i < 1000; i++) deep = [deep];
    expect(failure(deep).message).toMatch(/deep/);
  });

  it('accepts objects without a prototype', () => {
    const o = Object.create(null) as Record<string, JsonValue>;
    o.b = 1;
    o.a = true;
    expect(text(o)).toBe('{"a":true,"b":1}');
  });
});

// ---------------------------------------------------------------- properties

const trapKeys = fc.constantFrom('', 'a', 'A', 'é', '\ue000', '\uffff', '😀', '\u{10000}', '\u{10FFFF}', '1', '10', '9', '__proto__');
const anyKey = fc.oneof(trapKeys, fc.string({ unit: 'binary', maxLength: 6 }));
const finiteDouble = fc.double({ noNaN: true, noDefaultInfinity: true });

const { value: anyJson } = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.integer(),
    fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }),
    finiteDouble.map((x) => new JsonFloat(String(x))),
    finiteDouble.filter((x) => !Number.isInteger(x)),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(anyKey, tie('value'), { maxKeys: 6 }),
  ),
}));

/** The same value with every object's keys inserted in an order chosen by `seed`. */
function reorder(v: JsonValue, seed: number): JsonValue {
  if (Array.isArray(v)) return v.map((x) => reorder(x, seed));
  if (v === null || typeof v !== 'object' || v instanceof JsonFloat) return v;
  const entries = Object.entries(v);
  let s = seed >>> 0;
  for (let i = entries.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  const out: Record<string, JsonValue> = {};
  for (const [k, x] of entries) Object.defineProperty(out, k, { value: reorder(x, seed), enumerable: true, writable: true, configurable: true });
  return out;
}

const hexOf = (v: JsonValue) => {
  const r = canonicalJson(v);
  return r.ok ? toHex(r.value.bytes) : `error ${r.error.path}`;
};

describe('canonicalJson properties', () => {
  it('does not depend on key insertion order', () => {
    fc.assert(
      fc.property(anyJson, fc.integer(), (v, seed) => {
        expect(hexOf(reorder(v, seed))).toBe(hexOf(v));
      }),
      { numRuns: 500 },
    );
  });

  it('parsing the canonical text gives the same canonical bytes', () => {
    fc.assert(
      fc.property(anyJson, (v) => {
        const first = canonicalJson(v);
        if (!first.ok) throw new Error(first.error.message);
        const again = canonicalOf(first.value.text);
        expect(again.ok && again.value.text).toBe(first.value.text);
      }),
      { numRuns: 500 },
    );
  });

  // Where JavaScript and Python agree (ASCII, safe integers, no floats), JSON.stringify of a
  // deep-sorted copy is an independent reference. Array-index keys ("10", "9") are left out:
  // JS objects enumerate them numerically first whatever the insertion order.
  it('agrees with JSON.stringify of a sorted copy on ASCII data', () => {
    const asciiKey = fc.string({ unit: 'binary-ascii', maxLength: 6 }).filter((k) => !/^(0|[1-9][0-9]*)$/.test(k));
    const { value: asciiJson } = fc.letrec<{ value: JsonValue }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constant(null),
        fc.boolean(),
        fc.string({ unit: 'binary-ascii', maxLength: 12 }),
        fc.maxSafeInteger(),
        fc.array(tie('value'), { maxLength: 5 }),
        fc.dictionary(asciiKey, tie('value'), { maxKeys: 6, noNullPrototype: true }),
      ),
    }));
    const sortDeep = (v: JsonValue): JsonValue => {
      if (Array.isArray(v)) return v.map(sortDeep);
      if (v === null || typeof v !== 'object' || v instanceof JsonFloat) return v;
      const out: Record<string, JsonValue> = {};
      for (const k of Object.keys(v).sort()) out[k] = sortDeep(v[k]!);
      return out;
    };
    fc.assert(
      fc.property(asciiJson, (v) => {
        const r = canonicalJson(v);
        expect(r.ok && r.value.text).toBe(JSON.stringify(sortDeep(v)));
      }),
      { numRuns: 1000 },
    );
  });
});
