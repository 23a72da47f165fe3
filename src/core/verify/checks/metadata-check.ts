/**
 * `metadata`: unsigned paper fields and source copies agree with the hash-bound canonical record
 * (FORMAT.md §2, §5). `claimed` is the copy's value, `computed` the canonical record's. Agreement
 * with a canonical record that did not pass canonical-hash ties the copy to nothing (`not-bound`).
 */
import { listSome } from '../../text/list-some';
import { compareCodePoints } from '../../json/canonical-json';
import type { CheckItem, CheckOutcome } from '../check-types';
import { rollUp, rolledCode } from '../check-types';
import type { CheckDefinition } from '../check-definition';
import { canonicalPassed, type CheckContext } from '../context';
import { CHECK_CATALOG } from '../check-catalog';

/** One compared field. Plain literals, no spreads: a batch makes fourteen of these per record. */
function eq(path: string, claimed: string | number | undefined, canonical: string | number, bound: boolean): CheckItem | null {
  if (claimed === undefined) return null;
  const c = String(claimed);
  const k = String(canonical);
  if (claimed !== canonical) return { label: path, path, status: 'fail', code: 'field-mismatch', claimed: c, computed: k };
  if (bound) return { label: path, path, status: 'pass', code: 'match', claimed: c, computed: k };
  return { label: path, path, status: 'skip', code: 'not-bound', claimed: c, computed: k, note: 'agrees with a canonical record that did not pass canonical-hash' };
}

/** True when sorting by code point would leave the list as it is (duplicates allowed). */
function isSortedByCodePoint(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if (compareCodePoints(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}

/** The categories of a list besides the primary, once each, in code point order. */
function asSet(list: readonly string[], primary: string): string[] {
  return [...new Set(list)].filter((c) => c !== primary).sort(compareCodePoints);
}

const AS_SET_NOTE = 'the same categories, written in another order, with repeats or with the primary category';

function run(ctx: CheckContext): CheckOutcome {
  const { subject } = ctx;
  if (subject.canonical.state !== 'present') return { status: 'skip', code: 'absent', reason: 'No well-formed canonical record to compare the paper fields with.' };
  const { metadata: m, source } = subject.canonical.value;
  const bound = canonicalPassed(ctx);
  const items: CheckItem[] = [];
  const cp = subject.canonical.path;
  // Python sorts str by code point, not UTF-16 units (FORMAT.md §2).
  // Invariants of the canonical record itself: hashed, so only "not in documented form" (warn).
  if (!isSortedByCodePoint(m.cross_cats_sorted) || m.cross_cats_sorted.includes(m.primary_cat)) {
    const path = `${cp}.metadata.cross_cats_sorted`;
    items.push({ label: path, path, status: 'warn', code: 'not-documented-form', computed: JSON.stringify(m.cross_cats_sorted), note: 'not sorted by code point or includes the primary category (FORMAT.md §2)' });
  }
  for (const { value: p, path } of subject.papers) {
    items.push(
      ...[eq(`${path}.primary_cat`, p.primary_cat, m.primary_cat, bound), eq(`${path}.license`, p.license, m.license, bound), eq(`${path}.submitted_at`, p.submitted_at, m.submitted_at, bound)].filter(
        (x): x is CheckItem => x !== null,
      ),
    );
    if (p.cross_cats !== undefined) {
      // Compared as sets of categories besides the primary: how pith orders the paper's copy is not
      // documented. Both sides are read so: a canonical list out of its documented form has its own
      // warning above, and compared raw it "differed" from an identical copy (a hostile review, 2026-12-03).
      const at = `${path}.cross_cats`;
      const same = JSON.stringify(asSet(p.cross_cats, m.primary_cat)) === JSON.stringify(asSet(m.cross_cats_sorted, m.primary_cat));
      const exact = JSON.stringify(p.cross_cats) === JSON.stringify(m.cross_cats_sorted);
      const base = { label: at, path: at, claimed: JSON.stringify(p.cross_cats), computed: JSON.stringify(m.cross_cats_sorted), ...(same && !exact ? { note: AS_SET_NOTE } : {}) };
      items.push(same ? (bound ? { ...base, status: 'pass', code: 'match' } : { ...base, status: 'skip', code: 'not-bound' }) : { ...base, status: 'fail', code: 'field-mismatch' });
    }
  }
  for (const { value: s, path } of subject.sources) {
    items.push(...[eq(`${path}.kind`, s.kind, source.kind, bound), eq(`${path}.id`, s.id, source.id, bound), eq(`${path}.version`, s.version, source.version, bound)].filter((x): x is CheckItem => x !== null));
  }
  if (items.length === 0) return { status: 'skip', code: 'absent', reason: 'No paper fields or source copies outside the canonical record to compare.' };
  const status = rollUp(items);
  const failed = items.filter((i) => i.status === 'fail');
  if (status === 'fail') {
    return { status, code: 'field-mismatch', reason: `${listSome(failed.map((f) => `${f.label} says ${f.claimed} but the canonical record says ${f.computed}`))}.`, items };
  }
  if (status === 'warn') return { status, code: 'not-documented-form', reason: 'The paper fields agree, but the canonical record is not in its documented form.', items };
  if (!bound) return { status: 'skip', code: rolledCode(items, 'skip', 'not-bound'), reason: 'The paper fields agree with a canonical record that did not pass canonical-hash, so they are tied to nothing.', items };
  const asSets = items.filter((i) => i.note === AS_SET_NOTE).length;
  return { status, code: 'match', reason: `All ${items.length} paper and source fields agree with the canonical record${asSets > 0 ? ` (${asSets === 1 ? 'one list of' : `${asSets} lists of`} cross categories as a set: ${AS_SET_NOTE})` : ''}.`, items };
}

export const metadataCheck = {
  ...CHECK_CATALOG['metadata'],
  run,
  replay: () => [],
} as const satisfies CheckDefinition;
