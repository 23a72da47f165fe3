/**
 * `pith-number`: the number is the claimed digest's base32 suffix and the
 * canonical record's submission year (FORMAT.md §1). The record ↔ digest link is
 * the canonical-hash check's job, so a tampered number and a tampered record
 * each fail exactly one check.
 */
import { parsePithNumber, formatFull, formatShort, SUFFIX_LENGTH, yearFromSubmittedAt } from '../../pith/pith-number';
import type { CheckItem, CheckResult } from '../check-types';
import { rollUp } from '../check-types';
import { base32OfDigestHex, skipReasonFor, statedDigestHex, wellFormedClaims, type CheckContext } from '../context';

export function pithNumberCheck(ctx: CheckContext): CheckResult {
  const { subject } = ctx;
  const claim = wellFormedClaims(subject)[0];
  const digestHex = statedDigestHex(ctx);
  const year = subject.canonical.state === 'present' ? yearFromSubmittedAt(subject.canonical.value.metadata.submitted_at) : null;
  const suffix = digestHex ? base32OfDigestHex(digestHex).slice(0, SUFFIX_LENGTH) : null;
  const derived = suffix && year ? formatFull(year, suffix) : null;

  const num = subject.claimedNumber;
  if (num.state !== 'present') {
    const reason = skipReasonFor(num.state, 'pith number', num.path);
    return derived ? { id: 'pith-number', status: 'skip', reason: `${reason} This record's number would be ${derived}.`, computed: derived } : { id: 'pith-number', status: 'skip', reason };
  }
  const parsed = parsePithNumber(num.value);
  if (!parsed.ok || parsed.value.year === null || parsed.value.suffix.length !== 26 || !suffix) {
    return { id: 'pith-number', status: 'skip', reason: suffix ? skipReasonFor('malformed', 'pith number', num.path) : 'No digest (claimed or computed) to derive the number from.', expected: num.value };
  }
  const claimed = parsed.value;
  const items: CheckItem[] = [
    { label: 'suffix = base32(SHA-256)[0:26]', status: claimed.suffix === suffix ? 'pass' : 'fail', expected: claimed.suffix, computed: suffix },
    year
      ? { label: 'year = metadata.submitted_at[0:4]', status: claimed.year === year ? 'pass' : 'fail', expected: claimed.year!, computed: year }
      : { label: 'year = metadata.submitted_at[0:4]', status: 'skip', expected: claimed.year!, note: 'no canonical record to read submitted_at from' },
  ];
  if (subject.claimedShort.state === 'present') {
    const short = formatShort(suffix);
    items.push({ label: 'short_pith_number', status: subject.claimedShort.value === short ? 'pass' : 'fail', expected: subject.claimedShort.value, computed: short });
  }
  let status = rollUp(items);
  // A year we could not read is a hole in the check, not a pass.
  if (status === 'pass' && items.some((i) => i.status === 'skip')) status = 'warn';
  const computedNumber = year ? formatFull(year, suffix) : `pith:????:${suffix}`;
  const bad = items.filter((i) => i.status === 'fail').map((i) => i.label.split(' ')[0]);
  const reason =
    status === 'pass'
      ? `${num.value} is exactly what the ${claim ? 'claimed' : 'computed'} digest and submission year give.`
      : status === 'warn'
        ? `The suffix matches the ${claim ? 'claimed' : 'computed'} digest, but the year is not checkable without a canonical record.`
        : `The document says ${num.value}, but the digest and submission year give ${computedNumber} (${bad.join(', ')} differ${bad.length === 1 ? 's' : ''}).`;
  return { id: 'pith-number', status, reason, expected: num.value, computed: computedNumber, items };
}
