/**
 * Agreement across mirrors (issue 11): every enabled mirror is asked for the same record at once,
 * each copy is verified here and compared with one reference copy: a file the user holds, else the
 * best copy by the resolver's rule (verified over incomplete over invalid, mirror order breaking
 * ties). What is compared is what the checks establish, so a re-serialised copy, a bundle of the
 * same record or a copy with less data is not "a different signed copy":
 *  - the facts: canonical SHA-256, claimed digest and number, the receipt's signature and key id;
 *  - for two copies of one kind, every field (diff-documents.ts), where a signed or hash-bound field
 *    present in both with different values conflicts, and one missing from a copy is "less data".
 * A mirror conflicts when its copy fails verification here while the reference does not, when a
 * fact or a signed field differs, when its receipt names a known key_id with another key's
 * fingerprint, or when it serves another record. "Agrees" means "the same signed facts", not "valid".
 *
 * @module audit-mirrors
 */
import { diffDocuments, type DiffEntry } from '../diff/diff-documents';
import { isJsonObject, type JsonValue } from '../json/json-value';
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
  /** The same signed facts; other fields differ (live data, layout, a section it lacks). */
  | 'unsigned-differs'
  /** Fails here, a different signed copy, another key for a known key_id, or another record. */
  | 'conflict'
  /** Answered, with no copy of this record. */
  | 'absent'
  /** Answered with something that is not a readable record (not JSON, too large, a list). */
  | 'unusable'
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
  /** Every field that differs from the reference copy, most serious first (copies of one kind only). */
  readonly differences: readonly DiffEntry[];
  /** Why this row conflicts, one sentence each; empty unless standing is 'conflict'. */
  readonly conflicts: readonly string[];
  /** What is worth knowing short of a conflict: less data, a weaker verdict, another kind of document. */
  readonly notes: readonly string[];
}

/** How the audit came out: a conflict, agreement between two or more copies, one copy, or none. */
export type AuditOutcome = 'conflict' | 'agree' | 'single' | 'none';

export interface MirrorAudit {
  /** The copy every row is compared with: a file, a mirror's copy, or none. */
  readonly reference: { readonly from: 'file'; readonly label: string; readonly verdict: Verdict } | { readonly from: 'mirror'; readonly mirrorId: string; readonly verdict: Verdict } | null;
  readonly rows: readonly AuditRow[];
  readonly outcome: AuditOutcome;
  readonly conflict: boolean;
  /** One sentence: the outcome, then how many mirrors agree, differ, conflict, lack it, or could not be asked. */
  readonly summary: string;
}

/** A copy the user holds, compared with every mirror's (`pith-verify audit FILE`, a dropped file). */
export interface AuditReference {
  readonly label: string;
  readonly text: string;
  readonly report: VerifyReport;
}

const SIGNED = new Set<DiffEntry['coverage']>(['hash-bound', 'signed']);
const RANK: Record<Verdict, number> = { verified: 3, incomplete: 2, invalid: 1 };
const UNUSABLE = new Set<AttemptOutcome>(['bad-json', 'too-large']);

/** The document a copy's text holds: a record at a record URL may come as a one-element list. */
function documentOf(text: string): JsonValue | null {
  const p = parseJson(text);
  if (!p.ok) return null;
  return Array.isArray(p.value) && p.value.length === 1 && isJsonObject(p.value[0]) ? p.value[0] : p.value;
}

/** The facts the checks establish for a copy, by name; null where the copy has none. */
function factsOf(report: VerifyReport): Record<string, string | null> {
  return {
    'canonical SHA-256 (computed here)': report.derivation?.sha256Hex ?? null,
    'claimed canonical_sha256': report.derivation?.claimedSha256 ?? null,
    'claimed pith number': report.claimedPithNumber,
    'receipt signature': report.evidence.receipt?.signatureB64 ?? null,
    'receipt key_id': report.evidence.receipt?.keyId ?? null,
  };
}

