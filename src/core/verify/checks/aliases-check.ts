/**
 * `aliases`: each served alias equals the one derived from the hash-bound source and suffix
 * (FORMAT.md §5). arxiv, arxiv_version and doi come from the canonical record's source: when that
 * record did not pass canonical-hash, a matching alias is tied to nothing (`not-bound`).
 */
import { listSome } from '../../text/list-some';
import { deriveAliases, isAliasKind } from '../../pith/aliases';
import { parsePithNumber, SUFFIX_LENGTH } from '../../pith/pith-number';
import type { CheckItem, CheckOutcome } from '../check-types';
import { rollUp, rolledCode } from '../check-types';
import type { CheckDefinition } from '../check-definition';
import { base32OfDigestHex, canonicalPassed, notUsable, statedDigestHex, type CheckContext } from '../context';
import { CHECK_CATALOG } from '../check-catalog';

function run(ctx: CheckContext): CheckOutcome {
  const { subject } = ctx;
  if (subject.aliases.state !== 'present') return { status: 'skip', ...notUsable(subject.aliases.state, 'alias list', subject.aliases.path) };
  if (subject.canonical.state !== 'present') {
    return { status: 'skip', code: 'absent', reason: 'No well-formed canonical record to derive the aliases from.' };
  }
  // pith_short_* are prefixes of the number the document states; its link to the digest is the
  // pith-number check's job and the record ↔ digest link canonical-hash's, so each break is reported once.
  const stated = subject.claimedNumber.state === 'present' ? parsePithNumber(subject.claimedNumber.value) : null;
  const digestHex = statedDigestHex(ctx);
  const suffix = stated?.ok && stated.value.suffix.length === 26 ? stated.value.suffix : digestHex ? base32OfDigestHex(digestHex).slice(0, SUFFIX_LENGTH) : null;
  if (!suffix) return { status: 'skip', code: 'no-digest', reason: 'No pith number or digest to derive the pith_short_* aliases from.' };
  const derived = deriveAliases(subject.canonical.value.source, suffix);
  const bound = canonicalPassed(ctx);
  const items: CheckItem[] = subject.aliases.value.map((a, i) => {
    const path = `${subject.aliases.path}[${i}].alias_value`;
    if (!isAliasKind(a.alias_kind)) {
      return { label: a.alias_kind, path, status: 'warn', code: 'unknown-alias-kind', claimed: a.alias_value, note: 'alias kind unknown to FORMAT.md §5; not checkable' };
    }
    const want = derived[a.alias_kind];
    // DOIs are case-insensitive (DOI Handbook §2.4); pith writes `arxiv` lower-case.
    const same = a.alias_kind === 'doi' ? a.alias_value.toLowerCase() === want.toLowerCase() : a.alias_value === want;
    if (!same) return { label: a.alias_kind, path, status: 'fail', code: 'alias-mismatch', claimed: a.alias_value, computed: want };
    if (!bound && !a.alias_kind.startsWith('pith_short_')) {
      return { label: a.alias_kind, path, status: 'skip', code: 'not-bound', claimed: a.alias_value, computed: want, note: 'derived from a canonical record that did not pass canonical-hash' };
    }
    return { label: a.alias_kind, path, status: 'pass', code: 'match', claimed: a.alias_value, computed: want };
  });
  const status = rollUp(items);
  const failed = items.filter((i) => i.status === 'fail');
  switch (status) {
    case 'fail':
      return { status, code: 'alias-mismatch', reason: `${listSome(failed.map((f) => `${f.label} is ${JSON.stringify(f.claimed)} but should be ${JSON.stringify(f.computed)}`))}.`, items };
    case 'warn':
      return { status, code: 'unknown-alias-kind', reason: 'Every known alias matches; some alias kinds are unknown and were not checked.', items };
    case 'skip':
      return items.length === 0
        ? { status, code: 'empty', reason: 'The alias list is empty.', items }
        : { status, code: rolledCode(items, 'skip', 'not-bound'), reason: 'The aliases match a canonical record that did not pass canonical-hash, so they are tied to nothing.', items };
    default: {
      const unbound = items.some((i) => i.code === 'not-bound');
      return unbound
        ? { status: 'skip', code: 'not-bound', reason: 'The pith_short_* aliases match the number; the others match a canonical record that did not pass canonical-hash, so they are tied to nothing.', items }
        : { status, code: 'match', reason: items.length === 1 ? 'The one alias matches the canonical source and the suffix.' : `All ${items.length} aliases match the canonical source and the suffix.`, items };
    }
  }
}

export const aliasesCheck = {
  ...CHECK_CATALOG['aliases'],
  run,
  replay: () => [],
} as const satisfies CheckDefinition;
