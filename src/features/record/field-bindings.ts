/**
 * How each displayed field is bound to the pith number (docs/UX.md "ideas"):
 * decided from where the value was read and what this browser's checks found,
 * never from what the server claims.
 */
import type { CheckId, CheckItem } from '../../core/verify/check-types';
import type { VerifyReport } from '../../core/verify/verify-document';
import type { Binding } from '../ui/binding-badge';
import { isCanonicalPath, type Sourced } from './read-record';

export interface FieldBinding {
  readonly binding: Binding;
  /** A sentence for the reader when the value disagrees with the hash-bound one. */
  readonly note?: string;
}

function itemsOf(report: VerifyReport | null | undefined, id: CheckId): readonly CheckItem[] {
  return report?.checks.find((c) => c.id === id)?.items ?? [];
}

/** When the canonical record does not hash to the claimed digest, nothing in it is tied to the number. */
const BROKEN: FieldBinding = { binding: 'unsigned', note: 'the canonical record does not hash to the claimed canonical_sha256 (see canonical-hash), so this value is not tied to the number' };

function canonicalBroken(report: VerifyReport | null | undefined): boolean {
  return report?.checks.find((c) => c.id === 'canonical-hash')?.status === 'fail';
}

/**
 * Paper and source fields: hash-bound when read from the canonical record, or
 * when the `metadata` check compared this very path with it and they agree.
 * `labels` are the check item labels for the display field, e.g.
 * `paper.primary_cat` (see `siblingLabels`).
 */
export function metadataBinding(fieldPath: string | null, labels: readonly string[], report: VerifyReport | null | undefined): FieldBinding {
  if (fieldPath === null) return { binding: 'unsigned' };
  if (canonicalBroken(report)) return BROKEN;
  if (isCanonicalPath(fieldPath)) return { binding: 'hash-bound' };
  const items = itemsOf(report, 'metadata').filter((i) => labels.includes(i.label));
  const failed = items.filter((i) => i.status === 'fail');
  if (failed.length > 0) {
    return {
      binding: 'unsigned',
      note: failed.map((f) => `${f.label} says ${f.computed ?? '?'} but the canonical record says ${f.expected ?? '?'}`).join('; '),
    };
  }
  const allPassed = labels.length > 0 && labels.every((l) => items.some((i) => i.label === l && i.status === 'pass'));
  return { binding: allPassed ? 'hash-bound' : 'unsigned' };
}

/** `paper.primary_cat` → labels for `keys` in the same object: `paper.<key>`. */
export function siblingLabels(fieldPath: string, keys: readonly string[]): string[] {
  const dot = fieldPath.lastIndexOf('.');
  const parent = dot < 0 ? '' : fieldPath.slice(0, dot + 1);
  return keys.map((k) => parent + k);
}

/** `source` → `source.id`, `source.version`: labels for keys inside the object at `objectPath`. */
export function childLabels(objectPath: string, keys: readonly string[]): string[] {
  return keys.map((k) => `${objectPath}.${k}`);
}

const RANK: Record<Binding, number> = { 'rehash-failed': 0, unsigned: 1, signed: 2, 'rehash-bound': 3, 'hash-bound': 4 };

/** A display field made of several values is only as bound as its weakest part. */
export function weakest(...parts: FieldBinding[]): FieldBinding {
  const sorted = [...parts].sort((a, b) => RANK[a.binding] - RANK[b.binding]);
  const notes = parts.flatMap((p) => (p.note ? [p.note] : []));
  return { binding: sorted[0]?.binding ?? 'unsigned', ...(notes.length ? { note: notes.join('; ') } : {}) };
}

/**
 * Title and abstract: bound by re-hash (FORMAT.md §3). The check's item for
 * this exact path decides; a cut excerpt is "skip", which leaves it unsigned.
 */
export function textBinding(field: Sourced<string> | null, id: 'title-hash' | 'abstract-hash', report: VerifyReport | null | undefined): FieldBinding {
  if (!field || !report) return { binding: 'unsigned' };
  const check = report.checks.find((c) => c.id === id);
  if (!check) return { binding: 'unsigned' };
  const item = check.items?.find((i) => i.label === field.path);
  const status = item?.status ?? (check.items && check.items.length > 0 ? undefined : check.status);
  if (status === 'pass') return canonicalBroken(report) ? BROKEN : { binding: 'rehash-bound' };
  if (status === 'fail') return { binding: 'rehash-failed', note: check.reason };
  // A skip (cut excerpt, unhashable text) is not a mismatch: the value is simply not tied.
  return { binding: 'unsigned' };
}
