/**
 * One batch of JSON Lines verified: the same per-line rule in the main thread and in a `--jobs`
 * worker (verify-worker.ts), so the two give the same results. A line is strict UTF-8 (decodeInput),
 * an empty line is skipped, and each result carries its line number in the file.
 */
import { decodeInput } from '../core/documents/decode-input';
import { pithError, type PithError } from '../core/errors';
import type { Keyring } from '../core/keyring';
import { entryToJson, type EntryJson } from '../core/verify/entry-json';
import { mapInWindows } from '../core/verify/map-in-windows';
import { verifyText } from '../core/verify/verify-document';

/** Lines a batch holds: large enough that a worker message's cost is small beside its verification. */
export const BATCH_LINES = 256;
/** …or fewer, when they add up to this many bytes (a batch of big records). */
export const BATCH_BYTES = 1024 * 1024;

/** What a line gets when the verifier throws on it. */
export function internalError(line: number | null, e: unknown): PithError {
  const what = e instanceof Error ? e.message : String(e);
  return pithError('internal-error', `${line === null ? '' : `Line ${line}: `}the verifier failed on this document (${what}); this is a bug in pith-verify, not a verdict.`);
}

/** Lines `first`, `first + 1`, … of `file`, verified with up to 64 in flight (map-in-windows.ts); results in line order. */
export async function verifyLines(file: string, first: number, lines: readonly Uint8Array[], keyring: Keyring): Promise<EntryJson[]> {
  const out = await mapInWindows(lines, async (bytes, i): Promise<EntryJson | null> => {
    const n = first + i;
    const text = decodeInput(bytes);
    if (!text.ok) return entryToJson(file, { index: n, error: { ...text.error, message: `Line ${n}: ${text.error.message}` } });
    if (text.value.trim() === '') return null;
    try {
      const [entry] = await verifyText(text.value, { keyring });
      return entry ? entryToJson(file, { ...entry, index: n }) : null;
    } catch (e) {
      // A verifier bug on one line is that line's result, never the end of the run (hostile review).
      return entryToJson(file, { index: n, error: internalError(n, e) });
    }
  });
  return out.filter((r): r is EntryJson => r !== null);
}
