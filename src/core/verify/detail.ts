/**
 * What a page shows beside the checks, read from the same parse the checks used (the core's
 * lossless parser, duplicate keys refused): inbound citations, the server's own claims, and the
 * provenance note of a record this project built. None of it is covered by a hash or a signature
 * (FORMAT.md §5); it is extracted only when asked (VerifyOptions.detail), not in a batch.
 */
import type { DocumentKind } from '../documents/detect-kind';
import { getIn } from '../documents/section';
import { isJsonObject, JsonFloat, type JsonValue } from '../json/json-value';
import { serializeJson } from '../json/serialize-json';
import type { Citation, RecordDetail } from './report-types';

const str = (v: JsonValue | undefined): string | null => (typeof v === 'string' ? v : null);
const int = (v: JsonValue | undefined): number | null => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null);
const bool = (v: JsonValue | undefined): boolean | null => (typeof v === 'boolean' ? v : null);

/** At most this many citations are kept for display (the count says how many the record lists). */
export const MAX_CITATIONS_SHOWN = 100_000;

function citations(doc: JsonValue): RecordDetail['citations'] {
  const v = getIn(doc, ['inbound_citations']);
  if (!isJsonObject(v)) return null;
  const sample: Citation[] = [];
  if (Array.isArray(v.sample)) {
    for (const c of v.sample.slice(0, MAX_CITATIONS_SHOWN)) {
      if (isJsonObject(c)) sample.push({ arxivId: str(c.citing_arxiv_id), title: str(c.citing_title), refIndex: int(c.ref_index), internalAnchor: bool(c.is_internal_anchor) });
    }
  }
  return { count: int(v.count), internalAnchorCount: int(v.internal_anchor_count), sample };
}

/** A claim's value exactly as served: `true`, `0`, a string, or the JSON text of anything else. */
function shown(v: JsonValue): string {
  if (typeof v === 'string') return v;
  if (v instanceof JsonFloat) return v.literal;
  return serializeJson(v);
}

function serverClaims(doc: JsonValue): RecordDetail['serverClaims'] {
  const out: { key: string; value: string }[] = [];
  const state = getIn(doc, ['attestation_state']);
  if (state !== undefined) out.push({ key: 'attestation_state', value: shown(state) });
  const flags = getIn(doc, ['verification_status']);
  if (isJsonObject(flags)) for (const [key, value] of Object.entries(flags)) out.push({ key, value: shown(value) });
  return out;
}

function provenance(doc: JsonValue): RecordDetail['provenance'] {
  const v = getIn(doc, ['pith_explorer_provenance']);
  if (!isJsonObject(v)) return null;
  const missing = Array.isArray(v.missing) ? v.missing.filter((m): m is string => typeof m === 'string') : [];
  return { built: v.built === true, note: str(v.note), sourceUrl: str(v.source_url), missing };
}

/** The display-only parts of a document of this kind (records carry them; other kinds do not). */
export function recordDetail(kind: DocumentKind, doc: JsonValue): RecordDetail {
  // A bundle or state this app assembled (the embedded mirror's) says so like a built record.
  if (kind !== 'record') return { citations: null, serverClaims: [], provenance: kind === 'bundle' || kind === 'state' ? provenance(doc) : null };
  return { citations: citations(doc), serverClaims: serverClaims(doc), provenance: provenance(doc) };
}
