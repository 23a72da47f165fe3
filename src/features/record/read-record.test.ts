import { describe, expect, it } from 'vitest';
import { formatUtc, isoDate } from './format-time';
import { isCanonicalPath, isCutExcerpt, readRecord } from './read-record';

// JSON imports, not node:fs: feature code (tests included) is linted as browser code.
import builtRecord from '../../../public/mirror/pith/5A3HLEK2XQKADNVEISHU2OVNDY.json';
import servedRecord from '../../../tests/fixtures/pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json';

// Deep copies, so no test can change the fixture another one reads.
const served = (): unknown => structuredClone(servedRecord);
const built = (): unknown => structuredClone(builtRecord);

describe('readRecord on the real served record', () => {
  const v = readRecord(served());

  it('reads the number, paper fields and where each came from', () => {
    expect(v.pithNumber).toBe('pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74');
    expect(v.suffix).toBe('UTTGU3KIYM6JKD6ALUV7A7CX74');
    expect(v.year).toBe('2017');
    expect(v.title).toEqual({ value: 'Stochastic Gradient Descent as Approximate Bayesian Inference', path: 'paper.title' });
    expect(v.authorsText?.value).toBe('David M. Blei, Matthew D. Hoffman, Stephan Mandt');
    expect(v.primaryCat).toEqual({ value: 'stat.ML', path: 'paper.primary_cat' });
    expect(v.crossCats).toEqual({ value: ['cs.LG'], path: 'paper.cross_cats' });
    expect(v.license?.value).toBe('http://arxiv.org/licenses/nonexclusive-distrib/1.0/');
    expect(v.submittedAt?.value).toBe('2017-04-13T22:17:30Z');
    expect(v.source).toEqual({ value: { id: '1704.04289', version: 2, kind: 'arxiv' }, path: 'source' });
    expect(isCutExcerpt(v.abstractExcerpt!.value)).toBe(true);
  });

  it('reads aliases, citations, receipt, canonical metadata and the claims', () => {
    expect(v.aliases?.path).toBe('aliases');
    expect(v.aliases?.value.map((a) => a.kind)).toEqual(['arxiv', 'arxiv_version', 'doi', 'pith_short_12', 'pith_short_16', 'pith_short_8']);
    expect(v.inboundCitations?.count).toBe(5);
    expect(v.inboundCitations?.internalAnchorCount).toBe(3);
    expect(v.inboundCitations?.sample[0]).toEqual({ arxivId: '2510.21588', title: 'Contribution of task-irrelevant stimuli to drift of neural representations', refIndex: 28, internalAnchor: true });
    expect(v.receipt?.keyId).toBe('pith-v1-2026-05');
    expect(v.receipt?.publicKeyFingerprint).toBe('8d4b5ee74e4693bcd1df2446408b0d54');
    expect(v.receipt?.signedAt).toBe('2026-05-18T00:25:29.106710Z');
    expect(v.canonical?.source).toEqual({ id: '1704.04289', version: 2, kind: 'arxiv' });
    expect(v.canonical?.crossCatsSorted).toEqual(['cs.LG']);
    expect(v.attestationState).toBe('computed');
    expect(v.verificationStatus?.find((f) => f.key === 'pith_receipt')?.value).toBe(true);
    expect(v.verificationStatus?.find((f) => f.key === 'weak_author_claims')?.value).toBe(0);
    expect(v.provenance).toBeNull();
  });
});

describe('readRecord on the built record (receipt, aliases and citations missing)', () => {
  const v = readRecord(built());
  it('reads what is there and nulls what is not', () => {
    expect(v.title?.value).toBe('Persistent URIs Must Be Used To Be Persistent');
    expect(v.crossCats?.value).toEqual([]);
    expect(v.receipt).toBeNull();
    expect(v.aliases).toBeNull();
    expect(v.inboundCitations).toBeNull();
    expect(v.verificationStatus).toBeNull();
    expect(v.provenance?.built).toBe(true);
    expect(v.provenance?.missing).toContain('receipt');
    expect(isCutExcerpt(v.abstractExcerpt!.value)).toBe(false);
  });
});

