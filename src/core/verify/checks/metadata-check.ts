/**
 * `metadata`: unsigned paper fields and source copies agree with the
 * hash-bound canonical record (FORMAT.md §2, §5).
 */
import { compareCodePoints } from '../../json/canonical-json';
import type { CheckItem, CheckResult } from '../check-types';
import { rollUp } from '../check-types';
import type { CheckContext } from '../context';

function eq(label: string, claimed: string | number | undefined, canonical: string | number): CheckItem | null {
  if (claimed === undefined) return null;
  return { label, status: claimed === canonical ? 'pass' : 'fail', expected: String(canonical), computed: String(claimed) };
}

/** True when sorting by code point would leave the list as it is (duplicates allowed). */
function isSortedByCodePoint(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if (compareCodePoints(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}

export function metadataCheck({ subject }: CheckContext): CheckResult {
  if (subject.canonical.state !== 'present') return { id: 'metadata', status: 'skip', reason: 'No well-formed canonical record to compare the paper fields with.' };
  const { metadata: m, source } = subject.canonical.value;
  const items: CheckItem[] = [];
  // Python sorts str by code point, not UTF-16 units (FORMAT.md §2).
  // Invariants of the canonical record itself: hashed, so only "not in documented form" (warn).
  if (!isSortedByCodePoint(m.cross_cats_sorted) || m.cross_cats_sorted.includes(m.primary_cat)) {
    items.push({ label: 'canonical_record.metadata.cross_cats_sorted', status: 'warn', computed: JSON.stringify(m.cross_cats_sorted), note: 'not sorted by code point or includes the primary category (FORMAT.md §2)' });
  }
  for (const { value: p, path } of subject.papers) {
    const parts = [eq(`${path}.primary_cat`, p.primary_cat, m.primary_cat), eq(`${path}.license`, p.license, m.license), eq(`${path}.submitted_at`, p.submitted_at, m.submitted_at)];
    if (p.cross_cats !== undefined) {
      const derived = [...new Set(p.cross_cats)].filter((c) => c !== m.primary_cat).sort(compareCodePoints);
      parts.push({ label: `${path}.cross_cats`, status: JSON.stringify(derived) === JSON.stringify(m.cross_cats_sorted) ? 'pass' : 'fail', expected: JSON.stringify(m.cross_cats_sorted), computed: JSON.stringify(p.cross_cats) });
    }
    items.push(...parts.filter((x): x is CheckItem => x !== null));
  }
  for (const { value: s, path } of subject.sources) {
    items.push(...[eq(`${path}.kind`, s.kind, source.kind), eq(`${path}.id`, s.id, source.id), eq(`${path}.version`, s.version, source.version)].filter((x): x is CheckItem => x !== null));
  }
  if (items.length === 0) return { id: 'metadata', status: 'skip', reason: 'No paper fields or source copies outside the canonical record to compare.' };
  const status = rollUp(items);
  const failed = items.filter((i) => i.status === 'fail');
  const reason =
    status === 'pass'
      ? `All ${items.length} paper and source fields agree with the canonical record.`
      : status === 'fail'
        ? `${failed.map((f) => `${f.label} says ${f.computed} but the canonical record says ${f.expected}`).join('; ')}.`
        : 'The paper fields agree, but the canonical record is not in its documented form.';
  return { id: 'metadata', status, reason, items };
}
