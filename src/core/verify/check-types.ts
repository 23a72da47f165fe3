/**
 * The verification vocabulary shared by the core, the UI, reports, the CLI and tests. Check ids,
 * titles, pipeline order and roles live in the registry (registry.ts); this file holds the shapes
 * and the closed set of codes, so nothing downstream ever matches prose.
 */
import type { CheckId } from './registry';

export type { CheckId };

/**
 * pass: computed here and it matches. fail: computed here and it does not.
 * skip: the input it needs is missing, cut, malformed or not bound, so nothing could be concluded.
 * warn: computed or read, but the result cannot be trusted (signer not in the keyring, unknown version).
 */
export type CheckStatus = 'pass' | 'fail' | 'skip' | 'warn';

export type Verdict = 'verified' | 'incomplete' | 'invalid';

/**
 * Why a check or an item came out as it did: a closed union (sigstore-style), so the UI, reports,
 * the CLI and tests switch on codes. Never rename one; only add.
 */
export type CheckCode =
  // agreement
  | 'match'
  // a part is missing or unusable (FORMAT.md: records in the wild are partial)
  | 'absent'
  | 'malformed'
  | 'empty'
  | 'unknown-version'
  // canonical record → digest (FORMAT.md §2)
  | 'digest-mismatch'
  | 'no-claim'
  | 'float-present'
  | 'integer-too-large'
  | 'lone-surrogate'
  | 'too-deep'
  | 'not-canonicalizable'
  // digest → number (FORMAT.md §1)
  | 'number-mismatch'
  | 'year-mismatch'
  | 'year-unknown'
  | 'short-mismatch'
  | 'no-digest'
  // aliases, text hashes, paper fields (FORMAT.md §3, §5)
  | 'alias-mismatch'
  | 'unknown-alias-kind'
  | 'text-mismatch'
  | 'excerpt-cut'
  | 'field-mismatch'
  | 'not-documented-form'
  /** The value matches a canonical record that did not pass canonical-hash, so it is tied to nothing. */
  | 'not-bound'
  // receipt (FORMAT.md §4)
  | 'signature-invalid'
  | 'fingerprint-mismatch'
  | 'signer-unknown'
  | 'unknown-algorithm'
  | 'unknown-signed-message'
  // graph snapshots (FORMAT.md §6)
  | 'snapshot-mismatch'
  | 'preimage-unknown';

/** One compared value inside a check (a field, an alias, one claim of the digest). */
export interface CheckItem {
  /** What was compared, for people (often the JSON path). */
  readonly label: string;
  /** JSON path of the value under test, when it is one value of the document. */
  readonly path?: string;
  readonly status: CheckStatus;
  readonly code: CheckCode;
  /** What the document states (the value under test). */
  readonly claimed?: string;
  /** What this program computed, or read from the hash-bound canonical record, to compare with. */
  readonly computed?: string;
  readonly note?: string;
}

/** What a check's run function returns; the pipeline adds the id. */
export interface CheckOutcome {
  readonly status: CheckStatus;
  readonly code: CheckCode;
  /** One sentence: what was compared and what came out. */
  readonly reason: string;
  /** What the document claims. */
  readonly claimed?: string;
  /** What this program computed. */
  readonly computed?: string;
  readonly items?: readonly CheckItem[];
}

export interface CheckResult extends CheckOutcome {
  readonly id: CheckId;
}

/** Rolls items up: any fail → fail; else any warn → warn; else all skip → skip; else pass. */
export function rollUp(items: readonly CheckItem[]): CheckStatus {
  if (items.some((i) => i.status === 'fail')) return 'fail';
  if (items.some((i) => i.status === 'warn')) return 'warn';
  if (items.length === 0 || items.every((i) => i.status === 'skip')) return 'skip';
  return 'pass';
}

/** The code of a rolled-up status: the first item with that status speaks for the check. */
export function rolledCode(items: readonly CheckItem[], status: CheckStatus, fallback: CheckCode): CheckCode {
  return items.find((i) => i.status === status)?.code ?? fallback;
}
