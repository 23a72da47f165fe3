/**
 * Schemas of the documents pith.science serves (FORMAT.md §2, §4–§6).
 * Records in the wild are partial: every section the checks can live without
 * is optional, but a field that is present must have the right shape. Objects
 * are loose (unknown fields pass) because the server adds fields over time;
 * the canonical record's own fields are strict, since they are hashed.
 */
import { isJsonObject, JsonFloat } from '../json/json-value';
import { describeJson } from './schema-issues';
import { v } from './valibot';
import type { DocumentKind } from './detect-kind';

const matching = (re: RegExp, message: string) => v.pipe(v.string(), v.regex(re, message));
const hex64 = matching(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex characters (a SHA-256 digest)');
const isoTime = matching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, 'expected an ISO 8601 date-time such as 2017-04-13T22:17:30Z');
const pithFull = matching(/^pith:\d{4}:[A-Z2-7]{26}$/, 'expected a full pith number pith:<YEAR>:<26 base32 characters>');
const pithShort = matching(/^pith:[A-Z2-7]{8}$/, 'expected a short pith number pith:<8 base32 characters>');
const b64sig = matching(/^[A-Za-z0-9+/]{86}==$/, 'expected 88 characters of standard base64 (a 64-byte Ed25519 signature)');
const nonEmpty = v.pipe(v.string(), v.minLength(1, 'expected a non-empty string'));
/** A JSON integer (a safe one: beyond 2^53 the parser gives a bigint, which is no count or version here). */
const whole = () => v.pipe(v.number('integer'), v.integer('expected a whole number'));
const int = (min: number) => v.pipe(whole(), v.minValue(min, `expected a whole number ≥ ${min}`));
const opt = v.optional;

/**
 * A JSON object: valibot's objects take arrays too; a JSON array, null or float where an object
 * belongs is malformed (the valibot.ts policy). In front of every object schema here.
 */
const jsonObject = v.custom<Record<string, unknown>>(isJsonObject, 'object');

/** A JSON object, unknown keys kept, with these entries. */
function looseObject<E extends v.ObjectEntries>(entries: E) {
  return v.pipe(jsonObject, v.looseObject(entries));
}

/** FORMAT.md §2. Only schema_version "1.0" is known. */
export const sourceSchema = looseObject({
  kind: v.string(),
  id: nonEmpty,
  version: int(1),
});

export const canonicalRecordV1Schema = looseObject({
  schema_version: v.literal('1.0'),
  source: sourceSchema,
  metadata: looseObject({
    abstract_canon_sha256: hex64,
    cross_cats_sorted: v.array(v.string()),
    license: v.string(),
    primary_cat: v.string(),
    submitted_at: isoTime,
    title_canon_sha256: hex64,
  }),
});
export type CanonicalRecordV1 = v.InferOutput<typeof canonicalRecordV1Schema>;

/** FORMAT.md §4. */
export const receiptSchema = looseObject({
  kind: opt(v.literal('pith_receipt')),
  key_id: nonEmpty,
  algorithm: v.string(),
  signature_b64: b64sig,
  signed_message: opt(v.string()),
  canonical_sha256: opt(hex64),
  signed_at: opt(isoTime),
  public_key_fingerprint: opt(matching(/^[0-9a-f]{32}$/, 'expected 32 lower-case hex characters')),
});
export type Receipt = v.InferOutput<typeof receiptSchema>;

/**
 * A vector's receipt: it carries its signature flat, and its algorithm is implied by the pinned key
 * (FORMAT.md §4). Only these two fields make the receipt: the rest of the vector is not a receipt's
 * (its canonical_sha256 is the document's claim, validated by vectorSchema, and any other key is
 * extra data), so nothing unvalidated reaches the signature check as a receipt field.
 */
export const vectorReceiptSchema = v.pipe(
  v.looseObject({ key_id: nonEmpty, signature_b64: v.string() }),
  v.transform((r): Receipt => ({ key_id: r.key_id, signature_b64: r.signature_b64, algorithm: 'ed25519' })),
);

export const paperSchema = looseObject({
  title: opt(v.string()),
  license: opt(v.string()),
  headline: opt(v.string()),
  cross_cats: opt(v.array(v.string())),
  primary_cat: opt(v.string()),
  authors_text: opt(v.string()),
  submitted_at: opt(v.string()),
  abstract_excerpt: opt(v.string()),
});
export type Paper = v.InferOutput<typeof paperSchema>;

export const aliasSchema = looseObject({
  alias_kind: v.string(),
  alias_value: v.string(),
  created_at: opt(v.string()),
});
export type Alias = v.InferOutput<typeof aliasSchema>;

const citationSchema = looseObject({
  citing_arxiv_id: v.string(),
  citing_title: opt(v.string()),
  ref_index: opt(whole()),
  is_internal_anchor: opt(v.boolean()),
});

const isStatusValue = (x: unknown) => typeof x === 'boolean' || typeof x === 'number' || typeof x === 'bigint' || x instanceof JsonFloat;
/**
 * `verification_status`: flags and numbers by name (any JSON number: the parser gives a float literal
 * or a bigint as such). Every own key is checked: valibot's record skips "constructor" and
 * "prototype", so `{"constructor": {…}}` passed (hostile review, 2026-12-01).
 */
