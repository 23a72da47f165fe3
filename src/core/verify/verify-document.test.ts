import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Keyring } from '../keyring';
import { CHECK_IDS } from './registry';
import { verifyText, type VerifyReport } from './verify-document';

const fixture = (path: string) => readFileSync(new URL(`../../../tests/fixtures/${path}`, import.meta.url), 'utf8');
const options = { keyring: Keyring.pinned() };

async function one(text: string): Promise<VerifyReport> {
  const entries = await verifyText(text, options);
  expect(entries).toHaveLength(1);
  const r = entries[0]!.report;
  if (!r) throw new Error(`no report: ${JSON.stringify(entries[0]!.error)}`);
  return r;
}
const statusOf = (r: VerifyReport) => Object.fromEntries(r.checks.map((c) => [c.id, c.status]));

describe('the real seed record (FORMAT.md §1–§5)', () => {
  it('is verified, every check in pipeline order, with the derivation', async () => {
    const r = await one(fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json'));
    expect(r.verdict).toBe('verified');
    expect(r.checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
    expect(statusOf(r)).toEqual({
      schema: 'pass',
      'canonical-hash': 'pass',
      'pith-number': 'pass',
      aliases: 'pass',
      'title-hash': 'pass',
      // the served excerpt is exactly 600 characters: cut, not checkable (FORMAT.md §3)
      'abstract-hash': 'skip',
      signature: 'pass',
      metadata: 'pass',
      // four empty graph sections, each claiming SHA-256 of {"payload":[]} (FORMAT.md §6)
      snapshots: 'pass',
    });
    expect(r.derivation?.pithNumber).toBe('pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74');
    expect(r.derivation?.sha256Hex).toBe('a4e66a6d48c33c950fc05d2bf07c57ff2c5d85adbe6d2cb53b1f4bf2120e0ec2');
  });

  it('gives the same result with either Ed25519 backend', async () => {
    const text = fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json');
    for (const backend of ['webcrypto', 'noble'] as const) {
      const [e] = await verifyText(text, { ...options, backend });
      const sig = e!.report!.checks.find((c) => c.id === 'signature')!;
      expect(sig.status).toBe('pass');
      expect(sig.reason).toContain(backend);
    }
  });
});

describe('the 44 real vectors', () => {
  it('pass every check that applies, none fails', async () => {
    const entries = await verifyText(fixture('pith/vectors.json'), options);
    expect(entries).toHaveLength(44);
    const vectors = JSON.parse(fixture('pith/vectors.json')) as Record<string, unknown>[];
    entries.forEach((e, i) => {
      const v = vectors[i]!;
      const r = e.report!;
      const s = statusOf(r);
      expect(r.checks.filter((c) => c.status === 'fail'), String(v.pith_number)).toEqual([]);
      expect(r.verdict).toBe('incomplete'); // vectors carry a signature or a canonical record, never both
      if (v.canonical_record) {
        expect(s['canonical-hash']).toBe('pass');
        expect(s['pith-number']).toBe('pass');
      } else {
        expect(s['canonical-hash']).toBe('skip');
        expect(s['pith-number']).toBe('warn');
      }
      expect(s['title-hash']).toBe(v.title && v.canonical_record ? 'pass' : 'skip');
      expect(s['abstract-hash']).toBe(v.abstract && v.canonical_record ? 'pass' : 'skip');
      expect(s.signature).toBe(v.signature_b64 ? 'pass' : 'skip');
    });
  });
});

interface Case {
  file: string;
  description: string;
  verdict: string;
  fail: string[];
  status: Record<string, string>;
  /** field id → binding, or null where the field must not be shown at all (written from the spec). */
  bindings: Record<string, string | null>;
}
const cases = JSON.parse(fixture('tampered/manifest.json')) as Case[];

describe('tampered copies fail exactly the right checks (tests/fixtures/tampered, made by scripts/gen-tampered-fixtures.py)', () => {
  it('has the whole set', () => expect(cases.length).toBeGreaterThanOrEqual(40));
  it.each(cases.map((c) => [c.description, c] as const))('%s', async (_d, c) => {
    const r = await one(fixture(`tampered/${c.file}`));
    const failing = r.checks.filter((x) => x.status === 'fail').map((x) => x.id).sort();
    expect(failing).toEqual(c.fail);
    expect(r.verdict).toBe(c.verdict);
    for (const [id, status] of Object.entries(c.status)) expect(statusOf(r)[id], id).toBe(status);
    for (const f of r.checks.filter((x) => x.status === 'fail')) expect(f.reason.length).toBeGreaterThan(20);
    const fields = r.fields as Record<string, { binding: string } | undefined>;
    for (const [id, binding] of Object.entries(c.bindings)) expect(fields[id]?.binding ?? null, `binding of ${id}`).toBe(binding);
  });
});

describe('input handling', () => {
  it('verifies JSONL line by line and keeps going past a bad line', async () => {
    const seed = JSON.stringify(JSON.parse(fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json')));
    const entries = await verifyText(`${seed}\n{"broken": \n${seed}\n`, options);
    expect(entries.map((e) => e.index)).toEqual([1, 2, 3]);
    expect(entries.map((e) => e.report?.verdict ?? e.error?.code)).toEqual(['verified', 'json-syntax', 'verified']);
  });

  it('names what it expected for an unknown document and for binary data', async () => {
    const [unknown] = await verifyText('{"hello":"world"}', options);
    expect(unknown!.error?.code).toBe('unknown-document');
    expect(unknown!.error?.message).toMatch(/Expected a pith number record .* got an object with keys hello/);
    const [binary] = await verifyText('\u0000\u0001PNG\u0000', options);
    expect(binary!.error?.code).toBe('not-json');
  });

  it('says a mirror manifest or a graph snapshot is not a record, instead of calling it incomplete', async () => {
    const [manifest] = await verifyText(fixture('pith/pith-mirrors.json'), options);
    expect(manifest!.error?.code).toBe('not-a-record');
    expect(manifest!.error?.message).toMatch(/mirror manifest/);
    const [graph] = await verifyText(fixture('pith/5A3HLEK2XQKADNVEISHU2OVNDY.graph.json'), options);
    expect(graph!.error?.code).toBe('not-a-record');
    expect(graph!.error?.message).toMatch(/graph snapshot/);
  });

  it('names an unknown marker whatever it holds, a big integer included (found by the pipeline property test)', async () => {
    const [e] = await verifyText('{"record_type":[-9007199254740993]}', options);
    expect(e!.error?.code).toBe('unknown-document');
    expect(e!.error?.message).toContain('record_type [-9007199254740993] is not a document type');
    const [long] = await verifyText(JSON.stringify({ bundle_type: 'x'.repeat(10_000) }), options);
    expect(long!.error!.message.length).toBeLessThan(1000);
  });

  it('reports a duplicate key instead of picking one', async () => {
    const [e] = await verifyText('{"record_type":"pith_number_record","record_type":"x"}', options);
    expect(e!.error?.code).toBe('json-syntax');
    expect(e!.error?.message).toMatch(/Duplicate key/);
  });

  it('reports a lone surrogate in the canonical record as not canonically checkable', async () => {
    const seed = fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json').replace('"primary_cat":"stat.ML","submitted_at"', '"primary_cat":"stat.ML\\ud800","submitted_at"');
    const r = await one(seed);
    const c = r.checks.find((x) => x.id === 'canonical-hash')!;
    expect(c.status).toBe('skip');
    expect(c.reason).toMatch(/Not canonically checkable/);
    expect(r.verdict).not.toBe('verified');
  });

  it('does not call a record with a float verified by accident: a float mismatch is not checkable', async () => {
    const seed = fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json').replace('"version":2},"metadata"', '"version":2,"weight":1.0},"metadata"');
    const r = await one(seed);
    expect(statusOf(r)['canonical-hash']).toBe('skip');
    expect(r.checks.find((x) => x.id === 'canonical-hash')!.reason).toMatch(/float/);
  });

  it('accepts a user key for a signer the pinned keyring does not know', async () => {
    const text = fixture('tampered/receipt-key-id.json');
    const pinned = Keyring.pinned().get('pith-v1-2026-05')!;
    const withKey = Keyring.pinned().with({ ...pinned, keyId: 'pith-v2-2027-01', origin: 'user' });
    expect(withKey.ok).toBe(true);
    const [e] = await verifyText(text, { keyring: withKey.ok ? withKey.value : Keyring.pinned() });
    expect(e!.report!.verdict).toBe('verified');
  });
});

describe('a signed vector whose other fields are malformed (hostile review, 2026-12-01)', () => {
  const signed = (JSON.parse(fixture('pith/vectors.json')) as Record<string, unknown>[]).find((v) => typeof v.signature_b64 === 'string')!;

  it.each([{}, null, 's', 5, true, 'upper'])('canonical_sha256 = %j fails schema and is never read as the signed digest', async (bad) => {
    const value = bad === 'upper' ? String(signed.canonical_sha256).toUpperCase() : bad;
    const r = await one(JSON.stringify({ ...signed, canonical_sha256: value }));
    expect(r.verdict).toBe('invalid');
    expect(statusOf(r).schema).toBe('fail');
    expect(r.checks.find((c) => c.id === 'signature')?.status).not.toBe('pass');
  });

  it("keys a vector does not define are extra data, not the receipt's fields", async () => {
    const r = await one(JSON.stringify({ ...signed, public_key_fingerprint: 5, signed_message: ['x'] }));
    const honest = await one(JSON.stringify(signed));
    expect(r.extras).toEqual(['public_key_fingerprint', 'signed_message']);
    expect(statusOf(r)).toEqual(statusOf(honest));
  });
});

describe('paper.cross_cats against the canonical cross_cats_sorted (FORMAT.md §2; a hostile review, 2026-12-03)', () => {
  const seed = JSON.parse(fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json')) as { paper: Record<string, unknown>; graph_snapshot: { paper: Record<string, unknown> } };
  const withCross = (cross: string[]) => JSON.stringify({ ...seed, paper: { ...seed.paper, cross_cats: cross }, graph_snapshot: { ...seed.graph_snapshot, paper: { ...seed.graph_snapshot.paper, cross_cats: cross } } });
  const item = (r: VerifyReport) => r.checks.find((c) => c.id === 'metadata')!.items!.find((i) => i.label === 'paper.cross_cats')!;

  it('the same list: a match with no note', async () => {
    const r = await one(withCross(['cs.LG']));
    expect(item(r)).toMatchObject({ status: 'pass', code: 'match' });
    expect(item(r).note).toBeUndefined();
  });

  it.each([[['cs.LG', 'cs.LG']], [['stat.ML', 'cs.LG']]])('%j: the same categories as a set, a match that says it is one as a set, in the item and the reason', async (cross) => {
    const r = await one(withCross(cross));
    expect(r.verdict).toBe('verified');
    expect(item(r)).toMatchObject({ status: 'pass', code: 'match', claimed: JSON.stringify(cross), computed: '["cs.LG"]' });
    expect(item(r).note).toMatch(/the same categories, written in another order, with repeats or with the primary category/);
    expect(r.checks.find((c) => c.id === 'metadata')!.reason).toMatch(/^All \d+ paper and source fields agree with the canonical record \(2 lists of cross categories as a set: /);
  });

  it('a canonical list out of its documented form is warned about once, not "differing" from an identical copy', async () => {
    const doc = JSON.parse(withCross(['math.ST', 'cs.LG'])) as { canonical_record: { metadata: Record<string, unknown> } };
    doc.canonical_record.metadata.cross_cats_sorted = ['math.ST', 'cs.LG'];
    const r = await one(JSON.stringify(doc));
    const metadata = r.checks.find((c) => c.id === 'metadata')!;
    expect(metadata.items!.find((i) => i.label.endsWith('.metadata.cross_cats_sorted'))).toMatchObject({ status: 'warn', code: 'not-documented-form' });
    expect(item(r).status).not.toBe('fail');
    expect(metadata.reason).not.toMatch(/says .* but the canonical record says/);
  });

  it('another category is a mismatch naming both lists', async () => {
    const r = await one(withCross(['cs.AI']));
    expect(r.verdict).toBe('invalid');
    expect(item(r)).toMatchObject({ status: 'fail', code: 'field-mismatch', claimed: '["cs.AI"]', computed: '["cs.LG"]' });
  });
});

describe('a title spaced with other whitespace than plain spaces (FORMAT.md §3; a hostile review, 2026-12-03)', () => {
  const seed = JSON.parse(fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json')) as { paper: { title: string }; graph_snapshot: { paper: { title: string } } };
  const titled = (title: string) => JSON.stringify({ ...seed, paper: { ...seed.paper, title }, graph_snapshot: { ...seed.graph_snapshot, paper: { ...seed.graph_snapshot.paper, title } } });
  const plain = seed.paper.title;

  it.each([
    ['U+1680 (Ogham space mark)', '\u1680'],
    ['U+001C (a Python whitespace control)', '\u001c'],
    ['U+2028 (line separator)', '\u2028'],
    ['20,000 no-break spaces', '\u00a0'.repeat(20_000)],
  ])('%s between the words: bound by re-hash, shown with one plain space per run, and the note says so', async (_, space) => {
    const r = await one(titled(plain.split(' ').join(space)));
    expect(r.verdict).toBe('verified');
    expect(r.fields.title).toMatchObject({ value: plain, binding: 'rehash-bound' });
    expect(r.fields.title!.note).toMatch(/Shown with each run of whitespace as one space, as the hash reads it/);
    expect(r.title).toBe(plain);
  });

  it('a plainly spaced title is shown as it is, with no spacing note', async () => {
    const r = await one(titled(plain));
    expect(r.fields.title!.value).toBe(plain);
    expect(r.fields.title!.note).not.toMatch(/whitespace/);
  });
});

describe('a signed record with no canonical record (the embedded mirror’s records built from vectors)', () => {
  const text = readFileSync(new URL('../../../public/mirror/pith/2V63MMXA4I2KSJBWPFMRNI3PCH.json', import.meta.url), 'utf8');

  it('says its title is unbound because no canonical record ties it, not because the canonical record is not the signed one', async () => {
    const r = await one(text);
    expect(r.verdict).toBe('incomplete');
    expect(r.checks.find((c) => c.id === 'signature')?.status).toBe('pass');
    expect(r.fields.title).toMatchObject({ binding: 'unbound', code: 'no-canonical-record', by: 'canonical-hash' });
    const texts = r.headline.reasons.map((x) => x.text);
    expect(texts).toContain('title not bound: no canonical record ties them to the signed digest');
    expect(texts.join(' ')).not.toContain('is not the signed one');
  });
});

describe('a bare canonical record (the seed’s canonical_record alone)', () => {
  it('has a headline with no doubled parentheses or full stops (a walk-through, 2026-12-03)', async () => {
    const seed = JSON.parse(fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json')) as { canonical_record: unknown };
    const r = await one(JSON.stringify(seed.canonical_record));
    expect(r.verdict).toBe('incomplete');
    const all = [r.headline.summary, ...r.headline.reasons.map((x) => x.text)].join(' ');
    expect(all).toContain('No pith number in this document, so this is not checkable.');
    expect(all).not.toMatch(/\(\(|\)\)|\.\./);
    expect(r.headline.summary).toMatch(/^Incomplete: .*[^.]\.$/);
  });
});

describe('pith-number names the values that differ (a walk-through, 2026-12-03)', () => {
  it('a wrong short number beside a right full one: the two short numbers, not the full one twice', async () => {
    const r = await one(fixture('tampered/short-pith-number.json'));
    const check = r.checks.find((c) => c.id === 'pith-number')!;
    expect(check.status).toBe('fail');
    expect(check.reason).toMatch(/^The full number is right, but short_pith_number says pith:[A-Z2-7]{8}, where the digest gives pith:UTTGU3KI\.$/);
  });
  it('a wrong suffix: the full numbers', async () => {
    const r = await one(fixture('tampered/pith-number-suffix.json'));
    expect(r.checks.find((c) => c.id === 'pith-number')!.reason).toMatch(/^The document says pith:2017:[A-Z2-7]{26}, but the digest and submission year give pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74 \(suffix differs\)\.$/);
  });
});

describe('an invalid headline says its one failure whole (a walk-through, 2026-12-03)', () => {
  it('the signature failure keeps its end: what was changed', async () => {
    const r = await one(fixture('tampered/signature-bit.json'));
    expect(r.verdict).toBe('invalid');
    expect(r.headline.summary).toContain('the signature or that digest was changed. This record is not what it claims to be.');
    expect(r.headline.summary).not.toContain('…');
  });
});
