import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeRecord } from '../../core/compute/compute-record';
import { PERSISTENT_URIS_EXAMPLE } from './compute-examples';

interface Vector {
  pith_number: string;
  title?: string;
  abstract?: string;
  canonical_record: { metadata: Record<string, unknown>; source: { id: string; version: number } } | null;
}

describe('the compute page example', () => {
  const vectors = JSON.parse(readFileSync(new URL('../../../tests/fixtures/pith/vectors.json', import.meta.url), 'utf8')) as Vector[];
  const v = vectors.find((x) => x.pith_number === PERSISTENT_URIS_EXAMPLE.expectedPithNumber)!;

  it('is copied exactly from its vector', () => {
    const e = PERSISTENT_URIS_EXAMPLE.input;
    const m = v.canonical_record!.metadata;
    expect([e.title, e.abstract]).toEqual([v.title, v.abstract]);
    expect([e.arxivId, Number(e.version), e.primaryCat, e.license, e.submittedAt]).toEqual([v.canonical_record!.source.id, v.canonical_record!.source.version, m.primary_cat, m.license, m.submitted_at]);
    expect(e.crossCats.split(/[\s,]+/).filter(Boolean)).toEqual(m.cross_cats_sorted);
  });

  it('computes to its published number', () => {
    const r = computeRecord(PERSISTENT_URIS_EXAMPLE.input);
    expect(r.ok && r.value.pithNumber).toBe('pith:2016:5A3HLEK2XQKADNVEISHU2OVNDY');
  });
});
