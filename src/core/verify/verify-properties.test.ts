/**
 * Property tests over the whole pipeline (fast-check), against the real seed record:
 *  - verifyText never throws, whatever JSON (or text) it is given;
 *  - changing any leaf of the seed's signed or hash-bound data makes the verdict invalid or marks
 *    that field contradicted;
 *  - no generated record gets a field shown as bound that the binding rule does not allow. The rule
 *    is restated here from the README, independently of bindings.ts, as the oracle.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Keyring } from '../keyring';
import { canonText } from '../text/text-canon';
import type { VerifyReport } from './report-types';
import { verifyText } from './verify-document';

const SEED_TEXT = readFileSync(new URL('../../../tests/fixtures/pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json', import.meta.url), 'utf8');
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const seed = JSON.parse(SEED_TEXT) as { [k: string]: Json };
const options = { keyring: Keyring.pinned() };

async function reportOf(doc: unknown): Promise<VerifyReport | null> {
  const [e] = await verifyText(JSON.stringify(doc), options);
  return e?.report ?? null;
}

/** Every leaf (non-container value) under `root`, as a path. */
function leaves(v: Json, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, [...path, i]));
  if (v !== null && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]));
  return [path];
}

function setIn(doc: Json, path: readonly (string | number)[], value: Json): Json {
  const copy = structuredClone(doc) as { [k: string]: Json };
  let cur: Json = copy;
  for (const k of path.slice(0, -1)) cur = (cur as Record<string | number, Json>)[k]!;
  (cur as Record<string | number, Json>)[path.at(-1)!] = value;
  return copy;
}

function getIn(doc: Json, path: readonly (string | number)[]): Json {
  let cur: Json = doc;
  for (const k of path) cur = (cur as Record<string | number, Json>)[k]!;
  return cur;
}

/** A replacement of the same JSON type that differs from `old` (for text, also after canonicalisation). */
function different(old: Json): fc.Arbitrary<Json> {
  if (typeof old === 'number') return fc.integer({ min: -1000, max: 100_000 }).filter((n) => n !== old);
  if (typeof old === 'boolean') return fc.constant(!old);
  if (typeof old === 'string') {
    const canonOld = canonText(old);
    return fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => s !== old && (!canonOld.ok || canonText(s).ok === false || (canonText(s) as { value: string }).value !== canonOld.value));
  }
  return fc.constant('changed');
}

// The seed's signed or hash-bound data (FORMAT.md §2, §4, §5): the canonical record, the digest and
// number claims, the signature and the digest it names, and the re-hashed titles.
const BOUND_LEAVES = [
  ...leaves(seed.canonical_record!, ['canonical_record']),
  ['canonical_sha256'],
  ['pith_number'],
  ['short_pith_number'],
  ['receipt', 'signature_b64'],
  ['receipt', 'canonical_sha256'],
  ['receipt', 'public_key_fingerprint'],
  ['paper', 'title'],
  ['graph_snapshot', 'paper', 'title'],
];

/** Which report field shows each bound leaf, when one does. */
function fieldOf(path: readonly (string | number)[]): string | null {
  const p = path.join('.');
  if (p === 'paper.title') return 'title';
  if (p === 'pith_number') return 'pith-number';
  if (p === 'canonical_sha256') return 'canonical-sha256';
  return null;
}

describe('the pipeline never throws', () => {
  it('on any JSON value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (v) => {
        const entries = await verifyText(JSON.stringify(v), options);
        expect(entries.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });
  it('on any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (s) => {
        await verifyText(s, options);
      }),
      { numRuns: 400 },
    );
  });
  it('on the seed with any section replaced by any JSON, number literals beyond 2^53 and floats included', async () => {
    const keys = Object.keys(seed);
    // Literals JSON.stringify cannot make: integers past 2^53 (bigints here) and floats such as 1.0.
    const literal = fc.constantFrom('9007199254740993', '-9007199254740993', '1.0', '1e400', '-0', '0.1e-7', `1${'0'.repeat(5000)}`);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), fc.oneof(fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)), literal, literal.map((l) => `[${l},{"a":${l}}]`)), async (k, v) => {
        const text = JSON.stringify({ ...seed, [k]: null }).replace(`${JSON.stringify(k)}:null`, `${JSON.stringify(k)}:${v ?? 'null'}`);
        await verifyText(text, options);
      }),
      { numRuns: 600 },
    );
  });
});

