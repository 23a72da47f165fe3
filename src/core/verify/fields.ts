/**
 * Every field a page shows, read from the paths the checks read for this kind of document
 * (subject.ts layouts), with its binding (bindings.ts). A field the kind does not define is not
 * here: a `paper` in a bundle is extra data, never the paper of a verified record.
 */
import { pythonWords } from '../text/text-canon';
import type { Subject } from '../documents/subject';
import { isCutExcerpt } from './checks/text-hash-checks';
import { canonicalValue, comparedCopy, conflictsOf, itemAt, noCanonicalRecord, NOT_COVERED, rehashed, type Bound, type Chain } from './bindings';
import type { Binding, DisplayField, DisplayFields, FieldCopy, FieldId, FieldValues } from './report-types';

const LABELS: Record<FieldId, string> = {
  'pith-number': 'Pith number',
  'short-pith-number': 'Short pith number',
  'canonical-sha256': 'Canonical SHA-256',
  'signed-digest': 'Signed digest',
  title: 'Title',
  authors: 'Authors',
  abstract: 'Abstract',
  'submitted-at': 'Submitted (v1)',
  'primary-category': 'Primary category',
  'cross-categories': 'Cross-list categories',
  license: 'License',
  source: 'arXiv',
};

/**
 * A shown value is cut to this many characters (the report says how long it was): a 200 MB string
 * in a hostile record must not be copied into every page that shows its report. The checks read
 * the document itself, never this.
 */
export const FIELD_VALUE_CAP = 1_000_000;

function field<K extends FieldId>(id: K, value: FieldValues[K], path: string, b: Bound, extra: Partial<Pick<DisplayField<K>, 'conflicts' | 'cut'>> = {}): DisplayField<K> {
  const long = typeof value === 'string' && value.length > FIELD_VALUE_CAP;
  const shown = (long ? (value as string).slice(0, FIELD_VALUE_CAP) : value) as FieldValues[K];
  return {
    id,
    label: LABELS[id],
    value: shown,
    path,
    binding: b.binding,
    code: b.code,
    by: b.by,
    note: b.note,
    conflicts: extra.conflicts ?? [],
    ...(extra.cut !== undefined ? { cut: extra.cut } : {}),
    ...(long ? { fullLength: (value as string).length } : {}),
  };
}

/** Paper values held both in the canonical record and in paper copies: the canonical one is shown. */
function canonicalOrCopy<K extends 'submitted-at' | 'primary-category' | 'license'>(
  id: K,
  key: 'submitted_at' | 'primary_cat' | 'license',
  subject: Subject,
  chain: Chain,
): DisplayField<K> | null {
  if (subject.canonical.state === 'present') {
    const value = subject.canonical.value.metadata[key];
    return field(id, value as FieldValues[K], `${subject.canonical.path}.metadata.${key}`, canonicalValue(chain), { conflicts: conflictsOf(chain, subject, key) });
  }
  for (const { value, path } of subject.papers) {
    const v = value[key];
    // The empty string is a real license value (old papers, FORMAT.md §2), so it is kept.
    if (typeof v === 'string' && (v !== '' || key === 'license')) return field(id, v as FieldValues[K], `${path}.${key}`, comparedCopy(chain, `${path}.${key}`));
  }
  return null;
}

function numberBinding(chain: Chain, path: string): Bound {
  const item = itemAt(chain, 'pith-number', path);
  const failed = chain.results.get('pith-number')?.items?.some((i) => i.path === path && i.status === 'fail');
  if (failed) return { binding: 'contradicted', code: 'mismatch', by: 'pith-number', note: `The number is not what the digest and submission year give (see pith-number).` };
  if (chain.numberBound) return { binding: 'hash-bound', code: 'number-of-signed-digest', by: 'pith-number', note: 'The base32 of the signed digest, with the submission year of the signed canonical record.' };
  if (!chain.signedDigest) return { binding: 'unbound', code: 'no-signature', by: null, note: 'No valid signature by a trusted key covers the digest this number stands for.' };
  const code = !item ? 'not-checked' : noCanonicalRecord(chain) ? 'no-canonical-record' : 'canonical-not-bound';
  return { binding: 'unbound', code, by: 'pith-number', note: 'The number could not be tied to the signed digest and a bound submission year (see pith-number).' };
}

function digestBinding(chain: Chain, path: string, value: string): Bound {
  const item = itemAt(chain, 'canonical-hash', path);
  if (item?.status === 'fail') return { binding: 'contradicted', code: 'mismatch', by: 'canonical-hash', note: 'The canonical record does not hash to this digest.' };
  if (chain.signedDigest === value) return { binding: 'signed', code: 'signed-digest', by: 'signature', note: 'Covered by a valid Ed25519 signature by a trusted key.' };
  return chain.signedDigest ? { binding: 'unbound', code: 'mismatch', by: 'signature', note: 'Not the digest the signature covers.' } : { binding: 'unbound', code: 'no-signature', by: null, note: 'No valid signature by a trusted key covers this digest.' };
}

