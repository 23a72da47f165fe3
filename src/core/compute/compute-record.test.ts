import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex, utf8 } from '../bytes';
import { sha256 } from '../crypto/sha256';
import { canonicalJson } from '../json/canonical-json';
import type { JsonValue } from '../json/json-value';
import { canonicalCrossCats, computeRecord, splitCrossCats, type ComputeInput } from './compute-record';

const fixture = (path: string) => readFileSync(new URL(`../../../tests/fixtures/pith/${path}`, import.meta.url), 'utf8');

interface CanonicalRecord {
  metadata: { abstract_canon_sha256: string; cross_cats_sorted: string[]; license: string; primary_cat: string; submitted_at: string; title_canon_sha256: string };
  schema_version: string;
  source: { id: string; kind: string; version: number };
}
interface Vector {
  pith_number: string;
  canonical_sha256: string;
  canonical_record: CanonicalRecord | null;
  title?: string;
  abstract?: string;
}

const vectors = JSON.parse(fixture('vectors.json')) as Vector[];
const complete = vectors.filter((v): v is Vector & { canonical_record: CanonicalRecord; title: string; abstract: string } => !!v.title && !!v.abstract && !!v.canonical_record);

/** The form input a person would type, taken from the paper text plus the record's own fields. */
function inputFrom(title: string, abstract: string, r: CanonicalRecord): ComputeInput {
  return {
    title,
    abstract,
    arxivId: r.source.id,
    version: String(r.source.version),
    primaryCat: r.metadata.primary_cat,
    crossCats: r.metadata.cross_cats_sorted.join(', '),
    license: r.metadata.license,
    submittedAt: r.metadata.submitted_at,
  };
}

function mustCompute(input: ComputeInput) {
  const r = computeRecord(input);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.value;
}

describe('every real vector with title, full abstract and canonical record (FORMAT.md §1–§3)', () => {
  it('there are such vectors', () => {
    expect(complete.length).toBeGreaterThan(0);
    expect(complete).toHaveLength(2);
  });

  it.each(complete.map((v) => [v.pith_number, v] as const))('%s is recomputed exactly', (_, v) => {
    const c = mustCompute(inputFrom(v.title, v.abstract, v.canonical_record));
    expect(c.pithNumber).toBe(v.pith_number);
    expect(c.sha256Hex).toBe(v.canonical_sha256);
    expect(c.canonicalRecord).toEqual(v.canonical_record);
    expect(c.suffix).toBe(v.pith_number.split(':')[2]);
    expect(c.base32.slice(0, 26)).toBe(c.suffix);
    expect(c.shortPithNumber).toBe(`pith:${c.suffix.slice(0, 8)}`);
    expect(c.aliases.arxiv_version).toBe(`${v.canonical_record.source.id}v${v.canonical_record.source.version}`);
  });
});

describe('the seed record: its abstract is cut, so it cannot be fully recomputed', () => {
  const seed = JSON.parse(fixture('UTTGU3KIYM6JKD6ALUV7A7CX74.record.json')) as {
    pith_number: string;
    canonical_sha256: string;
    canonical_record: CanonicalRecord;
    paper: { title: string; abstract_excerpt: string };
  };
  const c = mustCompute(inputFrom(seed.paper.title, seed.paper.abstract_excerpt, seed.canonical_record));

  it('the title hash matches', () => {
    expect(c.canonicalRecord.metadata.title_canon_sha256).toBe(seed.canonical_record.metadata.title_canon_sha256);
  });

  it('the 600-character excerpt does not give the abstract hash, so not the number (FORMAT.md §3)', () => {
    expect([...seed.paper.abstract_excerpt]).toHaveLength(600);
    expect(c.canonicalRecord.metadata.abstract_canon_sha256).not.toBe(seed.canonical_record.metadata.abstract_canon_sha256);
    expect(c.pithNumber).not.toBe(seed.pith_number);
    expect(c.sha256Hex).not.toBe(seed.canonical_sha256);
  });

  it('the abstract hash is the only difference: with the real one the number comes out right', () => {
    const patched = { ...c.canonicalRecord, metadata: { ...c.canonicalRecord.metadata, abstract_canon_sha256: seed.canonical_record.metadata.abstract_canon_sha256 } };
    const canon = canonicalJson(patched as unknown as JsonValue);
    if (!canon.ok) throw new Error(canon.error.message);
    expect(toHex(sha256(canon.value.bytes))).toBe(seed.canonical_sha256);
  });
});