const statusMap = v.pipe(
  jsonObject,
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const [key, value] of Object.entries(dataset.value)) {
      if (isStatusValue(value)) continue;
      addIssue({ message: `expected a boolean or a number, got ${describeJson(value)}`, path: [{ type: 'object', origin: 'value', input: dataset.value, key, value }] });
    }
  }),
);

/** FORMAT.md §5: the record document, `/pith/<SUFFIX>.json`. */
export const recordSchema = looseObject({
  record_type: v.literal('pith_number_record'),
  schema_version: opt(v.string()),
  pith_number: pithFull,
  short_pith_number: opt(pithShort),
  canonical_sha256: hex64,
  source: opt(sourceSchema),
  attestation_state: opt(v.string()),
  paper: opt(paperSchema),
  verification_status: opt(statusMap),
  canonical_record: opt(v.unknown()),
  receipt: opt(receiptSchema),
  graph_snapshot: opt(looseObject({ paper: opt(paperSchema), source: opt(sourceSchema) })),
  aliases: opt(v.array(aliasSchema)),
  inbound_citations: opt(looseObject({ count: opt(int(0)), internal_anchor_count: opt(int(0)), sample: opt(v.array(citationSchema)) })),
});
export type RecordDoc = v.InferOutput<typeof recordSchema>;

const eventSchema = looseObject({
  event_type: v.string(),
  payload: opt(looseObject({ canonical_record: opt(v.unknown()), canonical_sha256: opt(hex64), receipt: opt(receiptSchema) })),
});

/** FORMAT.md §6: open graph bundle. */
export const bundleSchema = looseObject({
  bundle_type: v.literal('pith_open_graph_bundle'),
  bundle_version: v.string(),
  pith_number: opt(pithFull),
  short_pith_number: opt(pithShort),
  canonical_record: opt(v.unknown()),
  canonical_sha256: opt(hex64),
  source: opt(sourceSchema),
  source_aliases: opt(v.array(aliasSchema)),
  events: opt(v.array(eventSchema)),
});

/** FORMAT.md §6: merged state. The merge algorithm itself is unknown. */
export const stateSchema = looseObject({
  state_type: v.literal('pith_open_graph_state'),
  merge_version: v.string(),
  pith_number: opt(pithFull),
  canonical_sha256: opt(hex64),
  current: opt(looseObject({ canonical_record: opt(v.unknown()), source_aliases: opt(v.array(aliasSchema)), graph_snapshots: opt(v.array(v.unknown())) })),
});

/** A vector as recovered from pith.science pages (shared/pith/vectors.json). */
export const vectorSchema = looseObject({
  pith_number: pithFull,
  canonical_sha256: hex64,
  canonical_record: opt(v.unknown()),
  title: opt(v.string()),
  abstract: opt(v.string()),
  authors_text: opt(v.string()),
  signature_b64: opt(b64sig),
  key_id: opt(v.string()),
  source_url: opt(v.string()),
});
export const KNOWN_SCHEMA_VERSIONS = ['1.0'] as const;
/** The receipt_version of every real receipt seen (the seed's); FORMAT.md §4 documents no other. */
export const KNOWN_RECEIPT_VERSIONS = ['0.3'] as const;
/** The record schema the seed names (FORMAT.md §5); another URL is another, unknown schema. */
export const KNOWN_SCHEMA_URLS = ['https://pith.science/schemas/pith-number/v1.json'] as const;
/** The receipt's signing scheme as the seed names it (FORMAT.md §4 describes this one only). */
export const KNOWN_SIGNATURE_STATUSES = ['signed_v1'] as const;
export const KNOWN_BUNDLE_VERSIONS = ['1.0'] as const;
export const KNOWN_MERGE_VERSIONS = ['pith-open-graph-merge-v1'] as const;

/**
 * The top-level keys each kind defines (FORMAT.md §4–§6, and the keys of shared/pith/vectors.json).
 * Anything else in a document is extra data: listed as unchecked, never read as the kind's fields
 * (a `paper` section in a bundle is not the paper of a verified record).
 */
export const KNOWN_TOP_LEVEL_KEYS: Partial<Record<DocumentKind, readonly string[]>> = {
  record: [
    'record_type', 'schema_url', 'pith_number', 'short_pith_number', 'schema_version', 'canonical_sha256', 'source', 'attestation_state', 'paper',
    'verification_status', 'canonical_record', 'receipt', 'graph_snapshot', 'aliases', 'events', 'event_summary', 'paper_claims', 'inbound_citations',
    'formal_canon', 'links', 'agent_actions', 'created_at', 'updated_at', 'pith_explorer_provenance',
  ],
  bundle: ['bundle_type', 'bundle_version', 'pith_number', 'short_pith_number', 'canonical_record', 'canonical_sha256', 'source', 'source_aliases', 'events', 'pith_explorer_provenance'],
  state: ['state_type', 'merge_version', 'pith_number', 'canonical_sha256', 'event_count', 'valid_event_count', 'invalid_event_count', 'equivocation_count', 'current', 'pith_explorer_provenance'],
  'canonical-record': ['schema_version', 'source', 'metadata'],
  receipt: ['kind', 'key_id', 'algorithm', 'signed_at', 'signature_b64', 'signed_message', 'builder_version', 'receipt_version', 'canonical_sha256', 'last_reissued_at', 'signature_status', 'first_computed_at', 'public_key_fingerprint'],
  vector: ['pith_number', 'canonical_sha256', 'canonical_record', 'title', 'authors_text', 'abstract', 'signature_b64', 'key_id', 'source_url'],
};
