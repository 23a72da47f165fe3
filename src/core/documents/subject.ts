/**
 * Normalises every document kind into one `Subject`: the parts the checks
 * need, each marked present / absent / malformed, and where it was found.
 */
import { v } from './valibot';
import { isJsonObject, joinPath, type JsonObject, type JsonValue } from '../json/json-value';
import type { DocumentKind } from './detect-kind';
import { getIn, section, type Section } from './section';
import { boundedParse, tooManyIssues, toSchemaIssues, type DocSchema, type SchemaIssue } from './schema-issues';
import {
  aliasSchema,
  bundleSchema,
  canonicalRecordV1Schema,
  KNOWN_BUNDLE_VERSIONS,
  KNOWN_MERGE_VERSIONS,
  KNOWN_RECEIPT_VERSIONS,
  KNOWN_SCHEMA_URLS,
  KNOWN_SCHEMA_VERSIONS,
  KNOWN_SIGNATURE_STATUSES,
  KNOWN_TOP_LEVEL_KEYS,
  paperSchema,
  receiptSchema,
  recordSchema,
  sourceSchema,
  stateSchema,
  vectorReceiptSchema,
  vectorSchema,
  type Alias,
  type CanonicalRecordV1,
  type Paper,
  type Receipt,
} from './schemas';

type Path = readonly (string | number)[];

export interface Located<T> {
  readonly value: T;
  readonly path: string;
}

/** A version marker this app does not know (FORMAT.md: say so, don't guess; the verdict fails closed). */
export interface UnknownVersion {
  readonly path: string;
  readonly value: string;
  readonly message: string;
}

export interface Subject {
  readonly kind: DocumentKind;
  readonly schemaIssues: readonly SchemaIssue[];
  readonly unsupported: readonly UnknownVersion[];
  /** The raw canonical record (hashed as is) and, when it is v1 and well-formed, its typed view. */
  readonly canonicalRaw: Located<JsonValue> | null;
  readonly canonical: Section<CanonicalRecordV1>;
  /** Every place the document states the digest; all must agree with the computed one. */
  readonly claimedDigests: readonly Located<string>[];
  /** Other copies of the canonical record (a bundle's record_created events): each must hash to the same digest. */
  readonly canonicalCopies: readonly Located<JsonValue>[];
  readonly claimedNumber: Section<string>;
  readonly claimedShort: Section<string>;
  readonly receipt: Section<Receipt>;
  readonly aliases: Section<Alias[]>;
  /** `source` copies outside the canonical record (unsigned live data). */
  readonly sources: readonly Located<v.InferOutput<typeof sourceSchema>>[];
  readonly papers: readonly Located<Paper>[];
  readonly title: Section<string>;
  /** `paper.authors_text` (records) or `authors_text` (vectors): never covered by any hash (FORMAT.md §5). */
  readonly authors: Section<string>;
  /** graph_snapshot objects (record, bundle graph events), for the snapshots check (FORMAT.md §6). */
  readonly snapshots: readonly Located<JsonObject>[];
  /** Top-level keys this kind does not define (FORMAT.md §5, §6): shown as unchecked extra data, never as its fields. */
  readonly extras: readonly string[];
  /** Full abstract (vectors) or `paper.abstract_excerpt` (maybe cut at 600 characters, FORMAT.md §3). */
  readonly abstract: (Located<string> & { readonly excerpt: boolean }) | null;
  /** What the document holds that nobody outside pith.science knows how to check. */
  readonly unknowns: readonly string[];
}

const DOC_SCHEMAS: Partial<Record<DocumentKind, DocSchema>> = {
  record: recordSchema,
  bundle: bundleSchema,
  state: stateSchema,
  vector: vectorSchema,
  receipt: receiptSchema,
};

const ALIASES = v.array(aliasSchema);
function scratch(): SchemaIssue[] {
  return [];
}

function located<T>(s: Section<T>): Located<T>[] {
  return s.state === 'present' ? [{ value: s.value, path: s.path }] : [];
}

/** A string field: present, absent or malformed, like section() with v.string() but without a parse per field. */
function stringAt(doc: JsonValue, path: Path): Section<string> {
  const where = pathText(path);
  const raw = getIn(doc, path);
  if (raw === undefined || raw === null) return { state: 'absent', path: where };
  return typeof raw === 'string' ? { state: 'present', value: raw, path: where } : { state: 'malformed', path: where };
}

interface Layout {
  canonical: Path | null;
  canonicalCopies: Path[];
  digests: Path[];
  number: Path | null;
  short: Path | null;
  receipt: Path | null;
  aliases: Path | null;
  sources: Path[];
  papers: Path[];
  title: Path | null;
  authors: Path | null;
  abstract: { path: Path; excerpt: boolean } | null;
  snapshots: Path[];
}