describe('tampering with signed or hash-bound data never reads as verified', () => {
  it(`a changed leaf (${BOUND_LEAVES.length} of them) makes the record invalid or its field contradicted`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...BOUND_LEAVES).chain((path) => fc.tuple(fc.constant(path), different(getIn(seed, path)))),
        async ([path, value]) => {
          const r = await reportOf(setIn(seed, path, value));
          expect(r).not.toBeNull();
          const field = fieldOf(path);
          const contradicted = field !== null && (r!.fields as Record<string, { binding: string } | undefined>)[field]?.binding === 'contradicted';
          expect(r!.verdict === 'invalid' || contradicted, `${path.join('.')} = ${JSON.stringify(value)} gave ${r!.verdict}`).toBe(true);
        },
      ),
      { numRuns: 600 },
    );
  });
});

/** Edits that make partial, re-signed-looking, or inconsistent records out of the seed. */
const edit = fc.oneof(
  fc.constantFrom('receipt', 'canonical_record', 'paper', 'graph_snapshot', 'aliases', 'source', 'canonical_sha256', 'pith_number').map((k) => (d: Json) => {
    const c = structuredClone(d) as Record<string, Json>;
    delete c[k];
    return c as Json;
  }),
  fc.constantFrom(...leaves(seed)).chain((path) => different(getIn(seed, path)).map((v) => (d: Json) => (leaves(d).some((p) => p.join('\u0000') === path.join('\u0000')) ? setIn(d, path, v) : d))),
  fc.constantFrom('someone-else', 'pith-v1-2026-05').map((id) => (d: Json) => ((d as Record<string, Json>).receipt ? setIn(d, ['receipt', 'key_id'], id) : d)),
);

const BOUND = new Set(['signed', 'hash-bound', 'rehash-bound']);

describe('the binding rule (README "How verification works"), restated as an oracle', () => {
  it('no generated record has a field shown as bound unless the chain to a signed digest holds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        const doc = edits.reduce<Json>((d, e) => e(d), seed);
        const r = await reportOf(doc);
        if (!r) return;
        const status = (id: string) => r.checks.find((c) => c.id === id)?.status;
        const signed = status('signature') === 'pass' ? r.evidence.signedDigest : null;
        const canonicalBound = signed !== null && status('canonical-hash') === 'pass' && r.derivation?.sha256Hex === signed;
        for (const f of Object.values(r.fields)) {
          if (!f || !BOUND.has(f.binding)) continue;
          expect(signed, `${f.id} is ${f.binding} without a valid signature`).not.toBeNull();
          if (f.id === 'canonical-sha256' || f.id === 'signed-digest') {
            expect(f.value).toBe(signed);
            continue;
          }
          expect(canonicalBound, `${f.id} is ${f.binding} but the canonical record is not the signed one`).toBe(true);
          if (f.id === 'pith-number') expect(f.value).toBe(r.derivation?.pithNumber);
          if (f.id === 'title' || f.id === 'abstract') {
            const check = r.checks.find((c) => c.id === (f.id === 'title' ? 'title-hash' : 'abstract-hash'));
            expect(check?.items?.find((i) => i.path === f.path)?.status, `${f.id} bound without its re-hash passing`).toBe('pass');
          }
          if (f.id === 'authors') throw new Error('authors can never be bound: no hash covers them');
        }
        if (r.verdict === 'verified') {
          expect(r.checks.some((c) => c.status === 'fail')).toBe(false);
          expect(canonicalBound).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});
