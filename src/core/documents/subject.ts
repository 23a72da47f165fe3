/**
 * Normalises every document kind into one `Subject`: the parts the checks
 * need, each marked present / absent / malformed, and where it was found.
 */
import { z } from 'zod';
import { isJsonObject, joinPath, type JsonValue } from '../json/json-value';
import type { DocumentKind } from './detect-kind';
import { getIn, section, type Section } from './section';
import { toSchemaIssues, type SchemaIssue } from './schema-issues';
import {
  aliasSchema,
  bundleSchema,
  canonicalRecordV1Schema,
  KNOWN_BUNDLE_VERSIONS,
  KNOWN_MERGE_VERSIONS,
  KNOWN_SCHEMA_VERSIONS,
  paperSchema,
  receiptSchema,
  recordSchema,
  sourceSchema,
  stateSchema,
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

export interface Subject {
  readonly kind: DocumentKind;
  readonly schemaIssues: readonly SchemaIssue[];
  /** Version markers this app does not know (FORMAT.md: say so, don't guess). */
  readonly unsupported: readonly string[];
  /** The raw canonical record (hashed as is) and, when it is v1 and well-formed, its typed view. */
  readonly canonicalRaw: Located<JsonValue> | null;
  readonly canonical: Section<CanonicalRecordV1>;
  /** Every place the document states the digest; all must agree with the computed one. */
  readonly claimedDigests: readonly Located<string>[];
  readonly claimedNumber: Section<string>;
  readonly claimedShort: Section<string>;
  readonly receipt: Section<Receipt>;
  readonly aliases: Section<Alias[]>;
  /** `source` copies outside the canonical record (unsigned live data). */
  readonly sources: readonly Located<z.infer<typeof sourceSchema>>[];
  readonly papers: readonly Located<Paper>[];
  readonly title: Section<string>;
  /** Full abstract (vectors) or `paper.abstract_excerpt` (maybe cut at 600 characters, FORMAT.md §3). */
  readonly abstract: (Located<string> & { readonly excerpt: boolean }) | null;
  /** What the document holds that nobody outside pith.science knows how to check. */
  readonly unknowns: readonly string[];
}

const DOC_SCHEMAS: Partial<Record<DocumentKind, z.ZodType>> = {
  record: recordSchema,
  bundle: bundleSchema,
  state: stateSchema,
  vector: vectorSchema,
  receipt: receiptSchema,
};

const ALIASES = z.array(aliasSchema);
/** A vector carries its signature flat; its algorithm is implied by the pinned key (FORMAT.md §4). */
const VECTOR_RECEIPT = z.looseObject({ key_id: z.string(), signature_b64: z.string() }).transform((v) => ({ ...v, algorithm: 'ed25519' }) as Receipt);

function scratch(): SchemaIssue[] {
  return [];
}

function located<T>(s: Section<T>): Located<T>[] {
  return s.state === 'present' ? [{ value: s.value, path: s.path }] : [];
}

/** A string field: present, absent or malformed, like section() with z.string() but without a parse per field. */
function stringAt(doc: JsonValue, path: Path): Section<string> {
  const where = pathText(path);
  const raw = getIn(doc, path);
  if (raw === undefined || raw === null) return { state: 'absent', path: where };
  return typeof raw === 'string' ? { state: 'present', value: raw, path: where } : { state: 'malformed', path: where };
}

interface Layout {
  canonical: Path | null;
  digests: Path[];
  number: Path | null;
  short: Path | null;
  receipt: Path | null;
  aliases: Path | null;
  sources: Path[];
  papers: Path[];
  title: Path | null;
  abstract: { path: Path; excerpt: boolean } | null;
}

/** A record's layout is the same for every record: built once, so its path strings are built once (pathText). */
const RECORD_LAYOUT: Readonly<Layout> = {
  canonical: ['canonical_record'],
  digests: [['canonical_sha256'], ['receipt', 'canonical_sha256']],
  number: ['pith_number'],
  short: ['short_pith_number'],
  receipt: ['receipt'],
  aliases: ['aliases'],
  sources: [['source'], ['graph_snapshot', 'source']],
  papers: [['paper'], ['graph_snapshot', 'paper']],
  title: ['paper', 'title'],
  abstract: { path: ['paper', 'abstract_excerpt'], excerpt: true },
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
  const none: Layout = { canonical: null, digests: [], number: null, short: null, receipt: null, aliases: null, sources: [], papers: [], title: null, abstract: null };
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
        digests: [['canonical_sha256'], ...created.flatMap((i) => [['events', i, 'payload', 'canonical_sha256'] as Path, ['events', i, 'payload', 'receipt', 'canonical_sha256'] as Path])],
        number: ['pith_number'],
        short: ['short_pith_number'],
        receipt: first === undefined ? null : ['events', first, 'payload', 'receipt'],
        aliases: ['source_aliases'],
        sources: [['source']],
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
        abstract: { path: ['abstract'], excerpt: false },
      };
    default:
      return none;
  }
}

