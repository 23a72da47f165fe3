/**
 * One small dropped or pasted document, verified on the page (issue 10): the first paste after load
 * no longer waits for the batch workers to be fetched, started and warmed up (958 ms against 21 ms
 * once warm, bench "first paste"). It holds the text in this tab's memory, like the workers do, and
 * the file page shows the first verification, or verifies again from there when the keys have changed.
 * Anything larger than PAGE_VERIFY_MAX_CHARS, or holding more than one document, goes to the batch.
 */
import { decodeInput } from '../../core/documents/decode-input';
import { pithError, type PithError } from '../../core/errors';
import type { UserKeySpec } from '../../core/user-keys';
import type { VerifyEntry } from '../../core/verify/verify-document';
import { toHex } from '../../core/bytes';
import { loadDocumentHash, PAGE_VERIFY_MAX_CHARS, verifyDocumentText } from '../verification/verify-client';
import { shapeOf, unreadableMessage, type InputSource } from './batch-run';
import type { BatchRow, OpenedEntry } from './batch-types';

interface PageEntry {
  readonly file: string;
  /** The first verification, reused while the keys it was reached with are the keys in use. */
  readonly first: { readonly keys: string; readonly entry: VerifyEntry } | null;
  /** The decoded text, or why the bytes could not be read as text. */
  readonly text: string | null;
  readonly decodeError: PithError | null;
}

const entries = new Map<string, PageEntry>();
let next = 0;

/**
 * Reads and verifies one small input on the page; resolves to its entry id when it holds exactly one
 * document (or cannot be read at all), or null when it belongs in a batch (too large, or several documents).
 */
export async function takeSmallInput(source: InputSource, userKeys: readonly UserKeySpec[]): Promise<string | null> {
  const size = source.file?.size ?? source.text?.length ?? Infinity;
  // UTF-8 takes at most 3 bytes per UTF-16 unit, so a file this small decodes to text this small.
  if (size > PAGE_VERIFY_MAX_CHARS) return null;
  // The batch's own reading of binary and empty input, so a single file says the same as its row would.
  const shape = await shapeOf(source);
  let text: string | null = shape === 'binary' || shape === 'empty' ? null : (source.text ?? null);
  let decodeError: PithError | null = shape === 'binary' || shape === 'empty' ? pithError('not-json', unreadableMessage(source.name, shape)) : null;
  if (text === null && decodeError === null && source.file) {
    const decoded = decodeInput(new Uint8Array(await source.file.arrayBuffer()));
    if (decoded.ok) text = decoded.value;
    else decodeError = decoded.error;
  }
  const verified = text === null ? null : await verifyDocumentText(text, userKeys);
  if (verified !== null && verified.length !== 1) return null;
  const id = `page-${next++}`;
  entries.set(id, { file: source.name, text, decodeError, first: verified ? { keys: JSON.stringify(userKeys), entry: verified[0]! } : null });
  return id;
}

/** Whether `id` names an entry verified on the page. */
export function isPageEntry(id: string): boolean {
  return entries.has(id);
}

/** Verifies the entry again with the current keys, as the batch worker's `open` does for its rows. */
export async function openPageEntry(id: string, userKeys: readonly UserKeySpec[]): Promise<(OpenedEntry & { readonly errorCode: BatchRow['errorCode'] }) | null> {
  const e = entries.get(id);
  if (!e) return null;
  const { sha256Utf8 } = await loadDocumentHash();
  const text = e.text ?? '';
  const hashed = sha256Utf8(text);
  const document = { sha256Hex: toHex(hashed.digest), bytes: hashed.byteLength };
  if (e.text === null) return { file: e.file, index: null, report: null, error: e.decodeError?.message ?? 'This file is not text.', errorCode: e.decodeError?.code ?? null, text: null, blob: null, document };
  const entry = e.first?.keys === JSON.stringify(userKeys) ? e.first.entry : (await verifyDocumentText(e.text, userKeys))[0];
  return { file: e.file, index: null, report: entry?.report ?? null, error: entry?.error?.message ?? null, errorCode: entry?.error?.code ?? null, text: e.text, blob: null, document };
}
