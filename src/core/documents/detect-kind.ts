/**
 * Routes a parsed JSON document by its content, never by file name
 * (FORMAT.md §5, §6). Each kind is recognised by its own type marker first,
 * then by shape for the kinds that carry none.
 */
import { isJsonObject, type JsonValue } from '../json/json-value';
import { serializeJson } from '../json/serialize-json';

/** A value quoted in a message, cut so a hostile 200 MB marker does not become a 200 MB message. */
function shorten(s: string): string {
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}

export type DocumentKind =
  | 'record'
  | 'bundle'
  | 'state'
  | 'canonical-record'
  | 'receipt'
  | 'vector'
  | 'mirror-manifest'
  | 'graph-snapshot'
  | 'unknown';

export const KIND_LABELS: Record<DocumentKind, string> = {
  record: 'pith number record',
  bundle: 'open graph bundle',
  state: 'merged open graph state',
  'canonical-record': 'bare canonical record',
  receipt: 'receipt only',
  vector: 'recovered record (number, hash, canonical record)',
  'mirror-manifest': 'mirror manifest (not a record)',
  'graph-snapshot': 'graph snapshot (not hash-bound)',
  unknown: 'unknown document',
};

/** "a pith number record", "an open graph bundle": a kind's label with its article. */
export function kindWithArticle(kind: DocumentKind): string {
  const label = KIND_LABELS[kind];
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;
}

/** Kinds that hold something a check can verify. */
export function isVerifiableKind(kind: DocumentKind): boolean {
  return kind !== 'mirror-manifest' && kind !== 'graph-snapshot' && kind !== 'unknown';
}

/** The type markers, in the order they are looked for. */
const MARKERS = ['record_type', 'bundle_type', 'state_type', 'manifest_type'] as const;

/** The kind of a parsed document, by its type marker or shape (module comment). */
export function detectKind(doc: JsonValue): DocumentKind {
  if (!isJsonObject(doc)) return 'unknown';
  // A document that says it is two kinds at once is neither: refused, never read as the first.
  if (MARKERS.filter((m) => m in doc).length > 1) return 'unknown';
  if ('record_type' in doc) return doc.record_type === 'pith_number_record' ? 'record' : 'unknown';
  if ('bundle_type' in doc) return doc.bundle_type === 'pith_open_graph_bundle' ? 'bundle' : 'unknown';
  if ('state_type' in doc) return doc.state_type === 'pith_open_graph_state' ? 'state' : 'unknown';
  if ('manifest_type' in doc) return doc.manifest_type === 'pith_mirror_manifest' ? 'mirror-manifest' : 'unknown';
  if (doc.kind === 'pith_receipt') return 'receipt';
  if ('pith_number' in doc && 'canonical_sha256' in doc) return 'vector';
  if ('schema_version' in doc && 'source' in doc && 'metadata' in doc) return 'canonical-record';
  if ('signature_b64' in doc && 'key_id' in doc && 'canonical_sha256' in doc) return 'receipt';
  if ('paper' in doc && 'builder_version' in doc && ('claims' in doc || 'references' in doc)) return 'graph-snapshot';
  return 'unknown';
}

/** What a person should have given us, for the unknown-document message. */
export const EXPECTED_DOCUMENTS =
  'a pith number record (record_type "pith_number_record"), an open graph bundle, a merged state, ' +
  'a bare canonical record {schema_version, source, metadata}, a receipt {kind "pith_receipt"}, or an array / JSONL of these';

/** Why a document is not one this app knows, and what it expected instead. */
export function describeUnknown(doc: JsonValue): string {
  if (!isJsonObject(doc)) {
    const what = Array.isArray(doc) ? 'a nested array' : doc === null ? 'null' : typeof doc === 'object' ? 'a number' : `a ${typeof doc}`;
    return `Expected ${EXPECTED_DOCUMENTS}; got ${what}.`;
  }
  const markers = MARKERS.filter((m) => m in doc);
  if (markers.length > 1) return `This document carries the type markers of ${markers.length} kinds (${markers.join(', ')}); a document is one kind, so it is not read as any of them. Expected ${EXPECTED_DOCUMENTS}.`;
  for (const marker of MARKERS) {
    // serializeJson, not JSON.stringify: a marker can be anything, a big integer included.
    if (marker in doc) return `${marker} ${shorten(serializeJson(doc[marker]!))} is not a document type this app knows; expected ${EXPECTED_DOCUMENTS}.`;
  }
  const keys = Object.keys(doc).slice(0, 6).join(', ');
  return `Expected ${EXPECTED_DOCUMENTS}; got an object with keys ${keys === '' ? '(none)' : keys}.`;
}