/** A record's layout is the same for every record: built once, so its path strings are built once (pathText). */
const RECORD_LAYOUT: Readonly<Layout> = {
  canonical: ['canonical_record'],
  canonicalCopies: [],
  digests: [['canonical_sha256'], ['receipt', 'canonical_sha256']],
  number: ['pith_number'],
  short: ['short_pith_number'],
  receipt: ['receipt'],
  aliases: ['aliases'],
  sources: [['source'], ['graph_snapshot', 'source']],
  papers: [['paper'], ['graph_snapshot', 'paper']],
  title: ['paper', 'title'],
  authors: ['paper', 'authors_text'],
  abstract: { path: ['paper', 'abstract_excerpt'], excerpt: true },
  snapshots: [['graph_snapshot']],
};

const pathTexts = new WeakMap<Path, string>();

/** joinPath, remembered per layout path array (layout paths are never mutated). */
function pathText(path: Path): string {
  let text = pathTexts.get(path);
  if (text === undefined) {
    text = joinPath(path);
    pathTexts.set(path, text);
  }
  return text;
}

/** Where each part lives in each kind of document (FORMAT.md §5, §6). */
function layoutOf(kind: DocumentKind, doc: JsonValue): Layout {
  const none: Layout = { canonical: null, canonicalCopies: [], digests: [], number: null, short: null, receipt: null, aliases: null, sources: [], papers: [], title: null, authors: null, abstract: null, snapshots: [] };
  switch (kind) {
    case 'record':
      return RECORD_LAYOUT;
    case 'bundle': {
      const events = getIn(doc, ['events']);
      const n = Array.isArray(events) ? events.length : 0;
      const created = Array.from({ length: n }, (_, i) => i).filter((i) => getIn(doc, ['events', i, 'event_type']) === 'record_created');
      const first = created[0];
      return {
        ...none,
        canonical: ['canonical_record'],
        // FORMAT.md §6: the record_created event carries the canonical record again; it must be the same one.
        canonicalCopies: created.map((i) => ['events', i, 'payload', 'canonical_record'] as Path),
        digests: [['canonical_sha256'], ...created.flatMap((i) => [['events', i, 'payload', 'canonical_sha256'] as Path, ['events', i, 'payload', 'receipt', 'canonical_sha256'] as Path])],
        number: ['pith_number'],
        short: ['short_pith_number'],
        receipt: first === undefined ? null : ['events', first, 'payload', 'receipt'],
        aliases: ['source_aliases'],
        sources: [['source']],
        // The graph event's payload (FORMAT.md §6: "a second, graph event carries payload.graph_snapshot").
        snapshots: Array.from({ length: n }, (_, i) => ['events', i, 'payload', 'graph_snapshot'] as Path).filter((p) => isJsonObject(getIn(doc, p))),
      };
    }
    case 'state':
      return { ...none, canonical: ['current', 'canonical_record'], digests: [['canonical_sha256']], number: ['pith_number'], aliases: ['current', 'source_aliases'] };
    case 'canonical-record':
      return { ...none, canonical: [] };
    case 'receipt':
      return { ...none, digests: [['canonical_sha256']], receipt: [] };
    case 'vector':
      return {
        ...none,
        canonical: ['canonical_record'],
        digests: [['canonical_sha256']],
        number: ['pith_number'],
        receipt: isJsonObject(doc) && 'signature_b64' in doc ? [] : null,
        title: ['title'],
        authors: ['authors_text'],
        abstract: { path: ['abstract'], excerpt: false },
      };
    default:
      return none;
  }
}

function versionProblems(kind: DocumentKind, doc: JsonValue, layout: Layout): UnknownVersion[] {
  const out: UnknownVersion[] = [];
  const check = (path: Path, known: readonly string[], what: string) => {
    const v = getIn(doc, path);
    if (typeof v === 'string' && !known.includes(v)) {
      const at = joinPath(path);
      out.push({ path: at, value: v, message: `${at} is ${JSON.stringify(v)}; this app knows only ${known.map((k) => JSON.stringify(k)).join(', ')} for ${what}, so what it means is unknown.` });
    }
  };
  if (layout.canonical) check([...layout.canonical, 'schema_version'], KNOWN_SCHEMA_VERSIONS, 'a canonical record');
  if (kind === 'record') {
    check(['schema_version'], KNOWN_SCHEMA_VERSIONS, 'a record');
    check(['schema_url'], KNOWN_SCHEMA_URLS, 'the schema of a record');
  }
  if (kind === 'bundle') check(['bundle_version'], KNOWN_BUNDLE_VERSIONS, 'a bundle');
  if (kind === 'state') check(['merge_version'], KNOWN_MERGE_VERSIONS, 'a merged state');
  if (layout.receipt) {
    check([...layout.receipt, 'receipt_version'], KNOWN_RECEIPT_VERSIONS, 'a receipt');
    // signature_status names the signing scheme ("signed_v1"): another one may sign other bytes.
    check([...layout.receipt, 'signature_status'], KNOWN_SIGNATURE_STATUSES, 'a receipt\'s signature scheme');
  }
  return out;
}

