/**
 * Reads display fields out of a record document parsed with plain JSON.parse.
 * Records in the wild are partial and may be hostile, so every field is
 * optional and type-checked; a missing or odd-typed field reads as null (shown
 * as "not in this record"), never as a crash. Each value keeps the path it came
 * from, because how it is bound (hash, re-hash, nothing) depends on where it was.
 */
import { getIn } from '../../core/documents/section';
import type { JsonValue } from '../../core/json/json-value';

export interface Sourced<T> {
  readonly value: T;
  /** Dotted path in the document, e.g. `paper.title`, `canonical_record.metadata.license`. */
  readonly path: string;
}

export interface SourceView {
  readonly id: string;
  readonly version: number | null;
  readonly kind: string | null;
}

export interface AliasView {
  readonly kind: string;
  readonly value: string;
  readonly createdAt: string | null;
}

export interface CitationView {
  readonly arxivId: string | null;
  readonly title: string | null;
  readonly refIndex: number | null;
  readonly internalAnchor: boolean | null;
}

export interface InboundCitationsView {
  readonly count: number | null;
  readonly internalAnchorCount: number | null;
  readonly sample: readonly CitationView[];
}

export interface ReceiptView {
  readonly path: string;
  readonly kind: string | null;
  readonly keyId: string | null;
  readonly algorithm: string | null;
  readonly signedAt: string | null;
  readonly signatureB64: string | null;
  readonly signedMessage: string | null;
  readonly builderVersion: string | null;
  readonly receiptVersion: string | null;
  readonly canonicalSha256: string | null;
  readonly signatureStatus: string | null;
  readonly firstComputedAt: string | null;
  readonly lastReissuedAt: string | null;
  readonly publicKeyFingerprint: string | null;
}

export interface CanonicalView {
  readonly path: string;
  readonly schemaVersion: string | null;
  readonly source: SourceView | null;
  readonly primaryCat: string | null;
  readonly crossCatsSorted: readonly string[] | null;
  readonly license: string | null;
  readonly submittedAt: string | null;
  readonly titleCanonSha256: string | null;
  readonly abstractCanonSha256: string | null;
}

export type ClaimValue = boolean | number | string | null;

export interface ProvenanceView {
  readonly built: boolean | null;
  readonly from: string | null;
  readonly sourceUrl: string | null;
  readonly note: string | null;
  readonly missing: readonly string[];
}

export interface RecordFields {
  readonly pithNumber: string | null;
  readonly shortPithNumber: string | null;
  /** The 26-character suffix of `pith_number`, when it has one. */
  readonly suffix: string | null;
  readonly year: string | null;
  readonly canonicalSha256: string | null;
  readonly title: Sourced<string> | null;
  readonly authorsText: Sourced<string> | null;
  readonly abstractExcerpt: Sourced<string> | null;
  readonly primaryCat: Sourced<string> | null;
  /** Cross-list categories without the primary one, as the canonical record keeps them. */
  readonly crossCats: Sourced<readonly string[]> | null;
  readonly license: Sourced<string> | null;
  readonly submittedAt: Sourced<string> | null;
  readonly source: Sourced<SourceView> | null;
  readonly aliases: Sourced<readonly AliasView[]> | null;
  readonly inboundCitations: InboundCitationsView | null;
  readonly receipt: ReceiptView | null;
  readonly canonical: CanonicalView | null;
  readonly verificationStatus: readonly { readonly key: string; readonly value: ClaimValue }[] | null;
  readonly attestationState: string | null;
  readonly provenance: ProvenanceView | null;
}

type Obj = Record<string, unknown>;
type Path = readonly (string | number)[];

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own properties only (the core's walker): a key like "constructor" never reaches Object.prototype. */
const at = (doc: unknown, path: Path): unknown => getIn(doc as JsonValue, path);

const join = (path: Path) => path.join('.');
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null);
const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);
const strings = (v: unknown): string[] | null => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null);