/** The fields of this document, each with its binding. */
export function displayFields(subject: Subject, chain: Chain): DisplayFields {
  const out: { -readonly [K in FieldId]?: DisplayField<K> } = {};
  if (subject.claimedNumber.state === 'present') out['pith-number'] = field('pith-number', subject.claimedNumber.value, subject.claimedNumber.path, numberBinding(chain, subject.claimedNumber.path));
  if (subject.claimedShort.state === 'present') out['short-pith-number'] = field('short-pith-number', subject.claimedShort.value, subject.claimedShort.path, numberBinding(chain, subject.claimedShort.path));
  const claim = subject.claimedDigests[0];
  if (claim) out['canonical-sha256'] = field('canonical-sha256', claim.value, claim.path, digestBinding(chain, claim.path, claim.value));
  if (chain.signedDigest && subject.receipt.state === 'present') {
    out['signed-digest'] = field('signed-digest', chain.signedDigest, `${subject.receipt.path}.canonical_sha256`, { binding: 'signed', code: 'signed-digest', by: 'signature', note: 'Covered by a valid Ed25519 signature by a trusted key.' });
  }
  if (subject.title.state === 'present') {
    const raw = subject.title.value;
    const b = rehashed(chain, 'title-hash', subject.title.path);
    const shown = shownTitle(raw);
    const spacing = shown === raw ? '' : ' Shown with each run of whitespace as one space, as the hash reads it: the document spaces it otherwise.';
    out.title = field('title', shown, subject.title.path, { ...b, note: `${b.note}${spacing}` }, { conflicts: copiesOf(chain, subject, 'title', raw, 'title-hash') });
  }
  if (subject.authors.state === 'present') out.authors = field('authors', subject.authors.value, subject.authors.path, NOT_COVERED, { conflicts: copiesOf(chain, subject, 'authors_text', subject.authors.value, null) });
  if (subject.abstract) {
    const a = subject.abstract;
    out.abstract = field('abstract', a.value, a.path, rehashed(chain, 'abstract-hash', a.path), { cut: a.excerpt && isCutExcerpt(a.value), conflicts: copiesOf(chain, subject, 'abstract_excerpt', a.value, 'abstract-hash') });
  }
  const submitted = canonicalOrCopy('submitted-at', 'submitted_at', subject, chain);
  if (submitted) out['submitted-at'] = submitted;
  const primary = canonicalOrCopy('primary-category', 'primary_cat', subject, chain);
  if (primary) out['primary-category'] = primary;
  const license = canonicalOrCopy('license', 'license', subject, chain);
  if (license) out.license = license;
  const cross = crossCategories(subject, chain);
  if (cross) out['cross-categories'] = cross;
  const source = sourceField(subject, chain);
  if (source) out.source = source;
  return out;
}

function crossCategories(subject: Subject, chain: Chain): DisplayField<'cross-categories'> | null {
  if (subject.canonical.state === 'present') {
    return field('cross-categories', subject.canonical.value.metadata.cross_cats_sorted, `${subject.canonical.path}.metadata.cross_cats_sorted`, canonicalValue(chain), { conflicts: conflictsOf(chain, subject, 'cross_cats') });
  }
  for (const { value, path } of subject.papers) {
    if (value.cross_cats !== undefined) {
      // The canonical record keeps them without the primary category (FORMAT.md §2); a paper copy may not.
      const list = [...new Set(value.cross_cats)].filter((c) => c !== value.primary_cat);
      return field('cross-categories', list, `${path}.cross_cats`, comparedCopy(chain, `${path}.cross_cats`));
    }
  }
  return null;
}

function sourceField(subject: Subject, chain: Chain): DisplayField<'source'> | null {
  if (subject.canonical.state === 'present') {
    const s = subject.canonical.value.source;
    return field('source', { kind: s.kind, id: s.id, version: s.version }, `${subject.canonical.path}.source`, canonicalValue(chain));
  }
  const copy = subject.sources[0];
  if (!copy) return null;
  const parts = ['id', 'version', 'kind'].map((k) => comparedCopy(chain, `${copy.path}.${k}`));
  const worst = parts.find((p) => p.binding === 'contradicted') ?? parts.find((p) => p.binding === 'unbound') ?? parts[0]!;
  return field('source', { kind: copy.value.kind, id: copy.value.id, version: copy.value.version }, copy.path, worst);
}

/**
 * The other paper copies of a text field (graph_snapshot.paper beside paper) that differ from the
 * shown value: contradicted when their re-hash failed, else unbound (authors: no check compares them).
 */
function copiesOf(chain: Chain, subject: Subject, key: 'title' | 'authors_text' | 'abstract_excerpt', shown: string, check: 'title-hash' | 'abstract-hash' | null): FieldCopy[] {
  return subject.papers.flatMap(({ value, path }) => {
    const v = value[key];
    const at = `${path}.${key}`;
    if (typeof v !== 'string' || v === shown) return [];
    const failed = check !== null && itemAt(chain, check, at)?.status === 'fail';
    return [{ path: at, value: v.length > 2_000 ? `${v.slice(0, 2_000)}…` : v, binding: failed ? 'contradicted' : 'unbound' }];
  });
}

/** A title as the app shows it: its words as the title hash reads them, case kept (pythonWords); the checks read the document itself. */
export function shownTitle(raw: string): string {
  return pythonWords(raw);
}

/** True for the bindings that mean "tied to the signed digest". */
export function isBound(b: Binding): boolean {
  return b === 'signed' || b === 'hash-bound' || b === 'rehash-bound';
}
