/**
 * One input text → the documents in it: a single JSON value, a JSON array of documents, or JSON
 * Lines (one document a line). A bad line does not stop the others; it becomes an entry with its
 * own error (nothing is lost). Text is read as JSON Lines only when it really is one document a
 * line: every non-empty line starts with `{`. So a truncated pretty-printed file is one unreadable
 * entry, not dozens of broken "lines".
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

const LINE_START = /^[ \t]*\{/;

/** True when the text is JSON Lines of objects: two or more non-empty lines, each starting with `{`. */
export function looksLikeJsonLines(lines: readonly string[]): boolean {
  let n = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    if (!LINE_START.test(line)) return false;
    n++;
  }
  return n >= 2;
}

/** Splits an input text into its documents (see the module comment); never throws. */
export function splitDocuments(text: string): DocumentSlot[] {
  // JSON text cannot hold a raw NUL (RFC 8259 §7): this is binary data, whatever its name.
  if (text.slice(0, 4096).includes('\u0000')) {
    return [{ index: null, error: pithError('not-json', 'This is binary data, not JSON text; expected a .json or .jsonl file holding pith records.') }];
  }
  const whole = parseJson(text);
  if (whole.ok) {
    if (Array.isArray(whole.value)) {
      if (whole.value.length === 0) return [{ index: null, error: pithError('no-records', 'An empty array holds no records: expected a record, or an array or JSON Lines of records.') }];
      return whole.value.map((value, index) => ({ index, value }));
    }
    return [{ index: null, value: whole.value }];
  }
  const lines = text.split(/\r?\n/);
  if (!looksLikeJsonLines(lines)) return [{ index: null, error: whole.error }];
  const slots: DocumentSlot[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const r = parseJson(line);
    slots.push(r.ok ? { index: i + 1, value: r.value } : { index: i + 1, error: pithError('json-syntax', `Line ${i + 1}: ${r.error.message}`) });
  });
  // If no line parses, this was not JSONL: the whole-document error is the honest one.
  return slots.some((s) => s.value !== undefined) ? slots : [{ index: null, error: whole.error }];
}
