/**
 * Agreement across mirrors (issue 11): every enabled mirror is asked for the same record at once,
 * each copy is verified here, and each is compared field by field with one reference copy (a file
 * the user holds, else the first verified copy in mirror order). A mirror conflicts when its copy
 * differs in signed or hash-bound data, names a known key_id with another key's fingerprint, or
 * serves another record for the query; a copy that differs only in unsigned live data agrees on
 * everything the number stands for, and is said so. Nothing here trusts a mirror: each copy's
 * verdict comes from the checks, and "agrees" means "the same signed bytes", not "valid".
 *
 * @module audit-mirrors
 */
import { diffDocuments, type DiffEntry } from '../diff/diff-documents';
import { parseJson } from '../json/parse-json';
import type { Query } from '../query/parse-query';
import type { CheckStatus, Verdict } from '../verify/check-types';
import type { VerifyReport } from '../verify/report-types';
import type { MirrorConfig } from './mirror-config';
import { resolveRecord, ResolveError, type AttemptOutcome, type ResolveDeps, type ResolvedRecord } from './resolve-record';

/** Where a mirror stands against the reference copy. */
export type AuditStanding =
  /** Its copy is the reference (no file was given). */
  | 'reference'
  /** The same document, field for field. */
  | 'identical'
  /** Differs only in unsigned live data or beside the signature (citations, times, status flags). */
  | 'unsigned-differs'
  /** A different signed or hash-bound copy, another key for a known key_id, or another record. */
  | 'conflict'
  /** Answered, with no copy of this record. */
  | 'absent'
  /** Could not be asked (down, timed out, offline, refused). */
  | 'unreachable';

export interface AuditRow {
  readonly mirror: MirrorConfig;
  readonly standing: AuditStanding;
  /** The last answer this mirror gave, as the resolver names it. */
  readonly outcome: AttemptOutcome | null;
  readonly message: string;
  readonly url: string | null;
  readonly ms: number | null;
  /** The copy it served, and what the checks found in it; null when it served none. */
  readonly copy: { readonly text: string; readonly report: VerifyReport; readonly suffix: string } | null;
  /** SHA-256 of the canonical record, computed here. */
  readonly canonicalSha256: string | null;
  /** The number computed here, else the one the copy claims. */
  readonly number: string | null;
  readonly signature: { readonly status: CheckStatus; readonly code: string } | null;
  readonly verdict: Verdict | null;
  /** Every field that differs from the reference copy, most serious first. */
  readonly differences: readonly DiffEntry[];
  /** Why this row conflicts, one sentence each; empty unless standing is 'conflict'. */
  readonly conflicts: readonly string[];
}

export interface MirrorAudit {
  /** The reference copy every row is compared with: a file, a mirror's copy, or none. */
  readonly reference: { readonly from: 'file'; readonly label: string } | { readonly from: 'mirror'; readonly mirrorId: string } | null;
  readonly rows: readonly AuditRow[];
  readonly conflict: boolean;
  /** One sentence: how many mirrors agree, differ, conflict, lack it, or could not be asked. */
  readonly summary: string;
}

/** A copy the user holds, compared with every mirror's (`pith-verify audit FILE`, a dropped file). */
export interface AuditReference {
  readonly label: string;
  readonly text: string;
  readonly report: VerifyReport;
}

/** Coverage that touches what the number stands for or the receipt's signed bytes (diff-documents.ts). */
const SERIOUS = new Set<DiffEntry['coverage']>(['hash-bound', 'signed', 'rehash-bound']);

const STANDING_OF_ERROR: Record<ResolveError['kind'], AuditStanding> = { 'not-found': 'absent', network: 'unreachable', offline: 'unreachable', 'wrong-record': 'conflict' };

function parsed(text: string) {
  const p = parseJson(text);
  return p.ok ? p.value : null;
}

/** Conflicts a copy shows on its own: a known key_id with another key's fingerprint (FORMAT.md §4). */
function keyConflicts(report: VerifyReport): string[] {
  const sig = report.checks.find((c) => c.id === 'signature');
  const item = sig?.items?.find((i) => i.code === 'fingerprint-mismatch');
  return item ? [`its receipt names key ${report.evidence.key?.keyId ?? '?'} with fingerprint ${item.claimed ?? '?'}, but that key's fingerprint is ${item.computed ?? '?'}: another key under a known key_id`] : [];
}

function foundRow(mirror: MirrorConfig, r: ResolvedRecord): AuditRow {
  const last = r.attempts.at(-1);
  const sig = r.report.checks.find((c) => c.id === 'signature');
  return {
    mirror,
    standing: 'identical',
    outcome: last?.outcome ?? null,
    message: last?.message ?? '',
    url: r.url,
    ms: last?.ms ?? null,
    copy: { text: r.text, report: r.report, suffix: r.suffix },
    canonicalSha256: r.report.derivation?.sha256Hex ?? null,
    number: r.report.computedPithNumber ?? r.report.claimedPithNumber,
    signature: sig ? { status: sig.status, code: sig.code } : null,
    verdict: r.report.verdict,
    differences: [],
    conflicts: r.mismatches.length > 0 ? [`serves a record that is not the one asked for: ${r.mismatches.map((m) => m.message).join(' ')}`] : [],
  };
}

