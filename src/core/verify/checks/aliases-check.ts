/** `aliases`: each served alias equals the one derived from the hash-bound source and suffix (FORMAT.md §5). */
import { deriveAliases, isAliasKind } from '../../pith/aliases';
import { parsePithNumber, SUFFIX_LENGTH } from '../../pith/pith-number';
import type { CheckItem, CheckResult } from '../check-types';
import { rollUp } from '../check-types';
import { base32OfDigestHex, skipReasonFor, statedDigestHex, type CheckContext } from '../context';

export function aliasesCheck(ctx: CheckContext): CheckResult {
  const { subject } = ctx;
  if (subject.aliases.state !== 'present') return { id: 'aliases', status: 'skip', reason: skipReasonFor(subject.aliases.state, 'alias list', subject.aliases.path) };
  if (subject.canonical.state !== 'present') {
    return { id: 'aliases', status: 'skip', reason: 'No well-formed canonical record to derive the aliases from.' };
  }
  // pith_short_* are prefixes of the number the document states; its link to the digest is the
  // pith-number check's job and the record ↔ digest link canonical-hash's, so each break is reported once.
  const stated = subject.claimedNumber.state === 'present' ? parsePithNumber(subject.claimedNumber.value) : null;
  const digestHex = statedDigestHex(ctx);
  const suffix = stated?.ok && stated.value.suffix.length === 26 ? stated.value.suffix : digestHex ? base32OfDigestHex(digestHex).slice(0, SUFFIX_LENGTH) : null;
  if (!suffix) return { id: 'aliases', status: 'skip', reason: 'No pith number or digest to derive the pith_short_* aliases from.' };
  const derived = deriveAliases(subject.canonical.value.source, suffix);
  const items: CheckItem[] = subject.aliases.value.map((a) => {
    if (!isAliasKind(a.alias_kind)) {
      return { label: a.alias_kind, status: 'warn', expected: a.alias_value, note: 'alias kind unknown to FORMAT.md §5; not checkable' };
    }
    const want = derived[a.alias_kind];
    // DOIs are case-insensitive (DOI Handbook §2.4); pith writes `arxiv` lower-case.
    const same = a.alias_kind === 'doi' ? a.alias_value.toLowerCase() === want.toLowerCase() : a.alias_value === want;
    return { label: a.alias_kind, status: same ? 'pass' : 'fail', expected: a.alias_value, computed: want };
  });
  const status = rollUp(items);
  const failed = items.filter((i) => i.status === 'fail');
  const reason =
    status === 'fail'
      ? `${failed.map((f) => `${f.label} is ${JSON.stringify(f.expected)} but should be ${JSON.stringify(f.computed)}`).join('; ')}.`
      : status === 'warn'
        ? 'Every known alias matches; some alias kinds are unknown and were not checked.'
        : status === 'skip'
          ? 'The alias list is empty.'
          : `All ${items.length} aliases match the canonical source and the suffix.`;
  return { id: 'aliases', status, reason, items };
}
