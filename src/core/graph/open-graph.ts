/**
 * The open graph of one record (issue 11): its bundle's events and its merged state, as far as
 * anyone outside pith.science can check them (FORMAT.md §6). The bundle and the state are each
 * verified like any document first (their canonical record, digest, number and, for the bundle, the
 * record_created event's receipt); this module reads what those reports leave out: the events as a
 * timeline, the state's counts, and whether both are about the record the page shows.
 *
 * What is checked here: the bundle's and the state's canonical records are the record's (computed
 * digests and numbers equal), the record_created event carries the record document's receipt,
 * every event names the record as its subject, and an event signer that names a key id of the
 * keyring names that key's fingerprint. What is NOT checkable is said, never passed: event
 * signatures and `event_id` preimages (how events are signed is not published), the merge
 * (pith-open-graph-merge-v1 is not published), the state's counts, and any time an event states.
 *
 * @module open-graph
 */
import { getIn } from '../documents/section';
import { isJsonObject, JsonFloat, type JsonValue } from '../json/json-value';
import { parseJson } from '../json/parse-json';
import { visibleText } from '../text/visible-text';
import { rowsAt, timeline, type GraphEvent, type KnownKey } from './graph-events';

export type { GraphEvent, KnownKey } from './graph-events';
import type { CheckStatus, Verdict } from '../verify/check-types';
import { incompleteReason } from '../verify/headline';
import type { VerifyReport } from '../verify/report-types';

/** One fetched (or dropped) bundle or state: its text as received, and its own verification here. */
export interface GraphCopy {
  readonly text: string;
  readonly report: VerifyReport;
  /** Where it came from, in words ("Embedded sample mirror, /mirror/pith/…/bundle.json"). */
  readonly source: string;
}

export type GraphCheckId = 'bundle-record' | 'bundle-receipt' | 'event-subjects' | 'event-signers' | 'state-record';

/** Why a graph check has its status: a closed union, so nothing downstream matches prose. */
export type GraphCheckCode =
  | 'same'
  | 'differs'
  | 'no-bundle'
  | 'no-state'
  | 'not-computed'
  | 'no-receipt'
  | 'no-subjects'
  | 'no-signers'
  | 'keyring-keys'
  | 'other-key'
  | 'unknown-key'
  | 'copies-differ'
  | 'not-a-full-number'
  | 'is-the-record';

export interface GraphCheck {
  readonly id: GraphCheckId;
  readonly title: string;
  readonly status: CheckStatus;
  readonly code: GraphCheckCode;
  readonly message: string;
  /** What the bundle or state states, and what the record has (computed here), when compared. */
  readonly claimed: string | null;
  readonly computed: string | null;
}

/** One of the state's counts: always the server's claim (the merge is not published). */
export interface StateCount {
  readonly key: 'event_count' | 'valid_event_count' | 'invalid_event_count' | 'equivocation_count';
  readonly label: string;
  /** The count, or the value as stated when it is not a whole number ≥ 0. */
  readonly value: string | null;
  readonly wellFormed: boolean;
}

export interface GraphDocumentView {
  readonly source: string;
  readonly verdict: Verdict;
  readonly kindLabel: string;
  /** The document's own failed checks, by id (its page says the rest). */
  readonly failed: readonly string[];
  /** Why it is not verified, in the verifier's words (its headline's first reason); null when verified. */
  readonly why: string | null;
  /** The document says this app assembled it (`pith_explorer_provenance.built`); said in fixed words, never its own. */
  readonly assembled: boolean;
}

export interface OpenGraphView {
  readonly bundle: (GraphDocumentView & { readonly events: readonly GraphEvent[]; readonly eventTotal: number; readonly order: 'created_at' | 'document' }) | null;
  readonly state: (GraphDocumentView & { readonly counts: readonly StateCount[]; readonly snapshots: readonly GraphEvent[]; readonly snapshotTotal: number }) | null;
  readonly checks: readonly GraphCheck[];
  /** What nobody outside pith.science can check here, always listed. */
  readonly unknowns: readonly string[];
}