/** Conflicts a copy shows on its own: a known key_id with another key's fingerprint (FORMAT.md §4). */
function keyConflicts(report: VerifyReport): string[] {
  const sig = report.checks.find((c) => c.id === 'signature');
  const item = sig?.items?.find((i) => i.code === 'fingerprint-mismatch');
  return item ? [`its receipt names key ${report.evidence.key?.keyId ?? '?'} with fingerprint ${item.claimed ?? '?'}, but that key's fingerprint is ${item.computed ?? '?'}: another key under a known key_id`] : [];
}

function row(mirror: MirrorConfig, over: Partial<AuditRow> & Pick<AuditRow, 'standing' | 'message'>): AuditRow {
  return { mirror, outcome: null, url: null, ms: null, copy: null, canonicalSha256: null, number: null, signature: null, verdict: null, differences: [], conflicts: [], notes: [], ...over };
}

function foundRow(mirror: MirrorConfig, r: ResolvedRecord): AuditRow {
  const last = r.attempts.at(-1);
  const sig = r.report.checks.find((c) => c.id === 'signature');
  return row(mirror, {
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
    conflicts: r.mismatches.length > 0 ? [`serves a record that is not the one asked for: ${r.mismatches.map((m) => m.message).join(' ')}`] : [],
  });
}

function missingRow(mirror: MirrorConfig, e: ResolveError): AuditRow {
  const last = e.attempts.at(-1);
  const standing: AuditStanding = e.kind === 'wrong-record' ? 'conflict' : e.kind === 'network' || e.kind === 'offline' ? 'unreachable' : last && UNUSABLE.has(last.outcome) ? 'unusable' : 'absent';
  return row(mirror, {
    standing,
    outcome: last?.outcome ?? null,
    message: last?.message ?? e.message,
    url: last?.url ?? null,
    ms: last?.ms ?? null,
    conflicts: e.kind === 'wrong-record' ? [`serves another record at this record's URL: ${last?.message ?? e.message}`] : [],
  });
}

interface Reference {
  readonly report: VerifyReport;
  readonly doc: JsonValue | null;
  readonly suffix: string | null;
}

/** Compares a found row with the reference copy, and decides its standing. */
function compared(r: AuditRow, ref: Reference | null, isReference: boolean): AuditRow {
  if (r.copy === null) return r;
  const report = r.copy.report;
  const conflicts = [...r.conflicts, ...keyConflicts(report)];
  const notes: string[] = [];
  if (isReference || ref === null) return { ...r, standing: conflicts.length > 0 ? 'conflict' : 'reference', conflicts };
  const failing = (x: VerifyReport) => x.checks.filter((c) => c.status === 'fail').map((c) => `${c.id} (${c.code})`).join(', ');
  if (report.verdict === 'invalid' && ref.report.verdict !== 'invalid') {
    conflicts.push(`its copy fails here: ${failing(report)}, where the reference copy does not`);
  } else if (ref.report.verdict === 'invalid' && report.verdict !== 'invalid') {
    // Only a file can be an invalid reference beside a copy that is not (a mirror's never is).
    conflicts.push(`the reference copy fails here (${failing(ref.report)}), and this mirror's copy does not`);
  } else if (RANK[report.verdict] < RANK[ref.report.verdict]) {
    notes.push(`its copy is ${report.verdict} here, the reference ${ref.report.verdict}: ${report.headline.reasons[0]?.text ?? report.headline.summary}`);
  }
  if (ref.suffix !== null && r.copy.suffix !== ref.suffix) conflicts.push(`serves ${r.copy.suffix} for this query, where the reference copy is ${ref.suffix}`);
  const mine = factsOf(report);
  const theirs = factsOf(ref.report);
  const differing = Object.keys(mine).filter((k) => mine[k] !== null && theirs[k] !== null && mine[k] !== theirs[k]);
  if (differing.length > 0) conflicts.push(`a different signed copy: its ${differing.join(', ')} ${differing.length === 1 ? 'differs' : 'differ'} from the reference's`);
  let differences: DiffEntry[] = [];
  const doc = documentOf(r.copy.text);
  if (report.kind !== ref.report.kind) notes.push(`a ${report.kindLabel}, where the reference is a ${ref.report.kindLabel}: compared by what the checks establish, not field by field`);
  else if (doc !== null && ref.doc !== null) {
    differences = diffDocuments(ref.doc, doc);
    const signed = differences.filter((d) => SIGNED.has(d.coverage));
    const changed = signed.filter((d) => d.left !== null && d.right !== null);
    const lacking = signed.filter((d) => d.right === null).length;
    const extra = signed.filter((d) => d.left === null).length;
    if (changed.length > 0 && differing.length === 0) {
      conflicts.push(`a different signed copy: ${changed.length} signed or hash-bound field${changed.length === 1 ? '' : 's'} ${changed.length === 1 ? 'differs' : 'differ'} from the reference (${changed.slice(0, 3).map((d) => d.path).join(', ')}${changed.length > 3 ? ', …' : ''})`);
    }
    if (lacking > 0) notes.push(`its copy lacks ${lacking} signed or hash-bound field${lacking === 1 ? '' : 's'} the reference has (less data, not different data)`);
    if (extra > 0) notes.push(`its copy has ${extra} signed or hash-bound field${extra === 1 ? '' : 's'} the reference lacks`);
  }
  const standing: AuditStanding = conflicts.length > 0 ? 'conflict' : differences.length > 0 || notes.length > 0 ? 'unsigned-differs' : 'identical';
  return { ...r, standing, differences, conflicts, notes };
}

