/**
 * The verification pipeline: a fixed list of small named checks over one
 * document, then a verdict (sigstore-style: each check independent, results
 * plain data). Runs unchanged in node, a Web Worker and the page.
 */
import { loadFastSha256 } from '../crypto/sha256';
import { describeUnknown, detectKind, isVerifiableKind, KIND_LABELS, type DocumentKind } from '../documents/detect-kind';
import { splitDocuments } from '../documents/split-documents';
import { buildSubject } from '../documents/subject';
import { pithError, type PithError } from '../errors';
import type { JsonValue } from '../json/json-value';
import { formatFull, SUFFIX_LENGTH, yearFromSubmittedAt } from '../pith/pith-number';
import { verdictOf, type CheckResult, type Verdict } from './check-types';
import { aliasesCheck } from './checks/aliases-check';
import { canonicalHashCheck } from './checks/canonical-hash-check';
import { metadataCheck } from './checks/metadata-check';
import { pithNumberCheck } from './checks/pith-number-check';
import { schemaCheck } from './checks/schema-check';
import { signatureCheck } from './checks/signature-check';
import { abstractHashCheck, titleHashCheck } from './checks/text-hash-checks';
import { base32OfDigestHex, computeCanonical, type CheckContext, type VerifyOptions } from './context';
import { mapInWindows } from './map-in-windows';

/** canonical JSON → SHA-256 → base32 → number, each step's output (FORMAT.md §1–§2). */
export interface Derivation {
  readonly canonicalJson: string;
  readonly canonicalBytes: number;
  readonly sha256Hex: string;
  readonly base32: string;
  readonly suffix: string;
  readonly year: string | null;
  readonly pithNumber: string | null;
}

export interface VerifyReport {
  readonly kind: DocumentKind;
  readonly kindLabel: string;
  /** The number the document claims, else the one computed from it. */
  readonly pithNumber: string | null;
  readonly claimedPithNumber: string | null;
  readonly computedPithNumber: string | null;
  readonly title: string | null;
  readonly verdict: Verdict;
  readonly checks: readonly CheckResult[];
  readonly derivation: Derivation | null;
  readonly unknowns: readonly string[];
}

export async function verifyDocument(doc: JsonValue, options: VerifyOptions): Promise<VerifyReport | PithError> {
  const kind = detectKind(doc);
  if (kind === 'unknown') return pithError('unknown-document', describeUnknown(doc));
  // A manifest or a graph snapshot is pith data but not a record: say so, rather than call it "incomplete".
  if (!isVerifiableKind(kind)) return pithError('not-a-record', NOT_A_RECORD[kind] ?? `This is a ${KIND_LABELS[kind]}, not a record.`);
  const subject = buildSubject(kind, doc);
  await loadFastSha256(); // settles once per realm; either backend gives the same bytes (sha256.ts)
  const ctx: CheckContext = { ...options, subject, computed: computeCanonical(subject) };
  const checks: CheckResult[] = [
    schemaCheck(ctx),
    canonicalHashCheck(ctx),
    pithNumberCheck(ctx),
    aliasesCheck(ctx),
    titleHashCheck(ctx),
    abstractHashCheck(ctx),
    await signatureCheck(ctx),
    metadataCheck(ctx),
  ];
  let derivation: Derivation | null = null;
  if (ctx.computed.state === 'ok') {
    const b32 = base32OfDigestHex(ctx.computed.digestHex);
    const suffix = b32.slice(0, SUFFIX_LENGTH); // = suffixFromDigest, without encoding twice
    const year = subject.canonical.state === 'present' ? yearFromSubmittedAt(subject.canonical.value.metadata.submitted_at) : null;
    derivation = {
      canonicalJson: ctx.computed.text,
      canonicalBytes: ctx.computed.byteLength,
      sha256Hex: ctx.computed.digestHex,
      base32: b32,
      suffix,
      year,
      pithNumber: year ? formatFull(year, suffix) : null,
    };
  }
  const claimed = subject.claimedNumber.state === 'present' ? subject.claimedNumber.value : null;
  const paperTitle = subject.title.state === 'present' ? subject.title.value : (subject.papers.find((p) => p.value.title)?.value.title ?? null);
  return {
    kind,
    kindLabel: KIND_LABELS[kind],
    pithNumber: claimed ?? derivation?.pithNumber ?? null,
    claimedPithNumber: claimed,
    computedPithNumber: derivation?.pithNumber ?? null,
    title: paperTitle,
    verdict: verdictOf(checks),
    checks,
    derivation,
    unknowns: [...subject.unsupported, ...subject.unknowns],
  };
}

const NOT_A_RECORD: Partial<Record<DocumentKind, string>> = {
  'mirror-manifest': 'This is a mirror manifest (pith-mirrors.json): it lists mirrors and the signing key, but holds no record to verify. Keys are trusted only from the keyring, never from a manifest.',
  'graph-snapshot': 'This is a graph snapshot (graph.json): unsigned live data with no hash binding it to a number (FORMAT.md §6), so nothing in it can be verified.',
};

export interface VerifyEntry {
  /** Array position or JSONL line; null for a single document. */
  readonly index: number | null;
  readonly report?: VerifyReport;
  readonly error?: PithError;
}

/** Verifies every document in a text (single JSON, array, or JSONL); bad entries carry an error. */
export async function verifyText(text: string, options: VerifyOptions): Promise<VerifyEntry[]> {
  return mapInWindows(splitDocuments(text), async (slot): Promise<VerifyEntry> => {
    if (slot.error || slot.value === undefined) return { index: slot.index, error: slot.error ?? pithError('json-syntax', 'Empty document.') };
    const r = await verifyDocument(slot.value, options);
    return 'code' in r ? { index: slot.index, error: r } : { index: slot.index, report: r };
  });
}
