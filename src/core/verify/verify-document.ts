/**
 * The verification pipeline: the registry's checks over one document, in order, then the chain they
 * establish, the binding of every shown field, the verdict and its headline. Runs unchanged in
 * node, a Web Worker and the page.
 *
 * @module verify
 */
import { describeUnknown, detectKind, isVerifiableKind, KIND_LABELS, type DocumentKind } from '../documents/detect-kind';
import { splitDocuments } from '../documents/split-documents';
import { buildSubject, type Subject } from '../documents/subject';
import { pithError, type PithError } from '../errors';
import type { JsonValue } from '../json/json-value';
import { formatFull, SUFFIX_LENGTH, yearFromSubmittedAt } from '../pith/pith-number';
import { chainOf, rehashed, type Chain } from './bindings';
import type { CheckId, CheckResult, CheckStatus, Verdict } from './check-types';
import { signedDigestOf, signingKeyOf } from './checks/signature-check';
import { base32OfDigestHex, computeCanonical, wellFormedClaims, type CheckContext, type ComputedCanonical, type VerifyOptions } from './context';
import { recordDetail } from './detail';
import { buildEvidence } from './evidence';
import { displayFields, FIELD_VALUE_CAP, shownTitle } from './fields';
import { headlineOf } from './headline';
import { mapInWindows } from './map-in-windows';
import { CHECKS, verdictOf } from './registry';
import type { Binding, Derivation, VerifyReport } from './report-types';

export type { Derivation, VerifyReport };
export type { VerifyOptions };

function derivationOf(subject: Subject, computed: ComputedCanonical): Derivation | null {
  if (computed.state !== 'ok') return null;
  const b32 = base32OfDigestHex(computed.digestHex);
  const suffix = b32.slice(0, SUFFIX_LENGTH); // = suffixFromDigest, without encoding twice
  const year = subject.canonical.state === 'present' ? yearFromSubmittedAt(subject.canonical.value.metadata.submitted_at) : null;
  const pithNumber = year ? formatFull(year, suffix) : null;
  const claimedSha256 = wellFormedClaims(subject)[0]?.value ?? null;
  const claimedPithNumber = subject.claimedNumber.state === 'present' ? subject.claimedNumber.value : null;
  // Each arrow compares this derivation's own output with the document's claim (route 8 of the truth issue).
  const cmp = (a: string | null, b: string | null): CheckStatus => (a === null || b === null ? 'skip' : a === b ? 'pass' : 'fail');
  return {
    canonicalJson: computed.text,
    canonicalBytes: computed.byteLength,
    sha256Hex: computed.digestHex,
    claimedSha256,
    sha256Status: cmp(computed.digestHex, claimedSha256),
    base32: b32,
    suffix,
    year,
    pithNumber,
    claimedPithNumber,
    numberStatus: cmp(pithNumber ?? (claimedPithNumber ? `pith:????:${suffix}` : null), claimedPithNumber),
  };
}

/** The checks of the registry, in order; each sees the results before it. */
async function runChecks(base: Omit<CheckContext, 'prior'>): Promise<Map<CheckId, CheckResult>> {
  const results = new Map<CheckId, CheckResult>();
  const ctx: CheckContext = { ...base, prior: (id) => results.get(id) };
  for (const check of CHECKS) {
    // Only the signature check is async; awaiting the others would cost a microtask each per record.
    const ran = check.run(ctx);
    const outcome = ran instanceof Promise ? await ran : ran;
    results.set(check.id, { id: check.id, ...outcome });
  }
  return results;
}

interface Assessed {
  readonly kind: DocumentKind;
  readonly subject: Subject;
  readonly computed: ComputedCanonical;
  readonly results: ReadonlyMap<CheckId, CheckResult>;
  readonly checks: readonly CheckResult[];
  readonly chain: Chain;
  readonly verdict: Verdict;
  readonly derivation: Derivation | null;
}

/** The checks, the chain they establish and the verdict: what both a full report and a batch row rest on. */
async function assess(doc: JsonValue, options: VerifyOptions): Promise<Assessed | PithError> {
  const kind = detectKind(doc);
  if (kind === 'unknown') return pithError('unknown-document', describeUnknown(doc));
  // A manifest or a graph snapshot is pith data but not a record: say so, rather than call it "incomplete".
  if (!isVerifiableKind(kind)) return pithError('not-a-record', NOT_A_RECORD[kind] ?? `This is a ${KIND_LABELS[kind]}, not a record.`);
  const subject = buildSubject(kind, doc);
  const computed = computeCanonical(subject);
  const results = await runChecks({ ...options, subject, computed });
  const checks = [...results.values()];
  const signed = signedDigestOf({ subject, computed });
  const chain = chainOf(results, signed?.hex ?? null, computed.state === 'ok' ? computed.digestHex : null);
  return { kind, subject, computed, results, checks, chain, verdict: verdictOf(checks), derivation: derivationOf(subject, computed) };
}

