/**
 * The compute form in the URL (`/compute?arxivId=1602.09102&version=1&…`), so a computation can be
 * shared as a link and survives a reload. Every field is a plain string, exactly as typed; empty
 * fields are left out of the URL.
 */
import type { ComputeField } from '../../core/compute/compute-record';

export type ComputeValues = Record<ComputeField, string>;

export const COMPUTE_FIELDS: readonly ComputeField[] = ['title', 'abstract', 'arxivId', 'version', 'primaryCat', 'crossCats', 'license', 'submittedAt'];

export const EMPTY_VALUES: ComputeValues = { title: '', abstract: '', arxivId: '', version: '', primaryCat: '', crossCats: '', license: '', submittedAt: '' };

/** The form's values from search params; anything that is not one of its fields is ignored. */
export function valuesFromSearch(search: Readonly<Record<string, unknown>>): ComputeValues {
  const out = { ...EMPTY_VALUES };
  for (const f of COMPUTE_FIELDS) if (typeof search[f] === 'string') out[f] = search[f];
  return out;
}

/** The search params of the form's values: only the filled fields. */
export function searchOfValues(values: ComputeValues): Partial<ComputeValues> {
  return Object.fromEntries(COMPUTE_FIELDS.filter((f) => values[f] !== '').map((f) => [f, values[f]]));
}

/** True when two sets of values are the same field by field. */
export function sameValues(a: ComputeValues, b: ComputeValues): boolean {
  return COMPUTE_FIELDS.every((f) => a[f] === b[f]);
}
