/**
 * The verification vocabulary shared by the core, the UI, reports, the CLI and
 * tests. Check ids are stable: never rename one, only add.
 */
export const CHECK_IDS = ['schema', 'canonical-hash', 'pith-number', 'aliases', 'title-hash', 'abstract-hash', 'signature', 'metadata'] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/**
 * pass: computed here and it matches. fail: computed here and it does not.
 * skip: the input it needs is missing, cut or malformed, so nothing was computed.
 * warn: computed, but the result cannot be trusted (e.g. signer not in the keyring).
 */
export type CheckStatus = 'pass' | 'fail' | 'skip' | 'warn';

export type Verdict = 'verified' | 'incomplete' | 'invalid';

/** One compared value inside a check (a field, an alias, one claim of the digest). */
export interface CheckItem {
  readonly label: string;
  readonly status: CheckStatus;
  readonly expected?: string;
  readonly computed?: string;
  readonly note?: string;
}

export interface CheckResult {
  readonly id: CheckId;
  readonly status: CheckStatus;
  /** One sentence: what was compared and what came out. */
  readonly reason: string;
  /** What the document claims (or the spec requires). */
  readonly expected?: string;
  /** What this program computed. */
  readonly computed?: string;
  readonly items?: readonly CheckItem[];
}

export const CHECK_TITLES: Record<CheckId, string> = {
  schema: 'Document shape',
  'canonical-hash': 'Canonical record → SHA-256',
  'pith-number': 'SHA-256 → pith number',
  aliases: 'Aliases',
  'title-hash': 'Title ↔ title hash',
  'abstract-hash': 'Abstract ↔ abstract hash',
  signature: 'Ed25519 receipt signature',
  metadata: 'Paper fields ↔ canonical record',
};

/** FORMAT.md: verified only when the whole chain record → hash → number → signature holds. */
export function verdictOf(checks: readonly CheckResult[]): Verdict {
  if (checks.some((c) => c.status === 'fail')) return 'invalid';
  const passed = (id: CheckId) => checks.find((c) => c.id === id)?.status === 'pass';
  return passed('canonical-hash') && passed('pith-number') && passed('signature') ? 'verified' : 'incomplete';
}

/** Rolls items up: any fail → fail; else any warn → warn; else all skip → skip; else pass. */
export function rollUp(items: readonly CheckItem[]): CheckStatus {
  if (items.some((i) => i.status === 'fail')) return 'fail';
  if (items.some((i) => i.status === 'warn')) return 'warn';
  if (items.length === 0 || items.every((i) => i.status === 'skip')) return 'skip';
  return 'pass';
}
