/**
 * The binding rule, in one place. A value is signed, hash-bound or rehash-bound only when this run
 * established an unbroken chain from it to a digest that a trusted key signed:
 *   signature pass → the signed digest;
 *   canonical-hash pass, and the computed digest IS the signed one → the canonical record's values;
 *   pith-number pass on top → the number;
 *   title-hash / abstract-hash / metadata pass on top → the re-hashed or compared copies.
 * A value a check compared and found different is contradicted; everything else is unbound, with a
 * code saying why. The UI shows these; it never decides them.
 */
import type { Subject } from '../documents/subject';
import type { CheckId, CheckItem, CheckResult } from './check-types';
import type { Binding, BindingCode, FieldCopy } from './report-types';

export interface Chain {
  /** The digest a valid signature by a trusted key covers, or null. */
  readonly signedDigest: string | null;
  /** The canonical record passed canonical-hash and its digest is the signed one. */
  readonly canonicalBound: boolean;
  /** And the number is that digest's (pith-number passed). */
  readonly numberBound: boolean;
  readonly results: ReadonlyMap<CheckId, CheckResult>;
}

/** The chain this run established, from the check results and the digest the signature covered. */
export function chainOf(results: ReadonlyMap<CheckId, CheckResult>, signedHex: string | null, computedHex: string | null): Chain {
  const passed = (id: CheckId) => results.get(id)?.status === 'pass';
  const signedDigest = passed('signature') && signedHex ? signedHex : null;
  const canonicalBound = signedDigest !== null && passed('canonical-hash') && computedHex === signedDigest;
  return { signedDigest, canonicalBound, numberBound: canonicalBound && passed('pith-number'), results };
}

export interface Bound {
  readonly binding: Binding;
  readonly code: BindingCode;
  readonly by: CheckId | null;
  readonly note: string;
}

const UNSIGNED: Bound = { binding: 'unbound', code: 'no-signature', by: null, note: 'No valid signature by a trusted key covers this record, so nothing in it is tied to a signed digest.' };

/** The document holds no canonical record (canonical-hash skipped it as absent). */
export function noCanonicalRecord(chain: Chain): boolean {
  const ch = chain.results.get('canonical-hash');
  return ch?.status === 'skip' && ch.code === 'absent';
}

function notBound(chain: Chain): Bound {
  if (!chain.signedDigest) return UNSIGNED;
  if (noCanonicalRecord(chain)) {
    return { binding: 'unbound', code: 'no-canonical-record', by: 'canonical-hash', note: 'This document holds no canonical record, so nothing ties this value to the signed digest (see canonical-hash).' };
  }
  const ch = chain.results.get('canonical-hash');
  const why = ch?.status === 'fail' ? 'does not hash to the claimed digest' : ch?.status === 'pass' ? 'is not the one the signature covers' : 'could not be checked';
  return { binding: 'unbound', code: 'canonical-not-bound', by: 'canonical-hash', note: `The canonical record ${why} (see canonical-hash), so nothing is bound through it.` };
}

/** A value read from the canonical record itself. */
export function canonicalValue(chain: Chain): Bound {
  return chain.canonicalBound ? { binding: 'hash-bound', code: 'in-signed-canonical', by: 'canonical-hash', note: 'In the canonical record, whose SHA-256 is the signed digest.' } : notBound(chain);
}

/** The item a check made for one path. */
export function itemAt(chain: Chain, id: CheckId, path: string): CheckItem | undefined {
  return chain.results.get(id)?.items?.find((i) => i.path === path);
}

/** A copy outside the canonical record that `metadata` compared with it. */
export function comparedCopy(chain: Chain, path: string): Bound {
  const item = itemAt(chain, 'metadata', path);
  if (item?.status === 'fail') return { binding: 'contradicted', code: 'mismatch', by: 'metadata', note: `${path} says ${item.claimed ?? '?'} but the canonical record says ${item.computed ?? '?'}.` };
  if (!chain.canonicalBound) return notBound(chain);
  if (item?.status === 'pass') return { binding: 'hash-bound', code: 'in-signed-canonical', by: 'metadata', note: 'Equal to the value in the signed canonical record.' };
  return { binding: 'unbound', code: 'not-checked', by: 'metadata', note: `${path} was not compared with the canonical record.` };
}

/** Title or abstract text: bound by re-hash (FORMAT.md §3). */
export function rehashed(chain: Chain, id: 'title-hash' | 'abstract-hash', path: string): Bound {
  const item = itemAt(chain, id, path);
  const what = id === 'title-hash' ? 'title' : 'abstract';
  if (item?.status === 'fail') {
    return { binding: 'contradicted', code: 'mismatch', by: id, note: item.code === 'lone-surrogate' ? `The ${what} cannot be UTF-8 encoded, so it is not the text that was hashed.` : `The ${what} does not hash to ${what}_canon_sha256 in the canonical record.` };
  }
  if (item?.code === 'excerpt-cut') return { binding: 'unbound', code: 'excerpt-cut', by: id, note: 'An excerpt of exactly 600 characters, probably cut (FORMAT.md §3): the hash of the whole abstract cannot be checked from it.' };
  if (!chain.canonicalBound) return notBound(chain);
  if (item?.status === 'pass') return { binding: 'rehash-bound', code: 'rehash-matches', by: id, note: `Re-hashed here: equal to ${what}_canon_sha256 in the signed canonical record.` };
  return { binding: 'unbound', code: 'not-checked', by: id, note: `The ${what} could not be compared with its hash (see ${id}).` };
}

/** A field no hash or signature covers (authors, receipt times, live data). */
export const NOT_COVERED: Bound = { binding: 'unbound', code: 'no-hash-covers-it', by: null, note: 'No hash and no signature covers this field: it is unsigned live data.' };

/** Copies of a canonical field in paper sections that disagree with the shown value. */
export function conflictsOf(chain: Chain, subject: Subject, key: 'primary_cat' | 'license' | 'submitted_at' | 'cross_cats'): FieldCopy[] {
  return subject.papers.flatMap(({ value, path }) => {
    const at = `${path}.${key}`;
    const item = itemAt(chain, 'metadata', at);
    const v = value[key];
    return item?.status === 'fail' && v !== undefined ? [{ path: at, value: Array.isArray(v) ? v.join(', ') : String(v), binding: 'contradicted' as const }] : [];
  });
}