const TITLES: Record<GraphCheckId, string> = {
  'bundle-record': 'Bundle’s canonical record is this record’s',
  'bundle-receipt': 'record_created event carries this record’s receipt',
  'event-subjects': 'Every event is about this record',
  'event-signers': 'Event signers against the keyring (signatures not checkable)',
  'state-record': 'Merged state’s canonical record is this record’s',
};

const COUNTS: readonly [StateCount['key'], string][] = [
  ['event_count', 'Events'],
  ['valid_event_count', 'Valid events'],
  ['invalid_event_count', 'Invalid events'],
  ['equivocation_count', 'Equivocations'],
];

const FIXED_UNKNOWNS = [
  'Event signatures: events are signed, but the signed bytes are not published (FORMAT.md §6). No event signature is checked here; an event signer is only compared with the keyring.',
  'event_id values: their preimage is not published (FORMAT.md §6). They are shown, not checked.',
  'The times events state (created_at) are claims: nothing checked here covers them.',
];
const STATE_UNKNOWNS = [
  'The merge (pith-open-graph-merge-v1) is not published (FORMAT.md §6): the state’s counts and which events it kept are the server’s claims, not checked.',
];

function check(id: GraphCheckId, status: CheckStatus, code: GraphCheckCode, message: string, claimed: string | null = null, computed: string | null = null): GraphCheck {
  return { id, title: TITLES[id], status, code, message, claimed, computed };
}

function documentView(copy: GraphCopy): GraphDocumentView {
  return {
    source: copy.source,
    verdict: copy.report.verdict,
    kindLabel: copy.report.kindLabel,
    failed: copy.report.checks.filter((c) => c.status === 'fail').map((c) => c.id),
    why: copy.report.verdict === 'incomplete' ? incompleteReason(copy.report.checks) : null,
    assembled: copy.report.detail?.provenance?.built === true,
  };
}

/**
 * Whether a copy's canonical record is the record's, by the digests computed here. A copy whose
 * own canonical-hash check fails (copies of the canonical record that differ, or a digest it states
 * that is not its record's) is not a faithful copy, whatever its first canonical record hashes to.
 */
function sameRecord(id: 'bundle-record' | 'state-record', record: VerifyReport, copy: GraphCopy | null, what: string): GraphCheck {
  if (!copy) return check(id, 'skip', id === 'bundle-record' ? 'no-bundle' : 'no-state', `No ${what} to compare.`);
  if (copy.report.checks.some((c) => c.id === 'canonical-hash' && c.status === 'fail')) {
    return check(id, 'fail', 'copies-differ', `The ${what}’s own canonical-hash check fails: the copies of the canonical record it carries, or the digests it states, do not agree, so it is not a faithful copy of any one record.`);
  }
  const mine = record.derivation?.sha256Hex ?? null;
  const theirs = copy.report.derivation?.sha256Hex ?? null;
  if (mine === null || theirs === null) return check(id, 'skip', 'not-computed', `No canonical SHA-256 could be computed for ${mine === null ? 'the record' : `the ${what}`}, so the two cannot be compared.`);
  if (mine !== theirs) return check(id, 'fail', 'differs', `The ${what}’s canonical record hashes to another digest: it is about another record, or a changed copy of this one.`, theirs, mine);
  return check(id, 'pass', 'same', `The ${what}’s canonical record hashes to this record’s digest, computed here for both.`, theirs, mine);
}

/** Every record_created event's receipt (FORMAT.md §6), as stated: key id and signature, or null where not strings. */
function createdReceipts(doc: JsonValue | null): { path: string; keyId: string | null; signature: string | null }[] {
  const events = doc === null ? undefined : getIn(doc, ['events']);
  if (!Array.isArray(events)) return [];
  return events.flatMap((e, i) => {
    if (getIn(e, ['event_type']) !== 'record_created') return [];
    const receipt = getIn(e, ['payload', 'receipt']);
    if (receipt === undefined || receipt === null) return [];
    const keyId = getIn(receipt, ['key_id']);
    const signature = getIn(receipt, ['signature_b64']);
    return [{ path: `events[${i}].payload.receipt`, keyId: typeof keyId === 'string' ? keyId : null, signature: typeof signature === 'string' ? signature : null }];
  });
}