function unknownsOf(kind: DocumentKind): string[] {
  switch (kind) {
    case 'bundle':
      return ['Bundle events are signed, but the signed bytes and the event_id preimage are not published (FORMAT.md §6): event signatures are not checkable.'];
    case 'state':
      return ['The merge algorithm pith-open-graph-merge-v1 is not published (FORMAT.md §6): the merged state itself is not checkable, only the canonical record it holds.'];
    case 'record':
      return ['graph_snapshot is unsigned live data: only an empty section\'s snapshot_sha256 can be checked (FORMAT.md §6).'];
    default:
      return [];
  }
}

const HEX64 = /^[0-9a-f]{64}$/;

/** A present snapshot_sha256 must be a digest (a malformed present field fails schema). */
function snapshotIssues({ value, path }: Located<JsonObject>): SchemaIssue[] {
  return Object.entries(value).flatMap(([key, s]) =>
    isJsonObject(s) && s.snapshot_sha256 !== undefined && !(typeof s.snapshot_sha256 === 'string' && HEX64.test(s.snapshot_sha256))
      ? [{ path: `${path}.${key}.snapshot_sha256`, message: 'expected 64 lower-case hex characters (a SHA-256 digest)' }]
      : [],
  );
}

function extrasOf(kind: DocumentKind, doc: JsonValue): string[] {
  const known = KNOWN_TOP_LEVEL_KEYS[kind];
  if (!known || !isJsonObject(doc)) return [];
  return Object.keys(doc).filter((k) => !known.includes(k));
}

/** Normalises one parsed document of a known kind into what the checks read (see `Subject`). */
export function buildSubject(kind: DocumentKind, doc: JsonValue): Subject {
  const issues: SchemaIssue[] = [];
  const docSchema = DOC_SCHEMAS[kind];
  let validated = false;
  if (docSchema) {
    const r = boundedParse(docSchema, doc);
    if (r === null) issues.push(tooManyIssues(''));
    else if (r.success) validated = kind !== 'vector';
    else issues.push(...toSchemaIssues(r.issues));
  }
  const layout = layoutOf(kind, doc);
  const unsupported = versionProblems(kind, doc, layout);
  const snapshots = layout.snapshots.flatMap((p) => {
    const v = getIn(doc, p);
    return isJsonObject(v) ? [{ value: v, path: pathText(p) }] : [];
  });
  for (const snap of snapshots) issues.push(...snapshotIssues(snap));

  let canonicalRaw: Located<JsonValue> | null = null;
  let canonical: Section<CanonicalRecordV1> = { state: 'absent', path: layout.canonical ? pathText(layout.canonical) : '(none)' };
  if (layout.canonical) {
    const raw = getIn(doc, layout.canonical);
    if (raw !== undefined && raw !== null) {
      canonicalRaw = { value: raw, path: pathText(layout.canonical) };
      // Only a v1 record has a known meaning; another version is hashed but not interpreted.
      const version = getIn(raw, ['schema_version']);
      canonical =
        typeof version === 'string' && !(KNOWN_SCHEMA_VERSIONS as readonly string[]).includes(version)
          ? { state: 'unsupported', path: canonicalRaw.path, reason: `schema_version ${JSON.stringify(version)} is not one this app knows` }
          : section(doc, layout.canonical, canonicalRecordV1Schema, issues, false, pathText(layout.canonical));
    }
  }

  const claimedDigests = layout.digests.flatMap((p) => located(stringAt(doc, p)));
  const canonicalCopies = layout.canonicalCopies.flatMap((p) => {
    const v = getIn(doc, p);
    return v === undefined || v === null ? [] : [{ value: v, path: pathText(p) }];
  });
  const absent = (p: Path | null) => ({ state: 'absent', path: p ? pathText(p) : '(none)' }) as const;
  const receipt: Section<Receipt> = layout.receipt
    ? kind === 'vector'
      ? section(doc, [], vectorReceiptSchema, scratch())
      : section(doc, layout.receipt, receiptSchema, scratch(), validated, pathText(layout.receipt))
    : absent(null);

  const abstractSection = layout.abstract ? stringAt(doc, layout.abstract.path) : null;
  return {
    kind,
    schemaIssues: issues,
    unsupported,
    canonicalRaw,
    canonical,
    claimedDigests,
    canonicalCopies,
    claimedNumber: layout.number ? stringAt(doc, layout.number) : absent(null),
    claimedShort: layout.short ? stringAt(doc, layout.short) : absent(null),
    receipt,
    aliases: layout.aliases ? section(doc, layout.aliases, ALIASES, scratch(), validated, pathText(layout.aliases)) : absent(null),
    sources: layout.sources.flatMap((p) => located(section(doc, p, sourceSchema, scratch(), validated, pathText(p)))),
    papers: layout.papers.flatMap((p) => located(section(doc, p, paperSchema, scratch(), validated, pathText(p)))),
    title: layout.title ? stringAt(doc, layout.title) : absent(null),
    authors: layout.authors ? stringAt(doc, layout.authors) : absent(null),
    snapshots,
    extras: extrasOf(kind, doc),
    abstract: abstractSection?.state === 'present' && layout.abstract ? { value: abstractSection.value, path: abstractSection.path, excerpt: layout.abstract.excerpt } : null,
    unknowns: unknownsOf(kind),
  };
}
