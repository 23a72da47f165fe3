/**
 * The one list of checks (sigstore-style: small named checks, results plain data). Ids, titles,
 * pipeline order, roles in the verdict and replay commands all come from here; adding a check is
 * one file exporting a CheckDefinition, one line below, and fixtures. Ids are stable: never rename
 * one, only add. Order matters: a check may read the results of those before it (ctx.prior).
 */
import { CHECK_CATALOG } from './check-catalog';
import type { CheckDefinition, CheckRole } from './check-definition';
import type { CheckResult, CheckStatus, Verdict } from './check-types';
import { aliasesCheck } from './checks/aliases-check';
import { canonicalHashCheck } from './checks/canonical-hash-check';
import { metadataCheck } from './checks/metadata-check';
import { pithNumberCheck } from './checks/pith-number-check';
import { schemaCheck } from './checks/schema-check';
import { signatureCheck } from './checks/signature-check';
import { snapshotsCheck } from './checks/snapshots-check';
import { abstractHashCheck, titleHashCheck } from './checks/text-hash-checks';

export const CHECKS = [schemaCheck, canonicalHashCheck, pithNumberCheck, aliasesCheck, titleHashCheck, abstractHashCheck, signatureCheck, metadataCheck, snapshotsCheck] as const satisfies readonly CheckDefinition[];

export type CheckId = (typeof CHECKS)[number]['id'];

export const CHECK_IDS: readonly CheckId[] = CHECKS.map((c) => c.id);


export const CHECK_ROLES = Object.fromEntries(CHECKS.map((c) => [c.id, c.role])) as Record<CheckId, CheckRole>;

const BY_ID = new Map<string, CheckDefinition>(CHECKS.map((c) => [c.id, c]));

/** The registry entry of a check id. */
export function checkDefinition(id: CheckId): CheckDefinition {
  return BY_ID.get(id)!;
}

/**
 * The verdict, from the roles (FORMAT.md: verified only when the whole chain record → hash →
 * number → signature holds): invalid when any check fails; verified when every chain check passes
 * and no gate check warns (an unknown version fails closed); incomplete otherwise.
 */
export function verdictOf(checks: readonly CheckResult[]): Verdict {
  if (checks.some((c) => c.status === 'fail')) return 'invalid';
  const status = new Map<CheckId, CheckStatus>(checks.map((c) => [c.id, c.status]));
  for (const c of CHECKS) {
    const s = status.get(c.id);
    if (c.role === 'chain' && s !== 'pass') return 'incomplete';
    if (c.role === 'gate' && s === 'warn') return 'incomplete';
  }
  return 'verified';
}

/** The catalog and the registry list the same checks in the same order (checked once, at load). */
if (CHECK_IDS.join() !== Object.keys(CHECK_CATALOG).join()) throw new Error(`registry.ts: the checks ${CHECK_IDS.join()} are not the catalog's ${Object.keys(CHECK_CATALOG).join()}`);
