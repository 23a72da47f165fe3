/**
 * A batch worker: verifies jobs with the core and keeps each entry (its text
 * and the CLI-shaped result) so the page holds only small rows; export and
 * "open this row" ask the worker for the rest.
 */
import { expose } from 'comlink';
import { splitDocuments } from '../../core/documents/split-documents';
import { pithError } from '../../core/errors';
import { parseJson } from '../../core/json/parse-json';
import { serializeJson } from '../../core/json/serialize-json';
import type { Keyring } from '../../core/keyring';
import { buildKeyring, type UserKeySpec } from '../../core/user-keys';
import { entryToJson, type EntryJson } from '../../core/verify/entry-json';
import { mapInWindows } from '../../core/verify/map-in-windows';
import { verifyDocument, type VerifyEntry } from '../../core/verify/verify-document';
import type { BatchJob, BatchRow } from './batch-types';

// Entries are kept as JSON text, not object graphs: tens of thousands of small objects would make
// every garbage collection trace them again, and that was a large share of batch time.
const kept = new Map<string, { text: string; entry: string }>();
let keyringFor: { spec: string; keyring: Keyring } | null = null;

function keyring(userKeys: readonly UserKeySpec[]): Keyring {
  const spec = JSON.stringify(userKeys);
  if (keyringFor?.spec !== spec) keyringFor = { spec, keyring: buildKeyring(userKeys).keyring };
  return keyringFor.keyring;
}

function toRow(id: string, file: string, json: EntryJson): BatchRow {
  return {
    id,
    file,
    index: json.index ?? null,
    kind: json.kind,
    pithNumber: json.pith_number,
    title: json.title ?? null,
    verdict: json.verdict,
    failing: json.checks.filter((c) => c.status === 'fail').map((c) => c.id),
    error: json.error?.message ?? null,
  };
}

async function verifyOne(id: string, file: string, index: number | null, text: string, value: Parameters<typeof verifyDocument>[0] | undefined, error: ReturnType<typeof pithError> | undefined, kr: Keyring): Promise<BatchRow> {
  let entry: VerifyEntry;
  if (value === undefined) entry = { index, error: error ?? pithError('json-syntax', 'Empty document.') };
  else {
    const r = await verifyDocument(value, { keyring: kr });
    entry = 'code' in r ? { index, error: r } : { index, report: r };
  }
  const json = entryToJson(file, entry);
  kept.set(id, { text, entry: JSON.stringify(json) });
  return toRow(id, file, json);
}

const api = {
  async run(job: BatchJob, userKeys: readonly UserKeySpec[]): Promise<BatchRow[]> {
    const kr = keyring(userKeys);
    if (job.type === 'error') {
      const json = entryToJson(job.file, { index: null, error: pithError('not-json', job.message) });
      kept.set(`${job.id}:0`, { text: '', entry: JSON.stringify(json) });
      return [toRow(`${job.id}:0`, job.file, json)];
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
    const slots = splitDocuments(job.text);
    return mapInWindows(slots, (slot, i) => {
      const text = slot.index === null || slot.value === undefined ? job.text : serializeJson(slot.value);
      return verifyOne(`${job.id}:${i}`, job.file, slot.index, text, slot.value, slot.error, kr);
    });
  },
  entry(id: string): { text: string; entry: EntryJson } | null {
    const k = kept.get(id);
    return k ? { text: k.text, entry: JSON.parse(k.entry) as EntryJson } : null;
  },
  /** Aligned with `ids`: null where this worker holds no such entry. */
  entries(ids: readonly string[]): (EntryJson | null)[] {
    return ids.map((id) => {
      const k = kept.get(id);
      return k ? (JSON.parse(k.entry) as EntryJson) : null;
    });
  },
  clear(): void {
    kept.clear();
  },
  ping(): string {
    return 'ready';
  },
};

export type BatchWorkerApi = typeof api;
expose(api);