/** Verifies one parsed document; a document that is no record gets an error saying what it is. */
export async function verifyDocument(doc: JsonValue, options: VerifyOptions): Promise<VerifyReport | PithError> {
  const a = await assess(doc, options);
  if ('code' in a) return a;
  const { kind, subject, computed, results, checks, chain, verdict, derivation } = a;
  const fields = displayFields(subject, chain);
  const key = signingKeyOf({ subject, keyring: options.keyring });
  const evidence = buildEvidence(subject, computed, chain, key, derivation?.suffix ?? null);
  const claimed = subject.claimedNumber.state === 'present' ? subject.claimedNumber.value : null;
  const snapshotUnknowns = (results.get('snapshots')?.items ?? []).filter((i) => i.code === 'preimage-unknown').map((i) => `${i.label}: ${i.note ?? 'not checkable'}.`);
  return {
    kind,
    kindLabel: KIND_LABELS[kind],
    pithNumber: claimed ?? derivation?.pithNumber ?? null,
    claimedPithNumber: claimed,
    computedPithNumber: derivation?.pithNumber ?? null,
    title: fields.title?.value ?? null,
    verdict,
    headline: headlineOf(verdict, checks, fields, evidence.key, KIND_LABELS[kind]),
    checks,
    derivation,
    evidence,
    fields,
    extras: subject.extras,
    unknowns: [...subject.unknowns, ...snapshotUnknowns],
    detail: options.detail ? recordDetail(kind, doc) : null,
  };
}

/** One row of a batch: the verdict and what a table shows of it, decided like a full report, built without its evidence. */
export interface VerifySummary {
  readonly kind: DocumentKind;
  readonly pithNumber: string | null;
  readonly title: string | null;
  readonly titleBinding: Binding | null;
  readonly verdict: Verdict;
  readonly failing: readonly CheckId[];
}

/**
 * The batch's verification of one document: the same checks, chain and verdict as verifyDocument,
 * without building the evidence and display fields a record page needs (about a quarter of the
 * JavaScript per record, measured in node on 5,000 seed records). Export and "open" build the full report.
 */
export async function summarizeDocument(doc: JsonValue, options: VerifyOptions): Promise<VerifySummary | PithError> {
  const a = await assess(doc, options);
  if ('code' in a) return a;
  const { subject, chain } = a;
  const claimed = subject.claimedNumber.state === 'present' ? subject.claimedNumber.value : null;
  const title = subject.title.state === 'present' ? subject.title.value : null;
  const failing: CheckId[] = [];
  for (const c of a.checks) if (c.status === 'fail') failing.push(c.id);
  return {
    kind: a.kind,
    pithNumber: claimed ?? a.derivation?.pithNumber ?? null,
    title: title === null ? null : shownTitle(title.length > FIELD_VALUE_CAP ? title.slice(0, FIELD_VALUE_CAP) : title),
    titleBinding: title === null ? null : rehashed(chain, 'title-hash', subject.title.path).binding,
    verdict: a.verdict,
    failing,
  };
}

const NOT_A_RECORD: Partial<Record<DocumentKind, string>> = {
  'mirror-manifest': 'This is a mirror manifest (pith-mirrors.json): it lists mirrors and the signing key, but holds no record to verify. Keys are trusted only from the keyring, never from a manifest.',
  'graph-snapshot': 'This is a graph snapshot (graph.json): unsigned live data with no hash binding it to a number (FORMAT.md §6), so nothing in it can be verified.',
};

export interface VerifyEntry {
  /** Array position or JSONL line; null for a single document. */
  readonly index: number | null;
  readonly report?: VerifyReport;
  readonly error?: PithError;
}

/** Verifies every document in a text (single JSON, array, or JSONL); bad entries carry an error. */
export async function verifyText(text: string, options: VerifyOptions): Promise<VerifyEntry[]> {
  return mapInWindows(splitDocuments(text), async (slot): Promise<VerifyEntry> => {
    if (slot.error || slot.value === undefined) return { index: slot.index, error: slot.error ?? pithError('json-syntax', 'Empty document.') };
    const r = await verifyDocument(slot.value, options);
    return 'code' in r ? { index: slot.index, error: r } : { index: slot.index, report: r };
  });
}
