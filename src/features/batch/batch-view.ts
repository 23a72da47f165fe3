/**
 * What the batch table shows (filter, sort, find) as plain strings that live in the URL
 * (`/batch?show=invalid&sort=verdict&find=1704`), so opening a row and coming back, or reloading
 * with the same files dropped again, keeps them. Unknown values fall back to the default rather
 * than hiding rows under a filter nobody chose.
 */
import type { BatchRow } from './batch-types';

export const SHOW_VALUES = ['all', 'invalid', 'not-verified', 'incomplete', 'unreadable', 'verified'] as const;
export const SORT_VALUES = ['input', 'verdict', 'file', 'pith', 'title'] as const;
export type Show = (typeof SHOW_VALUES)[number];
export type Sort = (typeof SORT_VALUES)[number];

export interface BatchView {
  readonly show: Show;
  readonly sort: Sort;
  readonly find: string;
}

export const DEFAULT_VIEW: BatchView = { show: 'all', sort: 'input', find: '' };

/** The view a URL's search params ask for; anything unrecognised is the default. */
export function viewFromSearch(search: Readonly<Record<string, unknown>>): BatchView {
  const pick = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T => (typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback);
  return {
    show: pick(search.show, SHOW_VALUES, DEFAULT_VIEW.show),
    sort: pick(search.sort, SORT_VALUES, DEFAULT_VIEW.sort),
    find: typeof search.find === 'string' ? search.find : '',
  };
}

/** The search params of a view: defaults are left out, so a plain /batch stays plain. */
export function searchOfView(view: BatchView): { show?: Show; sort?: Sort; find?: string } {
  return {
    ...(view.show !== DEFAULT_VIEW.show ? { show: view.show } : {}),
    ...(view.sort !== DEFAULT_VIEW.sort ? { sort: view.sort } : {}),
    ...(view.find.trim() !== '' ? { find: view.find } : {}),
  };
}

const VERDICT_ORDER: Record<BatchRow['verdict'], number> = { invalid: 0, unreadable: 1, incomplete: 2, verified: 3, 'not-a-record': 4 };

const BY: Record<Sort, ((a: BatchRow, b: BatchRow) => number) | null> = {
  input: null,
  verdict: (a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict],
  pith: (a, b) => (a.pithNumber ?? '~').localeCompare(b.pithNumber ?? '~'),
  title: (a, b) => (a.title ?? '~').localeCompare(b.title ?? '~'),
  file: (a, b) => a.file.localeCompare(b.file) || (a.index ?? 0) - (b.index ?? 0),
};

/** The rows a view shows, in its order (a stable sort: ties keep the order they finished in). */
export function selectRows(rows: readonly BatchRow[], view: BatchView): readonly BatchRow[] {
  const q = view.find.trim().toLowerCase();
  const { show } = view;
  const kept = rows.filter((r) => (show === 'all' ? true : show === 'not-verified' ? r.verdict !== 'verified' : r.verdict === show) && (q === '' || `${r.file} ${r.pithNumber ?? ''} ${r.title ?? ''}`.toLowerCase().includes(q)));
  const by = BY[view.sort];
  return by ? kept.sort(by) : kept;
}
