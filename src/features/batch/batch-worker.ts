/**
 * A batch worker: verifies jobs with the core and keeps only each entry's text
 * (and its error, if it could not be read), so the page holds only small rows.
 * "Open this row" (in the page's worker) and export verify the kept text again: the result is the
 * same (verification is deterministic for a given keyring), and keeping whole
 * reports for tens of thousands of records cost more in garbage collection
 * than re-verifying the few that are exported or opened.
 */
import { expose } from 'comlink';
import { toHex } from '../../core/bytes';
import { sha256Utf8 } from '../../core/crypto/sha256';
import { decodeInput } from '../../core/documents/decode-input';
import { splitDocuments } from '../../core/documents/split-documents';
import { detectKind, KIND_LABELS } from '../../core/documents/detect-kind';
import { pithError, type PithError } from '../../core/errors';
import { parseJson } from '../../core/json/parse-json';
import type { JsonValue } from '../../core/json/json-value';
import { serializeJson } from '../../core/json/serialize-json';
import type { Keyring } from '../../core/keyring';
import { buildKeyring, type UserKeySpec } from '../../core/user-keys';
import { entryToJson, verdictWithoutReport, type EntryJson } from '../../core/verify/entry-json';
import { mapInWindows } from '../../core/verify/map-in-windows';
import { summarizeDocument, verifyDocument, type VerifyEntry } from '../../core/verify/verify-document';
import type { BatchJob, BatchRow, OpenedEntry } from './batch-types';
import { warmUpLines } from './warm-up';
import { loadFastSha256 } from '../../core/crypto/sha256';

// The WebAssembly SHA-256 for this worker's many records (sha256.ts: the page itself never loads it).
void loadFastSha256();

interface Kept {
  readonly file: string;
  readonly index: number | null;
  readonly text: string;
  readonly error: PithError | null;
}

const kept = new Map<string, Kept>();
let keyringFor: { spec: string; keyring: Keyring } | null = null;

function keyring(userKeys: readonly UserKeySpec[]): Keyring {
  const spec = JSON.stringify(userKeys);
  if (keyringFor?.spec !== spec) keyringFor = { spec, keyring: buildKeyring(userKeys).keyring };
  return keyringFor.keyring;
}

/** Past this many characters a document's text stays in the worker; its record page gets a Blob to download. */
export const MAX_PAGE_TEXT = 8 * 1024 * 1024;

function errorRow(id: string, file: string, index: number | null, error: PithError, value?: JsonValue): BatchRow {
  // Recognised pith data with nothing to verify is named by its kind, not filed as unreadable.
  const verdict = verdictWithoutReport(error.code);
  const kind = verdict === 'unreadable' ? 'unreadable' : value !== undefined ? KIND_LABELS[detectKind(value)] : 'not a record';
  return { id, file, index, kind, pithNumber: null, title: null, titleBinding: null, verdict, failing: [], error: error.message, errorCode: error.code };
}

async function verifyEntry(index: number | null, value: JsonValue | undefined, error: PithError | null, kr: Keyring): Promise<VerifyEntry> {
  if (value === undefined) return { index, error: error ?? pithError('json-syntax', 'Empty document.') };
  const r = await verifyDocument(value, { keyring: kr });
  return 'code' in r ? { index, error: r } : { index, report: r };
}

/** One entry's row: the core's summary (the same checks and verdict as a full report, without its evidence). */
async function verifyOne(id: string, file: string, index: number | null, text: string, value: JsonValue | undefined, error: PithError | undefined, kr: Keyring): Promise<BatchRow> {
  const r = value === undefined ? (error ?? pithError('json-syntax', 'Empty document.')) : await summarizeDocument(value, { keyring: kr });
  if ('code' in r) {
    kept.set(id, { file, index, text, error: r });
    return errorRow(id, file, index, r, value);
  }
  kept.set(id, { file, index, text, error: null });
  return { id, file, index, kind: r.kind, pithNumber: r.pithNumber, title: r.title, titleBinding: r.titleBinding, verdict: r.verdict, failing: r.failing, error: null, errorCode: null };
}

