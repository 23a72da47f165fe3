/**
 * Field-by-field diff of two copies of a record (a dropped file against a
 * mirror's), saying for each difference whether it lies in signed or hashed
 * data (which matters) or in unsigned live data (which may legitimately drift).
 */
import { isJsonObject, joinPath, type JsonValue } from '../json/json-value';
import { serializeJson } from '../json/serialize-json';

export type Binding = 'hash-bound' | 'signed' | 'rehash-bound' | 'unsigned';

export interface DiffEntry {
  readonly path: string;
  readonly left: string | null;
  readonly right: string | null;
  readonly binding: Binding;
}

/** FORMAT.md §5: only the canonical record, the digest, the number and the receipt signature are covered. */
export function bindingOf(path: string): Binding {
  if (/^canonical_record([.[]|$)/.test(path) || /^(canonical_sha256|pith_number|short_pith_number)$/.test(path)) return 'hash-bound';
  if (/^receipt\.(signature_b64|canonical_sha256|key_id|algorithm|signed_message)$/.test(path)) return 'signed';
  if (/^(paper|graph_snapshot\.paper)\.(title|abstract_excerpt)$/.test(path)) return 'rehash-bound';
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

const RANK: Record<Binding, number> = { 'hash-bound': 0, signed: 1, 'rehash-bound': 2, unsigned: 3 };

export function diffDocuments(left: JsonValue, right: JsonValue): DiffEntry[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  flatten(left, [], a);
  flatten(right, [], b);
  const out: DiffEntry[] = [];
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    const l = a.get(path) ?? null;
    const r = b.get(path) ?? null;
    if (l !== r) out.push({ path, left: l, right: r, binding: bindingOf(path) });
  }
  return out.sort((x, y) => RANK[x.binding] - RANK[y.binding] || (x.path < y.path ? -1 : 1));
}
