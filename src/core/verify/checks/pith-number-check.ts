/**
 * `pith-number`: the number is the claimed digest's base32 suffix and the canonical record's
 * submission year (FORMAT.md §1). The record ↔ digest link is the canonical-hash check's job, so a
 * tampered number and a tampered record each fail exactly one check.
 */
import { fromHex } from '../../bytes';
import { formatFull, formatShort, parsePithNumber, SUFFIX_LENGTH, suffixFromDigest, yearFromSubmittedAt } from '../../pith/pith-number';
import type { CheckItem, CheckOutcome, CheckResult } from '../check-types';
import { rollUp, rolledCode } from '../check-types';
import type { CheckDefinition } from '../check-definition';
import { base32OfDigestHex, notUsable, statedDigestHex, wellFormedClaims, type CheckContext } from '../context';
import { HEX64, YEAR } from '../replay/shell';
import type { ReplayCommand, ReplayInputs } from '../replay/replay-types';
import { CHECK_CATALOG } from '../check-catalog';

function run(ctx: CheckContext): CheckOutcome {
  const { subject } = ctx;
  const claim = wellFormedClaims(subject)[0];
  const digestHex = statedDigestHex(ctx);
  const year = subject.canonical.state === 'present' ? yearFromSubmittedAt(subject.canonical.value.metadata.submitted_at) : null;
  const suffix = digestHex ? base32OfDigestHex(digestHex).slice(0, SUFFIX_LENGTH) : null;
  const derived = suffix && year ? formatFull(year, suffix) : null;

  const num = subject.claimedNumber;
  if (num.state !== 'present') {
    const { code, reason } = notUsable(num.state, 'pith number', num.path);
    return derived ? { status: 'skip', code, reason: `${reason} This record's number would be ${derived}.`, computed: derived } : { status: 'skip', code, reason };
  }
  const parsed = parsePithNumber(num.value);
  if (!parsed.ok || parsed.value.year === null || parsed.value.suffix.length !== 26) {
    return { status: 'skip', ...notUsable('malformed', 'pith number', num.path), claimed: num.value };
  }
  if (!suffix) return { status: 'skip', code: 'no-digest', reason: 'No digest (claimed or computed) to derive the number from.', claimed: num.value };
  const claimed = parsed.value;
  const items: CheckItem[] = [
    { label: 'suffix = base32(SHA-256)[0:26]', path: num.path, status: claimed.suffix === suffix ? 'pass' : 'fail', code: claimed.suffix === suffix ? 'match' : 'number-mismatch', claimed: claimed.suffix, computed: suffix },
    year
      ? { label: 'year = metadata.submitted_at[0:4]', path: num.path, status: claimed.year === year ? 'pass' : 'fail', code: claimed.year === year ? 'match' : 'year-mismatch', claimed: claimed.year!, computed: year }
      : { label: 'year = metadata.submitted_at[0:4]', path: num.path, status: 'skip', code: 'year-unknown', claimed: claimed.year!, note: 'no canonical record to read submitted_at from' },
  ];
  if (subject.claimedShort.state === 'present') {
    const short = formatShort(suffix);
    const same = subject.claimedShort.value === short;
    items.push({ label: 'short_pith_number', path: subject.claimedShort.path, status: same ? 'pass' : 'fail', code: same ? 'match' : 'short-mismatch', claimed: subject.claimedShort.value, computed: short });
  }
  let status = rollUp(items);
  // A year we could not read is a hole in the check, not a pass.
  if (status === 'pass' && items.some((i) => i.status === 'skip')) status = 'warn';
  const computedNumber = year ? formatFull(year, suffix) : `pith:????:${suffix}`;
  const bad = items.filter((i) => i.status === 'fail').map((i) => i.label.split(' ')[0]);
  const from = claim ? 'claimed' : 'computed';
  if (status === 'pass') return { status, code: 'match', reason: `${num.value} is exactly what the ${from} digest and submission year give.`, claimed: num.value, computed: computedNumber, items };
  if (status === 'warn') {
    return { status, code: 'year-unknown', reason: `The suffix matches the ${from} digest, but the year is not checkable without a canonical record.`, claimed: num.value, computed: computedNumber, items };
  }
  return {
    status,
    code: rolledCode(items, 'fail', 'number-mismatch'),
    reason: mismatchReason(num.value, computedNumber, items, bad),
    claimed: num.value,
    computed: computedNumber,
    items,
  };
}

function replay(_check: CheckResult, x: ReplayInputs): ReplayCommand[] {
  // The same digest the check used: the claimed one first, else the recomputed one.
  const hex = [x.claimedSha256, x.computedSha256].find((h): h is string => !!h && HEX64.test(h));
  if (!hex) return [];
  const suffix = suffixFromDigest(fromHex(hex)!);
  const year = x.year && YEAR.test(x.year) ? x.year : null;
  const b32 = 'base64.b32encode(bytes.fromhex(sys.argv[1])).decode()[:26]';
  return [
    year
      ? {
          what: 'The number: first 26 base32 characters of the whole 32-byte digest, with the submission year (FORMAT.md §1).',
          command: `python3 -c 'import base64,sys; print("pith:"+sys.argv[2]+":"+${b32})' ${hex} ${year}`,
          expectOutput: `pith:${year}:${suffix}`,
        }
      : { what: 'The suffix: first 26 base32 characters of the whole 32-byte digest (FORMAT.md §1); the year is not known here.', command: `python3 -c 'import base64,sys; print(${b32})' ${hex}`, expectOutput: suffix },
  ];
}

export const pithNumberCheck = {
  ...CHECK_CATALOG['pith-number'],
  run,
  replay,
} as const satisfies CheckDefinition;

/**
 * The failure in words, naming the values that differ: a wrong short number beside a right full one
 * once read "says pith:2017:X, but … give pith:2017:X (short_pith_number differs)" (a walk-through,
 * 2026-12-03).
 */
function mismatchReason(claimed: string, computedNumber: string, items: readonly CheckItem[], bad: readonly (string | undefined)[]): string {
  const short = items.find((i) => i.label === 'short_pith_number' && i.status === 'fail');
  const shortPart = short ? `short_pith_number says ${short.claimed}, where the digest gives ${short.computed}` : '';
  if (bad.length === 1 && short) return `The full number is right, but ${shortPart}.`;
  return `The document says ${claimed}, but the digest and submission year give ${computedNumber} (${bad.join(', ')} differ${bad.length === 1 ? 's' : ''})${short ? `; ${shortPart}` : ''}.`;
}