/** Verifies a kept entry again, for export: same keyring, same text, same result. */
async function reverify(k: Kept, kr: Keyring): Promise<EntryJson> {
  if (k.error) return entryToJson(k.file, { index: k.index, error: k.error });
  const parsed = parseJson(k.text);
  return entryToJson(k.file, await verifyEntry(k.index, parsed.ok ? parsed.value : undefined, parsed.ok ? null : parsed.error, kr));
}

const api = {
  async run(job: BatchJob, userKeys: readonly UserKeySpec[]): Promise<BatchRow[]> {
    const kr = keyring(userKeys);
    if (job.type === 'error') {
      const error = pithError('not-json', job.message);
      kept.set(`${job.id}:0`, { file: job.file, index: null, text: '', error });
      return [errorRow(`${job.id}:0`, job.file, null, error)];
    }
    if (job.type === 'lines') {
      const lines = job.text.split('\n').flatMap((raw, i) => {
        const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        return text.trim() === '' ? [] : [{ index: job.firstLine + i, text }];
      });
      return mapInWindows(lines, (line, i) => {
        const parsed = parseJson(line.text);
        const err = parsed.ok ? undefined : pithError('json-syntax', `Line ${line.index}: ${parsed.error.message}`);
        return verifyOne(`${job.id}:${i}`, job.file, line.index, line.text, parsed.ok ? parsed.value : undefined, err, kr);
      });
    }
    let whole: string;
    if (job.type === 'file') {
      // Read and decoded here, strictly (not-UTF-8 bytes are an error with their offset, never U+FFFD).
      const decoded = decodeInput(new Uint8Array(await job.blob.arrayBuffer()));
      if (!decoded.ok) {
        kept.set(`${job.id}:0`, { file: job.file, index: null, text: '', error: decoded.error });
        return [errorRow(`${job.id}:0`, job.file, null, decoded.error)];
      }
      whole = decoded.value;
    } else whole = job.text;
    const slots = splitDocuments(whole);
    return mapInWindows(slots, (slot, i) => {
      const text = slot.index === null || slot.value === undefined ? whole : serializeJson(slot.value);
      return verifyOne(`${job.id}:${i}`, job.file, slot.index, text, slot.value, slot.error, kr);
    });
  },
  /** One kept entry verified again, with detail, for its record page: the text if small, else a Blob. */
  async open(id: string, userKeys: readonly UserKeySpec[]): Promise<OpenedEntry | null> {
    const k = kept.get(id);
    if (!k) return null;
    const { digest, byteLength } = sha256Utf8(k.text);
    const document = { sha256Hex: toHex(digest), bytes: byteLength };
    const small = k.text.length <= MAX_PAGE_TEXT;
    const base = { file: k.file, index: k.index, text: small ? k.text : null, blob: small ? null : new Blob([k.text], { type: 'application/json' }), document };
    if (k.error) return { ...base, report: null, error: k.error.message };
    const parsed = parseJson(k.text);
    if (!parsed.ok) return { ...base, report: null, error: parsed.error.message };
    const r = await verifyDocument(parsed.value, { keyring: keyring(userKeys), detail: true });
    return 'code' in r ? { ...base, report: null, error: r.message } : { ...base, report: r, error: null };
  },
  /** The kept text of one entry, for "open this row" (which verifies it in the page's worker). */
  source(id: string): { text: string; file: string; index: number | null } | null {
    const k = kept.get(id);
    return k ? { text: k.text, file: k.file, index: k.index } : null;
  },
  /** Aligned with `ids`: null where this worker holds no such entry. */
  async entries(ids: readonly string[], userKeys: readonly UserKeySpec[]): Promise<(EntryJson | null)[]> {
    const kr = keyring(userKeys);
    return mapInWindows(ids, async (id) => {
      const k = kept.get(id);
      return k ? reverify(k, kr) : null;
    });
  },
  clear(): void {
    kept.clear();
  },
  ping(): string {
    return 'ready';
  },
  /** Verifies the bundled warm-up records (warm-up.ts) and forgets them; resolves to how many. */
  async warm(rounds: number): Promise<number> {
    const rows = await api.run({ id: 'warm-up', file: 'warm-up', type: 'lines', text: warmUpLines(rounds), firstLine: 1 }, []);
    for (const r of rows) kept.delete(r.id);
    return rows.length;
  },
};

export type BatchWorkerApi = typeof api;
expose(api);
