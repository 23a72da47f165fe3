/**
 * The events of a bundle and the graph snapshots of a merged state as rows (FORMAT.md §6), each
 * value as stated (hidden characters shown), with what can be said of it here: whether its subject
 * is the record's number, and whether its signer names a keyring key with that key's fingerprint.
 * Nothing here is a signature check: how events are signed is not published.
 *
 * @module graph-events
 */
import { getIn } from '../documents/section';
import { isJsonObject, type JsonValue } from '../json/json-value';
import { visibleText } from '../text/visible-text';

/** A keyring entry as the graph needs it: an id and its fingerprint (FORMAT.md §4's 16-byte hex). */
export interface KnownKey {
  readonly keyId: string;
  readonly fingerprintHex: string;
}

/**
 * What an event's signer names, against the keyring: a keyring key with its own fingerprint, a
 * keyring key id with another fingerprint, a keyring key id with none stated, a key id the keyring
 * does not hold, a signer that is not an object with a string key_id, or no signer.
 */
export type SignerStanding = 'keyring-key' | 'other-key' | 'no-fingerprint' | 'unknown-key' | 'malformed' | 'none';

/**
 * What an event's subject_pith_number names: exactly the record's full number, a short number
 * that is a prefix of it, another record, something that is not a pith number, or nothing.
 */
export type SubjectStanding = 'record' | 'short' | 'other' | 'malformed' | 'none';

/** One event (bundle) or graph snapshot (state), every value as stated, shown visibly. */
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
  readonly subjectStanding: SubjectStanding;
  readonly signer: { readonly keyId: string | null; readonly fingerprint: string | null; readonly signerId: string | null; readonly signerType: string | null } | null;
  readonly signerStanding: SignerStanding;
  /** A row a check flags (another subject, another key's fingerprint): always listed, whatever the cap. */
  readonly flagged: boolean;
}

/** Stated limit: rows of a timeline listed; the checks still read every event. */
export const MAX_EVENT_ROWS = 500;

const FULL = /^pith:(\d{4}):([A-Z2-7]{26})$/;
const SHORT = /^pith:([A-Z2-7]{8,25})$/;
/** RFC 3339 with an explicit offset: the only times put in order (a time with no zone is read differently by each viewer's clock). */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const shown = (v: JsonValue | undefined): string | null => (typeof v === 'string' ? visibleText(v, 200) : null);

function subjectStanding(subject: string | null, recordNumber: string | null): SubjectStanding {
  if (subject === null) return 'none';
  const recordSuffix = recordNumber === null ? null : (FULL.exec(recordNumber)?.[2] ?? null);
  const full = FULL.exec(subject);
  if (full) return subject === recordNumber ? 'record' : 'other';
  const short = SHORT.exec(subject);
  if (short) return recordSuffix !== null && recordSuffix.startsWith(short[1]!) ? 'short' : 'other';
  return 'malformed';
}

function signerStanding(signer: JsonValue | undefined, keys: readonly KnownKey[]): SignerStanding {
  if (signer === undefined || signer === null) return 'none';
  if (!isJsonObject(signer) || typeof signer.key_id !== 'string') return 'malformed';
  const known = keys.find((k) => k.keyId === signer.key_id);
  if (!known) return 'unknown-key';
  const fingerprint = signer.public_key_fingerprint;
  if (typeof fingerprint !== 'string') return 'no-fingerprint';
  return fingerprint.toLowerCase() === known.fingerprintHex ? 'keyring-key' : 'other-key';
}

function eventRow(value: JsonValue, index: number, path: string, recordNumber: string | null, keys: readonly KnownKey[]): GraphEvent {
  const signer = getIn(value, ['signer']);
  const subject = getIn(value, ['subject_pith_number']);
  const subjectText = typeof subject === 'string' ? subject : null;
  const subjectSt = subject === undefined || subject === null ? 'none' : subjectText === null ? 'malformed' : subjectStanding(subjectText, recordNumber);
  const signerSt = signerStanding(signer, keys);
  return {
    index,
    path,
    eventType: shown(getIn(value, ['event_type'])),
    target: shown(getIn(value, ['target'])),
    createdAt: shown(getIn(value, ['created_at'])),
    eventId: shown(getIn(value, ['event_id'])),
    subject: subjectText === null ? null : visibleText(subjectText, 200),
    subjectStanding: subjectSt,
    signer: isJsonObject(signer)
      ? { keyId: shown(signer.key_id), fingerprint: shown(signer.public_key_fingerprint), signerId: shown(signer.signer_id), signerType: shown(signer.signer_type) }
      : null,
    signerStanding: signerSt,
    flagged: subjectSt === 'other' || signerSt === 'other-key',
  };
}

/** The rows of the array at `path` of `doc` (events, graph snapshots), all read, none trusted. */
export function rowsAt(doc: JsonValue | null, path: readonly string[], recordNumber: string | null, keys: readonly KnownKey[]): GraphEvent[] {
  const list = doc === null ? undefined : getIn(doc, path);
  if (!Array.isArray(list)) return [];
  return list.map((v, i) => eventRow(v, i, `${path.join('.')}[${i}]`, recordNumber, keys));
}

/**
 * The rows to list: oldest first when every row states an RFC 3339 time with an offset, else in the
 * document's order (said as such); at most MAX_EVENT_ROWS, flagged rows always among them, so no
 * filler can push a forged event out of view.
 */
export function timeline(rows: readonly GraphEvent[]): { rows: GraphEvent[]; order: 'created_at' | 'document' } {
  const times = rows.map((r) => (r.createdAt !== null && RFC3339.test(r.createdAt) ? Date.parse(r.createdAt) : NaN));
  const dated = rows.length > 0 && !times.some(Number.isNaN);
  const ordered = dated ? rows.map((r, i) => ({ r, t: times[i]! })).sort((a, b) => a.t - b.t || a.r.index - b.r.index).map((x) => x.r) : [...rows];
  if (ordered.length <= MAX_EVENT_ROWS) return { rows: ordered, order: dated ? 'created_at' : 'document' };
  const flagged = ordered.filter((r) => r.flagged).slice(0, MAX_EVENT_ROWS);
  const room = MAX_EVENT_ROWS - flagged.length;
  const kept = new Set([...flagged, ...ordered.filter((r) => !r.flagged).slice(0, room)]);
  return { rows: ordered.filter((r) => kept.has(r)), order: dated ? 'created_at' : 'document' };
}
