import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex } from '../bytes';
import { canonText, forEachCanonPiece, textCanonSha256 } from './text-canon';

const fixture = (path: string) => readFileSync(new URL(`../../../tests/fixtures/${path}`, import.meta.url), 'utf8');

interface Case {
  input: string;
  note: string;
  canon?: string;
  sha256?: string;
  expected_sha256?: string;
  error?: string;
}

const cases: Case[] = fixture('python/text-canon.jsonl')
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => JSON.parse(l) as Case);

/** Code points as U+XXXX, so invisible differences show in a failure. */
const cps = (s: string) => [...s].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
const show = (s: string) => (s.length > 80 ? `${cps(s.slice(0, 80))} …(${s.length} units)` : cps(s));

const canonOrThrow = (s: string) => {
  const r = canonText(s);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('canonText against Python (tests/fixtures/python/text-canon.jsonl)', () => {
  it('has the generated cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(2000);
    expect(cases.filter((c) => c.error !== undefined).length).toBeGreaterThanOrEqual(5);
    expect(cases.filter((c) => c.expected_sha256 !== undefined).length).toBeGreaterThanOrEqual(28);
  });

  it('matches " ".join(s.lower().split()) on every case', () => {
    const failures: string[] = [];
    for (const c of cases) {
      const got = canonText(c.input);
      if (c.error !== undefined) {
        if (got.ok) failures.push(`${c.note} [${show(c.input)}]: Python fails (${c.error}), got [${show(got.value)}]`);
        continue;
      }
      if (!got.ok) failures.push(`${c.note} [${show(c.input)}]: ${got.error.message}`);
      else if (got.value !== c.canon) {
        // Point at the first differing code point: long sweep lines are unreadable otherwise.
        const g = [...got.value];
        const w = [...c.canon!];
        let i = 0;
        while (i < g.length && g[i] === w[i]) i++;
        failures.push(`${c.note}: at code point ${i} want [${cps(w.slice(i, i + 3).join(''))}] got [${cps(g.slice(i, i + 3).join(''))}]`);
      }
    }
    expect({ count: failures.length, first: failures.slice(0, 30) }).toEqual({ count: 0, first: [] });
  });

  it('hashes like Python, and the real titles to their published hashes', () => {
    for (const c of cases) {
      const got = textCanonSha256(c.input);
      if (c.error !== undefined) {
        expect(got.ok, c.note).toBe(false);
        continue;
      }
      expect(got.ok && toHex(got.value), c.note).toBe(c.sha256);
      if (c.expected_sha256 !== undefined) expect(got.ok && toHex(got.value), c.note).toBe(c.expected_sha256);
    }
  });
});

describe('title and abstract hashes of the real vectors (tests/fixtures/pith)', () => {
  interface Vector {
    pith_number: string;
    title?: string;
    abstract?: string;
    canonical_record: { metadata: { title_canon_sha256: string; abstract_canon_sha256: string } } | null;
  }
  const vectors = JSON.parse(fixture('pith/vectors.json')) as Vector[];

  it('every title and abstract present hashes to the record metadata', () => {
    let checked = 0;
    for (const v of vectors) {
      if (v.canonical_record === null) continue;
      const m = v.canonical_record.metadata;
      for (const [text, want] of [
        [v.title, m.title_canon_sha256],
        [v.abstract, m.abstract_canon_sha256],
      ] as const) {
        if (text === undefined) continue;
        const got = textCanonSha256(text);
        expect(got.ok && toHex(got.value), v.pith_number).toBe(want);
        checked++;
      }
    }
    expect(checked).toBe(27);
  });
});

// Python's own Unicode tables (str.lower, str.isspace, and the properties its Final_Sigma rule
// reads), for an exhaustive check over all code points independent of the implementation's data.
interface Tables {
  python: string;
  unicode: string;
  lower: [number, number[]][];
  whitespace: number[];
  case_ignorable: [number, number][];
  cased_not_ignorable: [number, number][];
}
const tables = JSON.parse(fixture('python/unicode-tables.json')) as Tables;
const expand = (ranges: [number, number][]) => {
  const set = new Set<number>();
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) set.add(c);
  return set;
};
const pyLower = new Map(tables.lower.map(([c, l]) => [c, String.fromCodePoint(...l)]));
const pySpace = new Set(tables.whitespace);
const pyIgnorable = expand(tables.case_ignorable);
const pyCased = expand(tables.cased_not_ignorable);
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

