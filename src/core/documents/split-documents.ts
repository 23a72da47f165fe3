/**
 * One input text → the documents in it: a single JSON value, a JSON array of
 * documents, or JSONL (one document per line). A bad line does not stop the
 * others; it becomes an entry with its own error (nothing is lost).
 */
import { pithError, type PithError } from '../errors';
import { parseJson } from '../json/parse-json';
import type { JsonValue } from '../json/json-value';

export interface DocumentSlot {
  /** Position in an array, or 1-based line number in JSONL; null for a single document. */
  readonly index: number | null;
  readonly value?: JsonValue;
  readonly error?: PithError;
}

/** Heuristic for binary input: NUL bytes or replacement characters from a failed UTF-8 decode. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  return sample.includes('\u0000') || (sample.match(/\uFFFD/g)?.length ?? 0) > 2;
}

export function splitDocuments(text: string): DocumentSlot[] {
  if (looksBinary(text)) {
    return [{ index: null, error: pithError('not-json', 'This is binary data, not JSON text; expected a .json or .jsonl file holding pith records.') }];
  }
  const whole = parseJson(text);
  if (whole.ok) {
    if (Array.isArray(whole.value)) return whole.value.map((value, index) => ({ index, value }));
    return [{ index: null, value: whole.value }];
  }
  const lines = text.split(/\r?\n/);
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  if (nonEmpty.length < 2) return [{ index: null, error: whole.error }];
  const slots: DocumentSlot[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const r = parseJson(line);
    slots.push(r.ok ? { index: i + 1, value: r.value } : { index: i + 1, error: pithError('json-syntax', `Line ${i + 1}: ${r.error.message}`) });
  });
  // If no line parses, this was not JSONL: the whole-document error is the honest one.
  return slots.some((s) => s.value !== undefined) ? slots : [{ index: null, error: whole.error }];
}