function missingRow(mirror: MirrorConfig, e: ResolveError): AuditRow {
  const last = e.attempts.at(-1);
  return {
    mirror,
    standing: STANDING_OF_ERROR[e.kind],
    outcome: last?.outcome ?? null,
    message: last?.message ?? e.message,
    url: last?.url ?? null,
    ms: last?.ms ?? null,
    copy: null,
    canonicalSha256: null,
    number: null,
    signature: null,
    verdict: null,
    differences: [],
    conflicts: e.kind === 'wrong-record' ? [`serves another record at this record's URL: ${last?.message ?? e.message}`] : [],
  };
}

/** Compares a found row with the reference copy, and decides its standing. */
function compared(row: AuditRow, reference: { text: string; suffix: string | null } | null, isReference: boolean): AuditRow {
  if (row.copy === null) return row;
  const conflicts = [...row.conflicts, ...keyConflicts(row.copy.report)];
  if (isReference || reference === null) return { ...row, standing: conflicts.length > 0 ? 'conflict' : 'reference', conflicts };
  if (reference.suffix !== null && row.copy.suffix !== reference.suffix) conflicts.push(`serves ${row.copy.suffix} for this query, where the reference copy is ${reference.suffix}`);
  const left = parsed(reference.text);
  const right = parsed(row.copy.text);
  const differences = left !== null && right !== null ? diffDocuments(left, right) : [];
  const serious = differences.filter((d) => SERIOUS.has(d.coverage));
  if (serious.length > 0) {
    const paths = serious.slice(0, 3).map((d) => d.path).join(', ');
    conflicts.push(`serves a different signed copy: ${serious.length} signed or hash-bound field${serious.length === 1 ? '' : 's'} differ${serious.length === 1 ? 's' : ''} from the reference (${paths}${serious.length > 3 ? ', …' : ''})`);
  }
  const standing: AuditStanding = conflicts.length > 0 ? 'conflict' : differences.length > 0 ? 'unsigned-differs' : 'identical';
  return { ...row, standing, differences, conflicts };
}

const COUNT_WORDS: readonly [AuditStanding, string][] = [
  ['reference', 'gave the reference copy'],
  ['identical', 'identical'],
  ['unsigned-differs', 'differ only in unsigned data'],
  ['conflict', 'conflict'],
  ['absent', 'do not have it'],
  ['unreachable', 'could not be asked'],
];

/**
 * Asks every enabled mirror for the record the query names, in parallel (each with the resolver's
 * deadline), and compares every copy with the reference: `reference` when given, else the first
 * verified copy of the record asked for in mirror order, else the first copy found.
 */
export async function auditMirrors(query: Query, deps: ResolveDeps, reference?: AuditReference): Promise<MirrorAudit> {
  const enabled = deps.mirrors.filter((m) => m.enabled);
  const rows = await Promise.all(
    enabled.map(async (mirror): Promise<AuditRow> => {
      try {
        return foundRow(mirror, await resolveRecord(query, { ...deps, mirrors: [mirror] }));
      } catch (e) {
        if (e instanceof ResolveError) return missingRow(mirror, e);
        throw e;
      }
    }),
  );
  const found = rows.filter((r) => r.copy !== null);
  const pick = reference ? null : (found.find((r) => r.verdict === 'verified' && r.conflicts.length === 0) ?? found[0] ?? null);
  const ref = reference
    ? { text: reference.text, suffix: reference.report.computedPithNumber?.split(':').pop() ?? reference.report.claimedPithNumber?.split(':').pop() ?? null }
    : pick?.copy
      ? { text: pick.copy.text, suffix: pick.copy.suffix }
      : null;
  const out = rows.map((r) => compared(r, ref, r === pick));
  const counts = COUNT_WORDS.map(([s, words]) => [out.filter((r) => r.standing === s).length, words] as const).filter(([n]) => n > 0);
  const conflict = out.some((r) => r.standing === 'conflict');
  const asked = `${out.length} mirror${out.length === 1 ? '' : 's'} asked`;
  return {
    reference: reference ? { from: 'file', label: reference.label } : pick ? { from: 'mirror', mirrorId: pick.mirror.id } : null,
    rows: out,
    conflict,
    summary: `${conflict ? 'Conflict' : found.length === 0 ? 'No copy' : 'No conflict'}: ${asked}; ${counts.map(([n, w]) => `${n} ${w}`).join(', ')}.`,
  };
}
