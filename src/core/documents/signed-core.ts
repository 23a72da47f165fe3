/**
 * The signed core of a record document: what a "signed core only" share link carries. Enough to
 * verify (number, digest, canonical record, receipt, and the title and abstract that re-hash to it),
 * without unsigned live data. Works on the core's lossless parse and is written back with the
 * lossless serializer, so every number literal stays exactly as it was (1.0 stays 1.0; a big
 * integer keeps every digit) and the link verifies as the record did.
 */
import { parseJson } from '../json/parse-json';
import { isJsonObject, type JsonObject } from '../json/json-value';
import { serializeJson } from '../json/serialize-json';
import { err, ok, pithError, type Result } from '../errors';

const TOP = ['record_type', 'schema_url', 'pith_number', 'short_pith_number', 'schema_version', 'canonical_sha256', 'source', 'canonical_record', 'receipt'];
const PAPER = ['title', 'authors_text', 'abstract_excerpt'];

/** The signed core of one record document's text, as JSON text; refuses anything that is not one record object. */
export function signedCoreText(text: string): Result<string> {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  if (!isJsonObject(doc) || doc.record_type !== 'pith_number_record') return err(pithError('unknown-document', 'Only a pith number record has a signed core to share.'));
  const out: JsonObject = {};
  for (const k of TOP) if (Object.hasOwn(doc, k)) out[k] = doc[k]!;
  const paper = doc.paper;
  if (isJsonObject(paper)) {
    const kept: JsonObject = {};
    for (const k of PAPER) if (Object.hasOwn(paper, k)) kept[k] = paper[k]!;
    out.paper = kept;
  }
  return ok(serializeJson(out));
}
