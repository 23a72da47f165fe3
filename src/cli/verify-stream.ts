/**
 * The results of `pith-verify` for one PATH, one at a time (issue 11, "the CLI at scale"): a
 * directory is walked, a file is read and verified, and JSON Lines (a .jsonl file, or stdin) are
 * read and verified line by line as bytes, so a dump of any size needs memory for one line, not the
 * file. Input is strict UTF-8 (decodeInput), a line at a time. A .jsonl file whose first line is not
 * a JSON object (a pretty-printed document named .jsonl) is read whole instead, as before, so it is
 * one document, not dozens of broken lines.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeInput } from '../core/documents/decode-input';
import type { Keyring } from '../core/keyring';
import { parseJson } from '../core/json/parse-json';
import { entryToJson, type EntryJson } from '../core/verify/entry-json';
import { verifyText } from '../core/verify/verify-document';
import { byteLines } from './build-inputs';

const readError = (file: string, message: string) => entryToJson(file, { index: null, error: { code: 'read-error', message } });
const why = (e: unknown) => `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`;

async function* wholeText(file: string, bytes: Uint8Array, keyring: Keyring): AsyncGenerator<EntryJson> {
  const text = decodeInput(bytes);
  if (!text.ok) return yield entryToJson(file, { index: null, error: text.error });
  for (const entry of await verifyText(text.value, { keyring })) yield entryToJson(file, entry);
}

/** Lines back into one text's bytes, each ended by a newline. */
const joinLines = (lines: readonly Buffer[]) => Buffer.concat(lines.flatMap((b) => [b, Buffer.from('\n')]));

/** JSON Lines, verified a line at a time; falls back to the whole text when the first line is not an object. */
async function* jsonLines(file: string, lines: AsyncIterable<Buffer>, keyring: Keyring): AsyncGenerator<EntryJson> {
  const iterator = lines[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  // Peek at the first non-empty line: one JSON object → stream; anything else → one document.
  for (;;) {
    const next = await iterator.next();
    if (next.done) return yield* wholeText(file, joinLines(head), keyring);
    head.push(next.value);
    if (next.value.toString('utf8').trim() === '') continue;
    const first = decodeInput(next.value);
    const parsed = first.ok ? parseJson(first.value) : null;
    if (!parsed?.ok || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
      const rest: Buffer[] = [];
      for (let r = await iterator.next(); !r.done; r = await iterator.next()) rest.push(r.value);
      return yield* wholeText(file, joinLines([...head, ...rest]), keyring);
    }
    break;
  }
  let n = 0;
  const verifyLine = async function* (bytes: Buffer): AsyncGenerator<EntryJson> {
    n++;
    const text = decodeInput(bytes);
    if (!text.ok) return yield entryToJson(file, { index: n, error: { ...text.error, message: `Line ${n}: ${text.error.message}` } });
    if (text.value.trim() === '') return;
    const [entry] = await verifyText(text.value, { keyring });
    if (entry) yield entryToJson(file, { ...entry, index: n });
  };
  for (const b of head) yield* verifyLine(b);
  for (let r = await iterator.next(); !r.done; r = await iterator.next()) yield* verifyLine(r.value);
}

/** Every result for one PATH (a file, a directory searched recursively for *.json/*.jsonl, or -). */
export async function* verifyPath(path: string, keyring: Keyring): AsyncGenerator<EntryJson> {
  if (path === '-') return yield* jsonLines('-', byteLines(process.stdin as AsyncIterable<Buffer>), keyring);
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    return yield readError(path, why(e));
  }
  if (info.isDirectory()) {
    for (const name of (await readdir(path)).sort()) {
      const child = join(path, name);
      let s;
      try {
        s = await stat(child);
      } catch (e) {
        yield readError(child, why(e));
        continue;
      }
      if (s.isDirectory() || /\.jsonl?$/i.test(name)) yield* verifyPath(child, keyring);
    }
    return;
  }
  if (/\.jsonl$/i.test(path)) {
    try {
      yield* jsonLines(path, byteLines(createReadStream(path)), keyring);
    } catch (e) {
      yield readError(path, why(e));
    }
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return yield readError(path, why(e));
  }
  yield* wholeText(path, bytes, keyring);
}
