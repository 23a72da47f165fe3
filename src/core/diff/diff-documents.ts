/**
 * Field-by-field diff of two copies of a document (a dropped file against a mirror's), saying for
 * each difference what it touches, by the layout the checks use for that kind of document
 * (documents/subject.ts), not by path patterns of one kind: the hash-bound canonical record, the
 * number and digest claims, the signature and signed digest, the re-hashed title and abstract, or
 * unsigned live data that may legitimately drift.
 */
import { detectKind, isVerifiableKind } from '../documents/detect-kind';
import { buildSubject } from '../documents/subject';
import { isJsonObject, joinPath, type JsonValue } from '../json/json-value';
import { serializeJson } from '../json/serialize-json';

/** What a differing path is part of. `receipt-field`: beside the signature, not covered by it (FORMAT.md §4). */
export type DiffCoverage = 'hash-bound' | 'signed' | 'rehash-bound' | 'receipt-field' | 'unsigned';

export interface DiffEntry {
  readonly path: string;
  readonly left: string | null;
  readonly right: string | null;
  readonly coverage: DiffCoverage;
}

interface Coverage {
  readonly hashed: readonly string[];
  readonly exact: ReadonlyMap<string, DiffCoverage>;
  readonly receipt: string | null;
}

const within = (path: string, root: string) => root === '(root)' || path === root || path.startsWith(`${root}.`) || path.startsWith(`${root}[`);

/** Where, in this document's kind, each part the checks read lives. */
function coverageOf(doc: JsonValue): Coverage {
  const kind = detectKind(doc);
  if (!isVerifiableKind(kind)) return { hashed: [], exact: new Map(), receipt: null };
  const s = buildSubject(kind, doc);
  const exact = new Map<string, DiffCoverage>();
  for (const d of s.claimedDigests) exact.set(d.path, 'hash-bound');
  for (const n of [s.claimedNumber, s.claimedShort]) if (n.path !== '(none)') exact.set(n.path, 'hash-bound');
  const receipt = s.receipt.path !== '(none)' ? s.receipt.path : null;
  if (receipt) {
    const at = (k: string) => (receipt === '(root)' ? k : `${receipt}.${k}`);
    exact.set(at('signature_b64'), 'signed');
    exact.set(at('canonical_sha256'), 'signed');
  }
  if (s.title.path !== '(none)') exact.set(s.title.path, 'rehash-bound');
  if (s.abstract) exact.set(s.abstract.path, 'rehash-bound');
  for (const p of s.papers) {
    exact.set(`${p.path}.title`, 'rehash-bound');
    exact.set(`${p.path}.abstract_excerpt`, 'rehash-bound');
  }
  return { hashed: s.canonicalRaw ? [s.canonicalRaw.path] : [], exact, receipt: receipt === '(root)' ? null : receipt };
}

function classify(path: string, c: Coverage): DiffCoverage {
  if (c.hashed.some((root) => within(path, root))) return 'hash-bound';
  const exact = c.exact.get(path);
  if (exact) return exact;
  if (c.receipt && within(path, c.receipt)) return 'receipt-field';
  return 'unsigned';
}

function flatten(v: JsonValue, path: (string | number)[], out: Map<string, string>): void {
  if (Array.isArray(v)) {
    if (v.length === 0) out.set(joinPath(path), '[]');
    v.forEach((x, i) => flatten(x, [...path, i], out));
  } else if (isJsonObject(v)) {
    const keys = Object.keys(v);
    if (keys.length === 0) out.set(joinPath(path), '{}');
    for (const k of keys) flatten(v[k]!, [...path, k], out);
  } else out.set(joinPath(path), serializeJson(v));
}

const RANK: Record<DiffCoverage, number> = { 'hash-bound': 0, signed: 1, 'rehash-bound': 2, 'receipt-field': 3, unsigned: 4 };

/** Every path whose value differs between the two copies, most serious first. Coverage follows the left copy's kind. */
export function diffDocuments(left: JsonValue, right: JsonValue): DiffEntry[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  flatten(left, [], a);
  flatten(right, [], b);
  const coverage = coverageOf(left);
  const out: DiffEntry[] = [];
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    const l = a.get(path) ?? null;
    const r = b.get(path) ?? null;
    if (l !== r) out.push({ path, left: l, right: r, coverage: classify(path, coverage) });
  }
  return out.sort((x, y) => RANK[x.coverage] - RANK[y.coverage] || (x.path < y.path ? -1 : 1));
}