describe('readRecord fallbacks and hostile input', () => {
  it('never throws on non-objects and odd types', () => {
    for (const doc of [null, undefined, 42, 'x', [], [1, 2], { paper: 'nope', receipt: [], aliases: {}, inbound_citations: 7 }]) {
      const v = readRecord(doc);
      expect(v.title).toBeNull();
      expect(v.receipt).toBeNull();
    }
    const odd = readRecord({ paper: { title: 5, cross_cats: 'cs.LG', license: null }, source: { id: 3 }, inbound_citations: { count: '5', sample: [null, 1, { citing_arxiv_id: 2 }] } });
    expect(odd.title).toBeNull();
    expect(odd.crossCats).toBeNull();
    expect(odd.source).toBeNull();
    expect(odd.inboundCitations).toEqual({ count: null, internalAnchorCount: null, sample: [{ arxivId: null, title: null, refIndex: null, internalAnchor: null }] });
  });

  it('does not read through the prototype', () => {
    expect(readRecord({ paper: {} }).title).toBeNull();
    expect(readRecord(JSON.parse('{"paper":{"__proto__":{"title":"x"}}}')).title).toBeNull();
  });

  it('falls back paper → graph_snapshot.paper → canonical_record.metadata', () => {
    const doc = {
      graph_snapshot: { paper: { title: 'From the snapshot' } },
      canonical_record: { metadata: { primary_cat: 'hep-th', cross_cats_sorted: ['math-ph', 'math.MP'], license: '', submitted_at: '2007-02-11T00:00:00Z' }, source: { id: 'math/0702322', kind: 'arxiv', version: 1 } },
    };
    const v = readRecord(doc);
    expect(v.title).toEqual({ value: 'From the snapshot', path: 'graph_snapshot.paper.title' });
    expect(v.primaryCat?.path).toBe('canonical_record.metadata.primary_cat');
    expect(v.crossCats).toEqual({ value: ['math-ph', 'math.MP'], path: 'canonical_record.metadata.cross_cats_sorted' });
    expect(v.license).toEqual({ value: '', path: 'canonical_record.metadata.license' });
    expect(v.source?.value.id).toBe('math/0702322');
    expect(v.source?.path).toBe('canonical_record.source');
  });

  it('drops the primary category and duplicates from paper.cross_cats', () => {
    expect(readRecord({ paper: { primary_cat: 'cs.LG', cross_cats: ['cs.LG', 'stat.ML', 'stat.ML'] } }).crossCats?.value).toEqual(['stat.ML']);
  });

  it('reads bundle aliases and the receipt inside the record_created event', () => {
    const v = readRecord({
      source_aliases: [{ alias_kind: 'arxiv', alias_value: '1704.04289' }, { alias_kind: 3 }],
      events: [{ event_type: 'graph' }, { event_type: 'record_created', payload: { receipt: { key_id: 'k' } } }],
    });
    expect(v.aliases).toEqual({ path: 'source_aliases', value: [{ kind: 'arxiv', value: '1704.04289', createdAt: null }] });
    expect(v.receipt?.keyId).toBe('k');
    expect(v.receipt?.path).toBe('events.1.payload.receipt');
  });

  it('reads a merged state’s canonical record under current', () => {
    const v = readRecord({ current: { canonical_record: { metadata: { primary_cat: 'cs.DL' } }, source_aliases: [] } });
    expect(v.canonical?.path).toBe('current.canonical_record');
    expect(v.primaryCat?.path).toBe('current.canonical_record.metadata.primary_cat');
    expect(isCanonicalPath(v.primaryCat!.path)).toBe(true);
    expect(v.aliases?.path).toBe('current.source_aliases');
  });

  it('shows non-scalar claims as JSON text', () => {
    expect(readRecord({ verification_status: { x: [1], y: null } }).verificationStatus).toEqual([
      { key: 'x', value: '[1]' },
      { key: 'y', value: null },
    ]);
  });
});

describe('helpers', () => {
  it('counts the excerpt limit in code points, not UTF-16 units', () => {
    expect(isCutExcerpt('a'.repeat(600))).toBe(true);
    expect(isCutExcerpt('a'.repeat(599))).toBe(false);
    expect(isCutExcerpt('𝔸'.repeat(600))).toBe(true);
    expect(isCutExcerpt('𝔸'.repeat(300))).toBe(false);
  });
  it('formats times in UTC and refuses junk', () => {
    expect(formatUtc('2017-04-13T22:17:30Z')).toBe('13 April 2017, 22:17 UTC');
    expect(formatUtc('2026-05-18T00:05:29.106710Z')).toBe('18 May 2026, 00:05 UTC');
    expect(formatUtc('not a date')).toBeNull();
    expect(isoDate('2026-05-18T00:25:29.106710Z')).toBe('2026-05-18');
    expect(isoDate('yesterday')).toBeNull();
  });
  it('knows which paths are inside the canonical record', () => {
    expect(isCanonicalPath('canonical_record.metadata.license')).toBe(true);
    expect(isCanonicalPath('paper.license')).toBe(false);
    expect(isCanonicalPath('graph_snapshot.canonical_record_x')).toBe(false);
  });
});