const COUNT_WORDS: readonly [AuditStanding, string][] = [
  ['reference', 'gave the reference copy'],
  ['identical', 'identical'],
  ['unsigned-differs', 'the same signed facts, other fields differ'],
  ['conflict', 'conflict'],
  ['absent', 'do not have it'],
  ['unusable', 'answered with no readable record'],
  ['unreachable', 'could not be asked'],
];

const OUTCOME_WORDS: Record<AuditOutcome, string> = { conflict: 'Conflict', agree: 'No conflict', single: 'Nothing to compare', none: 'No copy' };

/** The reference: the file, else the best copy of the record asked for (verified > incomplete > invalid, then mirror order). */
function pickReference(rows: readonly AuditRow[]): AuditRow | null {
  let best: AuditRow | null = null;
  for (const r of rows) if (r.copy && r.conflicts.length === 0 && (best === null || RANK[r.copy.report.verdict] > RANK[best.copy!.report.verdict])) best = r;
  return best;
}

/**
 * Asks every enabled mirror for the record the query names, in parallel (each with the resolver's
 * deadline), and compares every copy with the reference (see the module comment).
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
  const pick = reference ? null : pickReference(rows);
  // The number a file claims is the one it asks the mirrors for (a forged canonical record computes another).
  const refReport = reference?.report ?? pick?.copy?.report ?? null;
  const ref: Reference | null = refReport
    ? { report: refReport, doc: documentOf(reference?.text ?? pick!.copy!.text), suffix: reference ? (reference.report.pithNumber?.split(':').pop() ?? null) : pick!.copy!.suffix }
    : null;
  const out = rows.map((r) => compared(r, ref, r === pick));
  const copies = out.filter((r) => r.copy !== null).length + (reference ? 1 : 0);
  const conflict = out.some((r) => r.standing === 'conflict');
  const outcome: AuditOutcome = conflict ? 'conflict' : copies >= 2 ? 'agree' : copies === 1 ? 'single' : 'none';
  const counts = COUNT_WORDS.map(([s, words]) => [out.filter((r) => r.standing === s).length, words] as const).filter(([n]) => n > 0);
  const asked = `${out.length} mirror${out.length === 1 ? '' : 's'} asked`;
  const weak = refReport && refReport.verdict !== 'verified' ? ` The reference copy is itself ${refReport.verdict} here.` : '';
  return {
    reference: reference ? { from: 'file', label: reference.label, verdict: reference.report.verdict } : pick?.copy ? { from: 'mirror', mirrorId: pick.mirror.id, verdict: pick.copy.report.verdict } : null,
    rows: out,
    outcome,
    conflict,
    summary: `${OUTCOME_WORDS[outcome]}: ${asked}; ${counts.map(([n, w]) => `${n} ${w}`).join(', ') || 'none answered'}.${weak}`,
  };
}