/** First path holding a value `read` accepts, with that path. */
function first<T>(doc: unknown, paths: readonly Path[], read: (v: unknown) => T | null): Sourced<T> | null {
  for (const p of paths) {
    const v = read(at(doc, p));
    if (v !== null) return { value: v, path: join(p) };
  }
  return null;
}

function readSource(v: unknown): SourceView | null {
  if (!isObj(v)) return null;
  const id = str(v.id);
  return id === null || id === '' ? null : { id, version: int(v.version), kind: str(v.kind) };
}

function readAliases(v: unknown): AliasView[] | null {
  if (!Array.isArray(v)) return null;
  return v.flatMap((a): AliasView[] => {
    if (!isObj(a)) return [];
    const kind = str(a.alias_kind);
    const value = str(a.alias_value);
    return kind !== null && value !== null ? [{ kind, value, createdAt: str(a.created_at) }] : [];
  });
}

/** Where the canonical record sits: records and bundles at the top, merged states under `current`. */
function canonicalPath(doc: unknown): Path | null {
  if (isObj(at(doc, ['canonical_record']))) return ['canonical_record'];
  if (isObj(at(doc, ['current', 'canonical_record']))) return ['current', 'canonical_record'];
  return null;
}

/** Records keep the receipt at the top; bundles inside their `record_created` event (FORMAT.md §6). */
function receiptPath(doc: unknown): Path | null {
  if (isObj(at(doc, ['receipt']))) return ['receipt'];
  const events = at(doc, ['events']);
  if (!Array.isArray(events)) return null;
  const i = events.findIndex((e) => isObj(e) && e.event_type === 'record_created' && isObj(at(e, ['payload', 'receipt'])));
  return i < 0 ? null : ['events', i, 'payload', 'receipt'];
}

function readReceipt(doc: unknown): ReceiptView | null {
  const p = receiptPath(doc);
  if (!p) return null;
  const r = at(doc, p) as Obj;
  return {
    path: join(p),
    kind: str(r.kind),
    keyId: str(r.key_id),
    algorithm: str(r.algorithm),
    signedAt: str(r.signed_at),
    signatureB64: str(r.signature_b64),
    signedMessage: str(r.signed_message),
    builderVersion: str(r.builder_version),
    receiptVersion: str(r.receipt_version),
    canonicalSha256: str(r.canonical_sha256),
    signatureStatus: str(r.signature_status),
    firstComputedAt: str(r.first_computed_at),
    lastReissuedAt: str(r.last_reissued_at),
    publicKeyFingerprint: str(r.public_key_fingerprint),
  };
}

function readCanonical(doc: unknown, p: Path | null): CanonicalView | null {
  if (!p) return null;
  const m = at(doc, [...p, 'metadata']);
  const meta: Obj = isObj(m) ? m : {};
  return {
    path: join(p),
    schemaVersion: str(at(doc, [...p, 'schema_version'])),
    source: readSource(at(doc, [...p, 'source'])),
    primaryCat: str(meta.primary_cat),
    crossCatsSorted: strings(meta.cross_cats_sorted),
    license: str(meta.license),
    submittedAt: str(meta.submitted_at),
    titleCanonSha256: str(meta.title_canon_sha256),
    abstractCanonSha256: str(meta.abstract_canon_sha256),
  };
}

function readCitations(v: unknown): InboundCitationsView | null {
  if (!isObj(v)) return null;
  const sample = Array.isArray(v.sample)
    ? v.sample.filter(isObj).map((c) => ({
        arxivId: str(c.citing_arxiv_id),
        title: str(c.citing_title),
        refIndex: num(c.ref_index),
        internalAnchor: bool(c.is_internal_anchor),
      }))
    : [];
  return { count: num(v.count), internalAnchorCount: num(v.internal_anchor_count), sample };
}