describe(`canonText over every code point (Python ${tables.python}, Unicode ${tables.unicode})`, () => {
  it('lowers and splits each character alone like Python', () => {
    const failures: string[] = [];
    let checked = 0;
    for (let c = 0; c < 0x110000; c++) {
      if (isSurrogate(c)) continue;
      const ch = String.fromCodePoint(c);
      const want = pySpace.has(c) ? '' : (pyLower.get(c) ?? ch);
      const got = canonOrThrow(`${ch}`);
      if (got !== want && failures.length < 30) failures.push(`${cps(ch)}: want [${cps(want)}] got [${cps(got)}]`);
      checked++;
    }
    expect(failures).toEqual([]);
    expect(checked).toBe(0x110000 - 0x800);
  });

  it('splits on exactly Python whitespace, between words', () => {
    expect(tables.whitespace.length).toBe(29);
    for (let c = 0; c < 0x110000; c++) {
      if (isSurrogate(c)) continue;
      const ch = String.fromCodePoint(c);
      if (pySpace.has(c)) expect(canonOrThrow(`a${ch}b`), cps(ch)).toBe('a b');
      else if (/\s/u.test(ch)) expect(canonOrThrow(`a${ch}b`), cps(ch)).toBe(`a${ch}b`); // JS-only whitespace: U+FEFF
    }
  });

  it('chooses final sigma from Python Case_Ignorable/Cased data', () => {
    // A character matters to Final_Sigma if it is case-ignorable or cased in Python or in JS.
    const relevant: number[] = [];
    for (let c = 0; c < 0x110000; c++) {
      if (isSurrogate(c)) continue;
      const ch = String.fromCodePoint(c);
      if (pyIgnorable.has(c) || pyCased.has(c) || /[\p{Cased}\p{Case_Ignorable}]/u.test(ch)) relevant.push(c);
    }
    expect(relevant.length).toBeGreaterThan(6000);
    const failures: string[] = [];
    for (const c of relevant) {
      const x = String.fromCodePoint(c);
      const ign = pyIgnorable.has(c);
      const cased = pyCased.has(c);
      const probes: [string, (s: string[]) => string | undefined, boolean][] = [
        [`a${x}\u03a3`, (s) => s[s.length - 1], ign || cased], // final after a cased letter, x skipped or cased
        [`a\u03a3${x}`, (s) => s[1], ign || !cased], // final unless a cased letter follows
        [`${x}\u03a3`, (s) => s[s.length - 1], cased && !ign],
      ];
      for (const [input, pick, final] of probes) {
        const got = pick([...canonOrThrow(input)]);
        const want = final ? '\u03c2' : '\u03c3';
        if (got !== want && failures.length < 30) failures.push(`[${cps(input)}] sigma: want ${cps(want)} got ${cps(got ?? '')}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('canonText rules (FORMAT.md §3)', () => {
  it('keeps LaTeX and collapses whitespace', () => {
    expect(canonOrThrow('  The \\`{A}  Cat\n\tSat ')).toBe('the \\`{a} cat sat');
    expect(canonOrThrow('\u001cA\u0085B\u00a0C\u3000D\ufeffE\u200bF')).toBe('a b c d\ufeffe\u200bf');
  });

  it('follows Python where JavaScript lowercases differently', () => {
    expect(canonOrThrow('ΟΔΥΣΣΕΥΣ Σ ΑΣ.')).toBe('οδυσσευς σ ας.');
    expect(canonOrThrow('\u0130')).toBe('i\u0307');
    expect(canonOrThrow('\u{10D50}\u1C89\uA7CB')).toBe('\u{10D50}\u1C89\uA7CB'); // unassigned in Unicode 14
    expect(canonOrThrow('\u0295\u03a3')).toBe('\u0295\u03c2'); // U+0295 is a cased letter in Unicode 14
  });

  it('refuses lone surrogates', () => {
    for (const s of ['\ud800', 'a\udc00', '\udc00\ud800', 'Σ\udbff']) {
      const r = canonText(s);
      expect(r.ok ? r.value : r.error.code, cps(s)).toBe('not-canonicalizable');
    }
    expect(canonText('\ud83d\ude00').ok).toBe(true);
  });
});

const texty = fc.string({
  unit: fc.oneof(
    fc.constantFrom(' ', '\t', '\n', '\u0085', '\u00a0', '\u2028', '\u3000', '\u001f', '\ufeff', '\u200b'),
    fc.constantFrom('Σ', 'σ', 'ς', 'İ', 'ẞ', 'ǅ', '\u0345', '\u0301', "'", '.', '\u{10400}', '\u0295', 'A', 'b'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});

describe('canonText piece by piece (long abstracts)', () => {
  const joinedPieces = (s: string, size: number) => {
    const out: string[] = [];
    const r = forEachCanonPiece(s, (p) => out.push(p), size);
    return r.ok ? out.join('') : r.error.message;
  };
  it('gives exactly canonText for any piece size, Final_Sigma and surrogate pairs included (property)', () => {
    const word = fc.constantFrom('ΣΑΣ', 'Σ', 'aΣ', "a'Σ", 'Σa', 'ὈΔΥΣΣΕΎΣ', '𝔸', 'İ', 'ß', 'x', '.Σ.');
    const space = fc.constantFrom(' ', '\n', '\t\t', '\u3000', '\x1c', ' \u0085 ');
    const text = fc.array(fc.tuple(word, space), { maxLength: 40 }).map((ws) => ws.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'grapheme', maxLength: 120 })), fc.integer({ min: 1, max: 12 }), (s, size) => {
        const want = canonText(s);
        expect(joinedPieces(s, size)).toBe(want.ok ? want.value : want.error.message);
      }),
      { numRuns: 2000 },
    );
  });
  it('finds a lone surrogate anywhere in a long text, with its real index', () => {
    const s = `${'word '.repeat(300_000)}x\ud800 tail`;
    const r = textCanonSha256(s);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toContain(`index ${1_500_001}`);
  });
  it('hashes a 40 MB abstract like node hashes the Python canonical text', async () => {
    const s = `  ${'Constant SGD Simulates a Markov Chain.\n'.repeat(1_000_000)}  `;
    const want = createHash('sha256').update(Buffer.from(s.trim().toLowerCase().split(/\s+/).join(' '), 'utf8')).digest('hex');
    const got = textCanonSha256(s);
    expect(got.ok && toHex(got.value)).toBe(want);
  });
});

describe('canonText properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(texty, (s) => {
        const once = canonOrThrow(s);
        expect(canonOrThrow(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('never leaves leading, trailing or repeated spaces, nor other whitespace', () => {
    fc.assert(
      fc.property(texty, (s) => {
        const out = canonOrThrow(s);
        expect(out.startsWith(' ') || out.endsWith(' ') || out.includes('  ')).toBe(false);
        for (const ch of out) expect(ch === ' ' || !pySpace.has(ch.codePointAt(0)!)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