function versionProblems(kind: DocumentKind, doc: JsonValue, canonicalPath: Path | null): string[] {
  const out: string[] = [];
  const check = (path: Path, known: readonly string[]) => {
    const v = getIn(doc, path);
    if (typeof v === 'string' && !known.includes(v)) {
      out.push(`${joinPath(path)} is ${JSON.stringify(v)}; this app knows only ${known.map((k) => JSON.stringify(k)).join(', ')}, so checks that depend on its meaning are not run.`);
    }
  };
  if (canonicalPath) check([...canonicalPath, 'schema_version'], KNOWN_SCHEMA_VERSIONS);
  if (kind === 'record') check(['schema_version'], KNOWN_SCHEMA_VERSIONS);
  if (kind === 'bundle') check(['bundle_version'], KNOWN_BUNDLE_VERSIONS);
  if (kind === 'state') check(['merge_version'], KNOWN_MERGE_VERSIONS);
  return out;
}

function unknownsOf(kind: DocumentKind): string[] {
  switch (kind) {
    case 'bundle':
      return ['Bundle events are signed, but the signed bytes and the event_id preimage are not published (FORMAT.md §6): event signatures are not checkable.'];
    case 'state':
      return ['The merge algorithm pith-open-graph-merge-v1 is not published (FORMAT.md §6): the merged state itself is not checkable, only the canonical record it holds.'];
    case 'record':
      return ['graph_snapshot.*.snapshot_sha256 preimages are not published (FORMAT.md §6): graph sections are unsigned live data.'];
    default:
      return [];
  }
}

export function buildSubject(kind: DocumentKind, doc: JsonValue): Subject {
  const issues: SchemaIssue[] = [];
  const docSchema = DOC_SCHEMAS[kind];
  let validated = false;
  if (docSchema) {
    const r = docSchema.safeParse(doc);
    if (r.success) validated = kind !== 'vector';
    else issues.push(...toSchemaIssues(r.error.issues));
  }
  const layout = layoutOf(kind, doc);
  const unsupported = versionProblems(kind, doc, layout.canonical);

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
  const absent = (p: Path | null) => ({ state: 'absent', path: p ? pathText(p) : '(none)' }) as const;
  const receipt: Section<Receipt> = layout.receipt
    ? kind === 'vector'
      ? section(doc, [], VECTOR_RECEIPT, scratch())
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
    claimedNumber: layout.number ? stringAt(doc, layout.number) : absent(null),
    claimedShort: layout.short ? stringAt(doc, layout.short) : absent(null),
    receipt,
    aliases: layout.aliases ? section(doc, layout.aliases, ALIASES, scratch(), validated, pathText(layout.aliases)) : absent(null),
    sources: layout.sources.flatMap((p) => located(section(doc, p, sourceSchema, scratch(), validated, pathText(p)))),
    papers: layout.papers.flatMap((p) => located(section(doc, p, paperSchema, scratch(), validated, pathText(p)))),
    title: layout.title ? stringAt(doc, layout.title) : absent(null),
    abstract: abstractSection?.state === 'present' && layout.abstract ? { value: abstractSection.value, path: abstractSection.path, excerpt: layout.abstract.excerpt } : null,
    unknowns: unknownsOf(kind),
  };
}