function readClaims(v: unknown): { key: string; value: ClaimValue }[] | null {
  if (!isObj(v)) return null;
  return Object.entries(v).map(([key, value]) => ({
    key,
    // Anything that is not a plain scalar is shown as its JSON text rather than dropped.
    value: value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string' ? value : JSON.stringify(value),
  }));
}

function readProvenance(v: unknown): ProvenanceView | null {
  if (!isObj(v)) return null;
  return { built: bool(v.built), from: str(v.from), sourceUrl: str(v.source_url), note: str(v.note), missing: strings(v.missing) ?? [] };
}

const SUFFIX_RE = /^pith:([0-9]{4}):([A-Z2-7]{26})$/i;

export function readRecord(doc: unknown): RecordFields {
  const cp = canonicalPath(doc);
  const canonical = readCanonical(doc, cp);
  const meta = (key: string): Path[] => (cp ? [[...cp, 'metadata', key]] : []);
  // paper.* first, then the graph snapshot's copy, then (for the fields it holds) the canonical record.
  const papers: Path[] = [['paper'], ['graph_snapshot', 'paper']];
  const paperPaths = (key: string) => papers.map((p) => [...p, key]);
  const text = (v: unknown) => str(v);
  const nonEmpty = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);

  const primaryCat = first(doc, [...paperPaths('primary_cat'), ...meta('primary_cat')], nonEmpty);
  const crossRaw = first(doc, [...paperPaths('cross_cats'), ...meta('cross_cats_sorted')], strings);
  const primary = primaryCat?.value;
  const crossCats = crossRaw ? { path: crossRaw.path, value: [...new Set(crossRaw.value)].filter((c) => c !== primary) } : null;

  const pithNumber = str(at(doc, ['pith_number']));
  const parsed = pithNumber ? SUFFIX_RE.exec(pithNumber.trim()) : null;
  const aliasPath: Path | undefined = [['aliases'], ['source_aliases'], ['current', 'source_aliases']].find((p) => Array.isArray(at(doc, p)));

  return {
    pithNumber,
    shortPithNumber: str(at(doc, ['short_pith_number'])),
    suffix: parsed?.[2]?.toUpperCase() ?? null,
    year: parsed?.[1] ?? null,
    canonicalSha256: str(at(doc, ['canonical_sha256'])),
    title: first(doc, paperPaths('title'), nonEmpty),
    authorsText: first(doc, paperPaths('authors_text'), nonEmpty),
    abstractExcerpt: first(doc, paperPaths('abstract_excerpt'), nonEmpty),
    primaryCat,
    crossCats,
    // The empty string is a real license value (old papers), so it is kept.
    license: first(doc, [...paperPaths('license'), ...meta('license')], text),
    submittedAt: first(doc, [...paperPaths('submitted_at'), ...meta('submitted_at')], nonEmpty),
    source: first(doc, [['source'], ['graph_snapshot', 'source'], ...(cp ? [[...cp, 'source']] : [])], readSource),
    aliases: aliasPath ? { path: join(aliasPath), value: readAliases(at(doc, aliasPath)) ?? [] } : null,
    inboundCitations: readCitations(at(doc, ['inbound_citations'])),
    receipt: readReceipt(doc),
    canonical,
    verificationStatus: readClaims(at(doc, ['verification_status'])),
    attestationState: str(at(doc, ['attestation_state'])),
    provenance: readProvenance(at(doc, ['pith_explorer_provenance'])),
  };
}

/** FORMAT.md §3: an excerpt exactly 600 code points long was probably cut. */
export const EXCERPT_LIMIT = 600;

export function isCutExcerpt(text: string): boolean {
  return [...text].length === EXCERPT_LIMIT;
}

/** True when the path is inside the hash-bound canonical record. */
export function isCanonicalPath(path: string): boolean {
  return ['canonical_record', 'current.canonical_record'].some((root) => path === root || path.startsWith(`${root}.`));
}
