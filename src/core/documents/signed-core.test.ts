import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Keyring } from '../keyring';
import { verifyText } from '../verify/verify-document';
import { signedCoreText } from './signed-core';

const seed = readFileSync(new URL('../../../tests/fixtures/pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json', import.meta.url), 'utf8');

describe('the signed core of a record (a "signed core only" share link)', () => {
  it('keeps the number, digest, canonical record, receipt and the re-hashable paper text, and still verifies', async () => {
    const core = signedCoreText(seed);
    if (!core.ok) throw new Error(core.error.message);
    const doc = JSON.parse(core.value) as Record<string, Record<string, unknown>>;
    expect(Object.keys(doc)).toEqual(['record_type', 'schema_url', 'pith_number', 'short_pith_number', 'schema_version', 'canonical_sha256', 'source', 'canonical_record', 'receipt', 'paper']);
    expect(Object.keys(doc.paper!)).toEqual(['title', 'authors_text', 'abstract_excerpt']);
    const [e] = await verifyText(core.value, { keyring: Keyring.pinned() });
    expect(e!.report!.verdict).toBe('verified');
  });
  it('keeps number literals exactly (lossless), where JSON.parse + stringify would not', () => {
    const text = seed.replace('"source":{"kind":"arxiv","id":"1704.04289","version":2}', '"source":{"kind":"arxiv","id":"1704.04289","version":2,"w":1.0,"n":12345678901234567890}');
    expect(text).not.toBe(seed);
    const core = signedCoreText(text);
    expect(core.ok && core.value).toContain('"w":1.0,"n":12345678901234567890');
    expect(JSON.stringify(JSON.parse(text).source)).toContain('"w":1,"n":12345678901234567000');
  });
  it('refuses what is not one record', () => {
    expect(signedCoreText('[1,2]')).toMatchObject({ ok: false });
    expect(signedCoreText('{"a":1,"a":2}')).toMatchObject({ ok: false });
  });
});