describe('cross-listed categories', () => {
  const base = complete[0]!;
  const baseInput = inputFrom(base.title, base.abstract, base.canonical_record);
  const cats = ['cs.LG', 'stat.ML', 'math-ph', 'math.MP', 'cs.DL', 'physics.gen-ph', 'cond-mat.str-el'];

  it('order, duplicates, separators and a repeated primary do not change the number', () => {
    fc.assert(
      fc.property(
        fc.subarray(cats),
        fc.array(fc.constantFrom(...cats, base.canonical_record.metadata.primary_cat), { maxLength: 6 }),
        fc.constantFrom(',', ' ', ', ', '\n', ' ,\t'),
        fc.boolean(),
        (chosen, extra, sep, asArray) => {
          const reference = mustCompute({ ...baseInput, crossCats: [...chosen] });
          const shuffled = [...extra.filter((c) => chosen.includes(c) || c === base.canonical_record.metadata.primary_cat), ...[...chosen].reverse()];
          const input = asArray ? shuffled : ` ${shuffled.join(sep)} `;
          const c = mustCompute({ ...baseInput, crossCats: input });
          expect(c.pithNumber).toBe(reference.pithNumber);
          expect(c.canonicalRecord.metadata.cross_cats_sorted).toEqual(canonicalCrossCats(chosen, base.canonical_record.metadata.primary_cat));
        },
      ),
    );
  });

  it('adding a category does change the number', () => {
    expect(mustCompute({ ...baseInput, crossCats: 'cs.IR' }).pithNumber).not.toBe(base.pith_number);
  });

  it('are sorted by code point, primary removed (FORMAT.md §2)', () => {
    expect(canonicalCrossCats(splitCrossCats('math.MP, math-ph cs.LG,cs.LG'), 'cs.LG')).toEqual(['math-ph', 'math.MP']);
  });
});

describe('validation: one clear message per field', () => {
  const v = complete[0]!;
  const good = inputFrom(v.title, v.abstract, v.canonical_record);
  const errorsFor = (patch: Partial<ComputeInput>) => {
    const r = computeRecord({ ...good, ...patch });
    return r.ok ? [] : r.errors.map((e) => [e.path, e.message] as const);
  };

  it.each([
    [{ version: '0' }, 'version', 'version: expected a whole number ≥ 1'],
    [{ version: '1.5' }, 'version', 'version: expected a whole number ≥ 1'],
    [{ submittedAt: '2016-02-29 19:03:23' }, 'submittedAt', 'submittedAt: "2016-02-29 19:03:23" has no time zone; add Z'],
    [{ submittedAt: 'yesterday' }, 'submittedAt', 'submittedAt: expected 2017-04-13T22:17:30Z'],
    [{ submittedAt: '2017-02-29T19:03:23Z' }, 'submittedAt', 'is not a real date'],
    [{ arxivId: '1602.09102v1' }, 'arxivId', 'drop the version'],
    [{ arxivId: 'arXiv:1602.09102' }, 'arxivId', 'drop the "arXiv:" prefix'],
    [{ arxivId: 'hello' }, 'arxivId', 'expected an arXiv id'],
    [{ primaryCat: '' }, 'primaryCat', 'primaryCat: expected the primary arXiv category'],
    [{ crossCats: 'cs.LG, c$' }, 'crossCats', '"c$" is not an arXiv category'],
    [{ license: 'CC BY 4.0' }, 'license', 'license: expected the license URL'],
    [{ title: '  \n ' }, 'title', "title: expected the paper's title"],
    [{ abstract: '' }, 'abstract', "abstract: expected the paper's abstract"],
    [{ title: 'bad \ud800 surrogate' }, 'title', 'lone surrogate'],
  ] as const)('%o → %s', (patch, field, message) => {
    const errors = errorsFor(patch);
    expect(errors).toHaveLength(1);
    expect(errors[0]![0]).toBe(field);
    expect(errors[0]![1]).toContain(message);
  });

  it('accepts old-style ids, an empty license and surrounding spaces on identifiers', () => {
    const r = mustCompute({ ...good, arxivId: ' math/0702322 ', license: '', primaryCat: ' math.GT ' });
    expect(r.canonicalRecord.source.id).toBe('math/0702322');
    expect(r.canonicalRecord.metadata.primary_cat).toBe('math.GT');
    expect(r.canonicalRecord.metadata.license).toBe('');
  });

  it('keeps the hashes it could compute while other fields are wrong', () => {
    const r = computeRecord({ ...good, submittedAt: '' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.partial.titleSha256Hex).toBe(v.canonical_record.metadata.title_canon_sha256);
    expect(r.partial.abstractSha256Hex).toBe(v.canonical_record.metadata.abstract_canon_sha256);
  });

  it('hashes LaTeX as written (FORMAT.md §3)', () => {
    const a = mustCompute({ ...good, title: 'Caf\\`{e} theory' });
    const b = mustCompute({ ...good, title: 'Café theory' });
    expect(a.canonicalRecord.metadata.title_canon_sha256).toBe(toHex(sha256(utf8('caf\\`{e} theory'))));
    expect(a.pithNumber).not.toBe(b.pithNumber);
  });
});