function sameReceipt(record: VerifyReport, bundleDoc: JsonValue | null, bundle: GraphCopy | null): GraphCheck {
  if (!bundle) return check('bundle-receipt', 'skip', 'no-bundle', 'No bundle to compare.');
  const mine = record.evidence.receipt;
  if (!mine?.signatureB64) return check('bundle-receipt', 'skip', 'no-receipt', 'The record carries no receipt signature to compare with.');
  const receipts = createdReceipts(bundleDoc);
  if (receipts.length === 0) return check('bundle-receipt', 'skip', 'no-receipt', 'No record_created event of the bundle carries a receipt.');
  const b = `${mine.keyId ?? '(no key id)'} ${mine.signatureB64}`;
  const other = receipts.filter((r) => `${r.keyId ?? '(no key id)'} ${r.signature ?? '(no signature)'}` !== b);
  if (other.length > 0) {
    const first = other[0]!;
    return check('bundle-receipt', 'fail', 'differs', `${other.length} of ${receipts.length} record_created receipts carry another key id or signature than the record document (first: ${first.path}): two different receipts for one record.`, `${first.keyId ?? '(no key id)'} ${first.signature ?? '(no signature)'}`, b);
  }
  return check('bundle-receipt', 'pass', 'same', `${receipts.length === 1 ? 'The record_created event carries' : `All ${receipts.length} record_created events carry`} the record document’s key id and signature.`, b, b);
}

function subjects(events: readonly GraphEvent[], record: VerifyReport, bundle: GraphCopy | null): GraphCheck {
  if (!bundle) return check('event-subjects', 'skip', 'no-bundle', 'No bundle, so no events.');
  if (record.computedPithNumber === null) return check('event-subjects', 'skip', 'not-computed', 'No full pith number could be computed for the record, so no subject can be compared with it.');
  const named = events.filter((e) => e.subjectStanding !== 'none');
  if (named.length === 0) return check('event-subjects', 'skip', 'no-subjects', 'No event names its subject (subject_pith_number).');
  const other = named.filter((e) => e.subjectStanding === 'other');
  if (other.length > 0) return check('event-subjects', 'fail', 'differs', `${other.length} of ${named.length} events name another record as their subject (first: ${other[0]!.path}).`, other[0]!.subject, record.computedPithNumber);
  const loose = named.filter((e) => e.subjectStanding === 'short' || e.subjectStanding === 'malformed');
  if (loose.length > 0) return check('event-subjects', 'warn', 'not-a-full-number', `${loose.length} of ${named.length} events name their subject by a short number or by something that is not a pith number (first: ${loose[0]!.path}): which record they are about is not certain.`, loose[0]!.subject, record.computedPithNumber);
  return check('event-subjects', 'pass', 'same', `All ${named.length} events that name a subject name this record’s full number${named.length < events.length ? ` (${events.length - named.length} name none)` : ''}.`);
}

/** Event and snapshot signers against the keyring. Never a pass: naming a key is not a signature, and anyone can copy a key id and fingerprint. */
function signers(rows: readonly GraphEvent[], bundle: GraphCopy | null, state: GraphCopy | null): GraphCheck {
  if (!bundle && !state) return check('event-signers', 'skip', 'no-bundle', 'No bundle or state, so no signers.');
  const signed = rows.filter((e) => e.signerStanding !== 'none');
  if (signed.length === 0) return check('event-signers', 'skip', 'no-signers', 'No event or snapshot names a signer.');
  const rekeyed = signed.filter((e) => e.signerStanding === 'other-key');
  if (rekeyed.length > 0) {
    const first = rekeyed[0]!;
    return check('event-signers', 'fail', 'other-key', `${rekeyed.length} of ${signed.length} signers name a keyring key id with another fingerprint than the keyring’s key of that id (first: ${first.path}, key id ${first.signer?.keyId}): a key id cannot change its key.`, first.signer?.fingerprint ?? null);
  }
  const odd = signed.filter((e) => e.signerStanding !== 'keyring-key');
  if (odd.length > 0) {
    const first = odd[0]!;
    const why = first.signerStanding === 'unknown-key' ? `names key id ${first.signer?.keyId}, which is not in your keyring` : first.signerStanding === 'no-fingerprint' ? `names key id ${first.signer?.keyId} with no fingerprint` : 'names no key id that can be read';
    return check('event-signers', 'warn', 'unknown-key', `${odd.length} of ${signed.length} signers are not known here (first: ${first.path} ${why}): who signed them is not known.`, first.signer?.keyId ?? null);
  }
  return check('event-signers', 'skip', 'keyring-keys', `${signed.length === 1 ? 'The one signer names' : `All ${signed.length} signers name`} a keyring key with its own fingerprint. That is only a name: no event signature is checkable (FORMAT.md §6), so who signed is not established.`);
}

