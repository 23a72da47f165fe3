import { describe, expect, it } from 'vitest';
import { Keyring } from '../../core/keyring';
import { verifyText, type VerifyReport } from '../../core/verify/verify-document';
import { childLabels, metadataBinding, siblingLabels, textBinding, weakest } from './field-bindings';
import { readRecord } from './read-record';
import servedRecord from '../../../tests/fixtures/pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json';

// The canonical record holds only strings and integers, so JSON.stringify reproduces its values exactly.
const text = JSON.stringify(servedRecord);

async function verify(doc: unknown): Promise<VerifyReport> {
  const [entry] = await verifyText(JSON.stringify(doc), { keyring: Keyring.pinned() });
  if (!entry?.report) throw new Error('no report');
  return entry.report;
}

describe('bindings on the real record', async () => {
  const doc: unknown = JSON.parse(text);
  const report = await verify(doc);
  const v = readRecord(doc);

  it('binds the title by re-hash and leaves the cut abstract unsigned', () => {
    expect(textBinding(v.title, 'title-hash', report)).toEqual({ binding: 'rehash-bound' });
    expect(textBinding(v.abstractExcerpt, 'abstract-hash', report)).toEqual({ binding: 'unsigned' });
  });

  it('binds paper fields to the hash when the metadata check passed for their path', () => {
    expect(metadataBinding(v.primaryCat!.path, siblingLabels(v.primaryCat!.path, ['primary_cat']), report).binding).toBe('hash-bound');
    expect(metadataBinding(v.license!.path, siblingLabels(v.license!.path, ['license']), report).binding).toBe('hash-bound');
    expect(metadataBinding(v.source!.path, childLabels(v.source!.path, ['id', 'version']), report).binding).toBe('hash-bound');
  });

  it('leaves everything unsigned without a report, except canonical values', () => {
    expect(textBinding(v.title, 'title-hash', null).binding).toBe('unsigned');
    expect(metadataBinding('paper.license', ['paper.license'], null).binding).toBe('unsigned');
    expect(metadataBinding('canonical_record.metadata.license', [], null).binding).toBe('hash-bound');
    expect(metadataBinding(null, [], report).binding).toBe('unsigned');
  });
});

describe('bindings on a tampered copy', async () => {
  const doc = JSON.parse(text) as { paper: Record<string, unknown> };
  doc.paper.title = 'A Different Title';
  doc.paper.primary_cat = 'cs.CR';
  const report = await verify(doc);
  const v = readRecord(doc);

  it('marks a title that does not re-hash as failed', () => {
    expect(textBinding(v.title, 'title-hash', report).binding).toBe('rehash-failed');
  });

  it('marks a paper field that disagrees with the canonical record unsigned, saying why', () => {
    const b = metadataBinding('paper.primary_cat', ['paper.primary_cat'], report);
    expect(b.binding).toBe('unsigned');
    expect(b.note).toBe('paper.primary_cat says cs.CR but the canonical record says stat.ML');
  });
});

describe('weakest', () => {
  it('takes the weakest part and keeps every note', () => {
    expect(weakest({ binding: 'hash-bound' }, { binding: 'unsigned', note: 'n' })).toEqual({ binding: 'unsigned', note: 'n' });
    expect(weakest({ binding: 'hash-bound' }, { binding: 'hash-bound' })).toEqual({ binding: 'hash-bound' });
    expect(weakest()).toEqual({ binding: 'unsigned' });
  });
  it('builds labels', () => {
    expect(siblingLabels('graph_snapshot.paper.license', ['license'])).toEqual(['graph_snapshot.paper.license']);
    expect(childLabels('graph_snapshot.source', ['id'])).toEqual(['graph_snapshot.source.id']);
  });
});

describe('a canonical record that does not match its claimed hash binds nothing', async () => {
  const doc = JSON.parse(text) as { canonical_record: { metadata: { license: string } } };
  doc.canonical_record.metadata.license = 'http://creativecommons.org/licenses/by/4.0/';
  const report = await verify(doc);
  const v = readRecord(doc);

  it('shows canonical values and re-hashed text as unsigned, saying why', () => {
    expect(report.checks.find((c) => c.id === 'canonical-hash')?.status).toBe('fail');
    const license = metadataBinding('canonical_record.metadata.license', [], report);
    expect(license.binding).toBe('unsigned');
    expect(license.note).toMatch(/does not hash to the claimed canonical_sha256/);
    expect(metadataBinding(v.primaryCat!.path, siblingLabels(v.primaryCat!.path, ['primary_cat']), report).binding).toBe('unsigned');
    expect(textBinding(v.title, 'title-hash', report).binding).toBe('unsigned');
  });
});
