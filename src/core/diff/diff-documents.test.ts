import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../json/parse-json';
import type { JsonValue } from '../json/json-value';
import { diffDocuments } from './diff-documents';

const load = (p: string): JsonValue => {
  const r = parseJson(readFileSync(new URL(`../../../tests/fixtures/${p}`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(p);
  return r.value;
};
const seed = load('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json');

describe('diffDocuments', () => {
  it('finds nothing between a copy and itself, whatever the key order', () => {
    expect(diffDocuments(seed, load('tampered/seed-pretty-reordered.json'))).toEqual([]);
  });
  it('marks a changed canonical field as hash-bound', () => {
    expect(diffDocuments(load('tampered/cr-license.json'), seed)).toEqual([
      { path: 'canonical_record.metadata.license', left: '"http://creativecommons.org/licenses/by/4.0/"', right: '"http://arxiv.org/licenses/nonexclusive-distrib/1.0/"', coverage: 'hash-bound' },
    ]);
  });
  it('marks signature, title, receipt-field and live-data changes for what they are', () => {
    expect(diffDocuments(load('tampered/signature-bit.json'), seed).map((d) => d.coverage)).toEqual(['signed']);
    expect(diffDocuments(load('tampered/receipt-key-id.json'), seed).map((d) => [d.path, d.coverage])).toEqual([['receipt.key_id', 'receipt-field']]);
    expect(diffDocuments(load('tampered/paper-title.json'), seed).map((d) => [d.path, d.coverage])).toEqual([['paper.title', 'rehash-bound']]);
    expect(diffDocuments(load('tampered/paper-primary-cat.json'), seed).map((d) => [d.path, d.coverage])).toEqual([['paper.primary_cat', 'unsigned']]);
  });
  it('reads coverage from the kind: a bundle keeps its receipt in the record_created event', () => {
    const bundle = load('tampered/bundle-assembled.json') as { events: { payload: { receipt: Record<string, string> } }[] };
    const changed = JSON.parse(JSON.stringify(bundle)) as typeof bundle;
    changed.events[0]!.payload.receipt.signed_at = '2030-01-01T00:00:00Z';
    changed.events[0]!.payload.receipt.signature_b64 = `A${changed.events[0]!.payload.receipt.signature_b64!.slice(1)}`;
    expect(diffDocuments(changed as unknown as JsonValue, bundle as unknown as JsonValue).map((d) => [d.path, d.coverage])).toEqual([
      ['events[0].payload.receipt.signature_b64', 'signed'],
      ['events[0].payload.receipt.signed_at', 'receipt-field'],
    ]);
  });
  it('lists fields present on one side only', () => {
    const d = diffDocuments(load('tampered/partial-no-receipt.json'), seed);
    expect(d.length).toBeGreaterThan(5);
    expect(d.every((x) => x.left === null && x.path.startsWith('receipt.'))).toBe(true);
    expect(d[0]!.coverage).toBe('signed');
  });
});