/** A count as stated: a whole number ≥ 0 (a bigint included) is one; a float, a string or anything else is shown as written. */
function countOf(v: JsonValue): { value: string; wellFormed: boolean } {
  if (typeof v === 'number') return { value: String(v), wellFormed: Number.isInteger(v) && v >= 0 };
  if (typeof v === 'bigint') return { value: v.toString(), wellFormed: v >= 0n };
  if (v instanceof JsonFloat) return { value: visibleText(v.literal, 60), wellFormed: false };
  if (typeof v === 'string') return { value: visibleText(JSON.stringify(v), 60), wellFormed: false };
  return { value: Array.isArray(v) ? 'a list' : isJsonObject(v) ? 'an object' : String(v), wellFormed: false };
}

function counts(doc: JsonValue | null): StateCount[] {
  return COUNTS.map(([key, label]) => {
    const v = doc === null ? undefined : getIn(doc, [key]);
    return v === undefined || v === null ? { key, label, value: null, wellFormed: true } : { key, label, ...countOf(v) };
  });
}

function parsed(copy: GraphCopy | null): JsonValue | null {
  if (!copy) return null;
  const r = parseJson(copy.text);
  return r.ok ? r.value : null;
}

/**
 * The open graph view of `record` (the record document verified here) from its bundle and merged
 * state, each already verified (`GraphCopy.report`). A copy that is the record itself (a dropped
 * bundle or state, passed with the record's own report) is compared with nothing: its checks say so.
 */
export function readOpenGraph(record: VerifyReport, copies: { readonly bundle: GraphCopy | null; readonly state: GraphCopy | null }, keys: readonly KnownKey[]): OpenGraphView {
  const number = record.computedPithNumber;
  const bundleDoc = parsed(copies.bundle);
  const stateDoc = parsed(copies.state);
  const events = rowsAt(bundleDoc, ['events'], number, keys);
  const snapshots = rowsAt(stateDoc, ['current', 'graph_snapshots'], number, keys);
  const bundleIsRecord = copies.bundle !== null && copies.bundle.report === record;
  const stateIsRecord = copies.state !== null && copies.state.report === record;
  const checks = [
    bundleIsRecord ? check('bundle-record', 'skip', 'is-the-record', 'The record shown is this bundle.') : sameRecord('bundle-record', record, copies.bundle, 'bundle'),
    bundleIsRecord ? check('bundle-receipt', 'skip', 'is-the-record', 'The record shown is this bundle: its receipt is the one checked above.') : sameReceipt(record, bundleDoc, copies.bundle),
    subjects(events, record, copies.bundle),
    signers([...events, ...snapshots], copies.bundle, copies.state),
    stateIsRecord ? check('state-record', 'skip', 'is-the-record', 'The record shown is this merged state.') : sameRecord('state-record', record, copies.state, 'merged state'),
  ];
  const ordered = timeline(events);
  const shownSnapshots = timeline(snapshots);
  return {
    bundle: copies.bundle ? { ...documentView(copies.bundle), events: ordered.rows, eventTotal: events.length, order: ordered.order } : null,
    state: copies.state ? { ...documentView(copies.state), counts: counts(stateDoc), snapshots: shownSnapshots.rows, snapshotTotal: snapshots.length } : null,
    checks,
    // The documents' own unknowns say the same of a bundle and a state (subject.ts): these replace them.
    unknowns: [...FIXED_UNKNOWNS, ...(copies.state ? STATE_UNKNOWNS : [])],
  };
}
