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
import { isJsonObject, type JsonValue } from '../json/json-value';
import { parseJson } from '../json/parse-json';
import { visibleText } from '../text/visible-text';
import type { CheckStatus, Verdict } from '../verify/check-types';
import type { VerifyReport } from '../verify/report-types';

/** One fetched (or dropped) bundle or state: its text as received, and its own verification here. */
export interface GraphCopy {
  readonly text: string;
  readonly report: VerifyReport;
  /** Where it came from, in words ("Embedded sample mirror, /mirror/pith/…/bundle.json"). */
  readonly source: string;
}

/** A keyring entry as this module needs it: an id and its fingerprint (FORMAT.md §4's 16-byte hex). */
export interface KnownKey {
  readonly keyId: string;
  readonly fingerprintHex: string;
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

/** What an event's signer names, against the keyring (the signature itself is never checkable here). */
export type SignerStanding = 'keyring-key' | 'other-key' | 'unknown-key' | 'none';

/** One event (bundle) or graph snapshot (state), every value as stated, shown visibly (no hidden characters). */
export interface GraphEvent {
  readonly index: number;
  readonly path: string;
  readonly eventType: string | null;
  readonly target: string | null;
  /** A claim: no signature checked here covers it. */
  readonly createdAt: string | null;
  /** Shown, not checked: its preimage is not published (FORMAT.md §6). */
  readonly eventId: string | null;
  readonly subject: string | null;
  /** Whether `subject` is the record's number: 'record', 'other', or 'none' when it names none. */
  readonly subjectStanding: 'record' | 'other' | 'none';
  readonly signer: { readonly keyId: string | null; readonly fingerprint: string | null; readonly signerId: string | null; readonly signerType: string | null } | null;
  readonly signerStanding: SignerStanding;
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
  /** Set when this app assembled the document (`pith_explorer_provenance`): why, in its words. */
  readonly assembled: string | null;
}

export interface OpenGraphView {
  readonly bundle: (GraphDocumentView & { readonly events: readonly GraphEvent[]; readonly eventTotal: number; readonly order: 'created_at' | 'document' }) | null;
  readonly state: (GraphDocumentView & { readonly counts: readonly StateCount[]; readonly snapshots: readonly GraphEvent[]; readonly snapshotTotal: number }) | null;
  readonly checks: readonly GraphCheck[];
  /** What nobody outside pith.science can check here, always listed. */
  readonly unknowns: readonly string[];
}

/** Stated limit: rows of a timeline shown; the checks still read every event. */
export const MAX_EVENT_ROWS = 500;

const TITLES: Record<GraphCheckId, string> = {
  'bundle-record': 'Bundle’s canonical record is this record’s',
  'bundle-receipt': 'record_created event carries this record’s receipt',
  'event-subjects': 'Every event is about this record',
  'event-signers': 'Event signers name the keyring’s keys',
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

const text = (v: JsonValue | undefined): string | null => (typeof v === 'string' ? visibleText(v, 200) : null);
const raw = (v: JsonValue | undefined): string | null => (typeof v === 'string' ? v : null);

function suffixOf(n: string | null): string | null {
  return n === null ? null : (n.split(':').pop() ?? null);
}

function check(id: GraphCheckId, status: CheckStatus, code: GraphCheckCode, message: string, claimed: string | null = null, computed: string | null = null): GraphCheck {
  return { id, title: TITLES[id], status, code, message, claimed, computed };
}

function eventRow(value: JsonValue, index: number, path: string, recordSuffix: string | null, keys: readonly KnownKey[]): GraphEvent {
  const signer = getIn(value, ['signer']);
  const subject = raw(getIn(value, ['subject_pith_number']));
  const keyId = raw(getIn(value, ['signer', 'key_id']));
  const fingerprint = raw(getIn(value, ['signer', 'public_key_fingerprint']));
  const known = keyId === null ? undefined : keys.find((k) => k.keyId === keyId);
  const signerStanding: SignerStanding = keyId === null ? 'none' : !known ? 'unknown-key' : fingerprint?.toLowerCase() === known.fingerprintHex ? 'keyring-key' : 'other-key';
  return {
    index,
    path,
    eventType: text(getIn(value, ['event_type'])),
    target: text(getIn(value, ['target'])),
    createdAt: text(getIn(value, ['created_at'])),
    eventId: text(getIn(value, ['event_id'])),
    subject: subject === null ? null : visibleText(subject, 200),
    subjectStanding: subject === null ? 'none' : recordSuffix !== null && suffixOf(subject) === recordSuffix ? 'record' : 'other',
    signer: isJsonObject(signer)
      ? { keyId: keyId === null ? null : visibleText(keyId, 200), fingerprint: fingerprint === null ? null : visibleText(fingerprint, 200), signerId: text(signer.signer_id), signerType: text(signer.signer_type) }
      : null,
    signerStanding,
  };
}

/** The rows of an array at `path` of `doc` (events, graph snapshots), all read, none trusted. */
function rowsAt(doc: JsonValue | null, path: readonly string[], recordSuffix: string | null, keys: readonly KnownKey[]): GraphEvent[] {
  const list = doc === null ? undefined : getIn(doc, path);
  if (!Array.isArray(list)) return [];
  return list.map((v, i) => eventRow(v, i, `${path.join('.')}[${i}]`, recordSuffix, keys));
}

/** Chronological when every row states a readable time, else the document's order (said as such). */
function timeline(rows: readonly GraphEvent[]): { rows: GraphEvent[]; order: 'created_at' | 'document' } {
  const times = rows.map((r) => (r.createdAt === null ? NaN : Date.parse(r.createdAt)));
  if (rows.length === 0 || times.some(Number.isNaN)) return { rows: [...rows], order: 'document' };
  return { rows: rows.map((r, i) => ({ r, t: times[i]! })).sort((a, b) => a.t - b.t || a.r.index - b.r.index).map((x) => x.r), order: 'created_at' };
}

function documentView(copy: GraphCopy): GraphDocumentView {
  const built = copy.report.detail?.provenance;
  return {
    source: copy.source,
    verdict: copy.report.verdict,
    kindLabel: copy.report.kindLabel,
    failed: copy.report.checks.filter((c) => c.status === 'fail').map((c) => c.id),
    assembled: built?.built ? visibleText(built.note ?? 'Assembled by pith-explorer, not served by pith.science.', 400) : null,
  };
}

/** Whether a copy's canonical record is the record's, by the digests and numbers computed here. */
function sameRecord(id: 'bundle-record' | 'state-record', record: VerifyReport, copy: GraphCopy | null, what: string): GraphCheck {
  if (!copy) return check(id, 'skip', id === 'bundle-record' ? 'no-bundle' : 'no-state', `No ${what} to compare.`);
  const mine = record.derivation?.sha256Hex ?? null;
  const theirs = copy.report.derivation?.sha256Hex ?? null;
  if (mine === null || theirs === null) return check(id, 'skip', 'not-computed', `No canonical SHA-256 could be computed for ${mine === null ? 'the record' : `the ${what}`}, so the two cannot be compared.`);
  if (mine !== theirs) return check(id, 'fail', 'differs', `The ${what}’s canonical record hashes to another digest: it is about another record, or a changed copy of this one.`, theirs, mine);
  return check(id, 'pass', 'same', `The ${what}’s canonical record hashes to this record’s digest, computed here for both.`, theirs, mine);
}

function sameReceipt(record: VerifyReport, bundle: GraphCopy | null): GraphCheck {
  if (!bundle) return check('bundle-receipt', 'skip', 'no-bundle', 'No bundle to compare.');
  const mine = record.evidence.receipt;
  const theirs = bundle.report.evidence.receipt;
  if (!theirs?.signatureB64 || !mine?.signatureB64) return check('bundle-receipt', 'skip', 'no-receipt', `${!theirs?.signatureB64 ? 'The bundle’s record_created event carries' : 'The record carries'} no receipt signature to compare.`);
  const a = `${theirs.keyId ?? '(no key id)'} ${theirs.signatureB64}`;
  const b = `${mine.keyId ?? '(no key id)'} ${mine.signatureB64}`;
  if (a !== b) return check('bundle-receipt', 'fail', 'differs', 'The record_created event carries another key id or signature than the record document: two different receipts for one record.', a, b);
  return check('bundle-receipt', 'pass', 'same', 'The record_created event carries the record document’s key id and signature.', a, b);
}

function subjects(events: readonly GraphEvent[], bundle: GraphCopy | null): GraphCheck {
  if (!bundle) return check('event-subjects', 'skip', 'no-bundle', 'No bundle, so no events.');
  const named = events.filter((e) => e.subjectStanding !== 'none');
  if (named.length === 0) return check('event-subjects', 'skip', 'no-subjects', 'No event names its subject (subject_pith_number).');
  const other = named.filter((e) => e.subjectStanding === 'other');
  if (other.length > 0) return check('event-subjects', 'fail', 'differs', `${other.length} of ${named.length} events name another record as their subject (first: ${other[0]!.path}).`, other[0]!.subject);
  return check('event-subjects', 'pass', 'same', `All ${named.length} events that name a subject name this record${named.length < events.length ? ` (${events.length - named.length} name none)` : ''}.`);
}

function signers(events: readonly GraphEvent[], bundle: GraphCopy | null): GraphCheck {
  if (!bundle) return check('event-signers', 'skip', 'no-bundle', 'No bundle, so no events.');
  const signed = events.filter((e) => e.signerStanding !== 'none');
  if (signed.length === 0) return check('event-signers', 'skip', 'no-signers', 'No event names a signer key id.');
  const rekeyed = signed.find((e) => e.signerStanding === 'other-key');
  if (rekeyed) return check('event-signers', 'fail', 'other-key', `${rekeyed.path} names key id ${rekeyed.signer?.keyId} with another fingerprint than the keyring’s key of that id: a key id cannot change its key.`, rekeyed.signer?.fingerprint ?? null);
  const unknown = signed.find((e) => e.signerStanding === 'unknown-key');
  if (unknown) return check('event-signers', 'warn', 'unknown-key', `${unknown.path} names key id ${unknown.signer?.keyId}, which is not in your keyring: who signed it is not known here.`, unknown.signer?.keyId ?? null);
  return check('event-signers', 'pass', 'keyring-keys', `Every event signer names a keyring key with its own fingerprint (the event signatures themselves are not checkable).`);
}

function counts(doc: JsonValue | null): StateCount[] {
  return COUNTS.map(([key, label]) => {
    const v = doc === null ? undefined : getIn(doc, [key]);
    if (v === undefined || v === null) return { key, label, value: null, wellFormed: true };
    const ok = typeof v === 'number' && Number.isInteger(v) && v >= 0;
    return { key, label, value: typeof v === 'number' ? String(v) : visibleText(typeof v === 'string' ? JSON.stringify(v) : typeof v, 60), wellFormed: ok };
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
  const recordSuffix = record.derivation?.suffix ?? suffixOf(record.computedPithNumber);
  const bundleDoc = parsed(copies.bundle);
  const stateDoc = parsed(copies.state);
  const events = rowsAt(bundleDoc, ['events'], recordSuffix, keys);
  const snapshots = rowsAt(stateDoc, ['current', 'graph_snapshots'], recordSuffix, keys);
  const isRecord = copies.bundle !== null && copies.bundle.report === record;
  const checks = [
    isRecord ? check('bundle-record', 'skip', 'is-the-record', 'The record shown is this bundle.') : sameRecord('bundle-record', record, copies.bundle, 'bundle'),
    isRecord ? check('bundle-receipt', 'skip', 'is-the-record', 'The record shown is this bundle: its receipt is the one checked above.') : sameReceipt(record, copies.bundle),
    subjects(events, copies.bundle),
    signers(events, copies.bundle),
    copies.state !== null && copies.state.report === record ? check('state-record', 'skip', 'is-the-record', 'The record shown is this merged state.') : sameRecord('state-record', record, copies.state, 'merged state'),
  ];
  const ordered = timeline(events);
  return {
    bundle: copies.bundle ? { ...documentView(copies.bundle), events: ordered.rows.slice(0, MAX_EVENT_ROWS), eventTotal: events.length, order: ordered.order } : null,
    state: copies.state ? { ...documentView(copies.state), counts: counts(stateDoc), snapshots: snapshots.slice(0, MAX_EVENT_ROWS), snapshotTotal: snapshots.length } : null,
    checks,
    // The documents' own unknowns say the same of a bundle and a state (subject.ts): these replace them.
    unknowns: [...FIXED_UNKNOWNS, ...(copies.state ? STATE_UNKNOWNS : [])],
  };
}
